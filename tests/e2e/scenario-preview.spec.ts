/**
 * `npm run preview -- FILE.yaml`, as an author uses it: a scenario file outside the project is
 * played to an ending in German; saved broken, the open page reloads by itself and shows the
 * checker's message at the right line; saved fixed, the simulator is back; the English page works.
 * Runs the real script (astro dev) in a child process on its own port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import { freePort } from '../support/throwaway-postgres.ts';
import { pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const root = resolve(import.meta.dirname, '..', '..');
let dir: string;
let file: string;
let preview: ChildProcess | undefined;
let base: string;
let original: string;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'candystorm-preview-'));
  file = join(dir, 'mein-szenario.yaml');
  // A published scenario under a new name, as an author starts from a copy.
  original = readFileSync(join(root, 'content/scenarios/hofladen-danke.yaml'), 'utf8').replace(/^id: hofladen-danke$/m, 'id: mein-szenario');
  writeFileSync(file, original);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  preview = spawn(process.execPath, ['scripts/preview.ts', file, `--port=${port}`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('/en/preview/')) ready();
    };
    preview!.stdout!.on('data', onData);
    preview!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    preview!.once('exit', (code) => fail(new Error(`npm run preview stopped (${code}):\n${output}`)));
  });
});

test.afterAll(() => {
  if (preview?.pid) process.kill(-preview.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('plays the file to an ending, shows a broken save at its line, and recovers after the fix', async ({ page }) => {
  const check = checkScenarioFile(file);
  if (!check.scenario) throw new Error('the copied scenario must pass the checker');
  const [endingId, path] = [...pathsToEndings(check.scenario)][0]!;

  await page.goto(`${base}/vorschau/`);
  const sim = page.locator('.sim[data-scenario="mein-szenario"]');
  await expect(sim).toHaveAttribute('data-live', '', { timeout: 120_000 });
  for (const choiceId of path) await clickChoice(sim, choiceId);
  await expect(sim.getByTestId('ending')).toHaveAttribute('data-ending', endingId);

  // Break one route: the page reloads by itself (no goto) and names the line of the broken target.
  const broken = original.replace(/^(\s+next: )([a-z0-9-]+)$/m, '$1gibt-es-nicht');
  const brokenLine = broken.split('\n').findIndex((l) => l.includes('gibt-es-nicht')) + 1;
  writeFileSync(file, broken);
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 60_000 });
  const problem = page.locator(`.preview-errors li[data-line="${brokenLine}"]`);
  await expect(problem).toContainText('gibt-es-nicht');
  await expect(problem).toContainText(`Zeile ${brokenLine}`);
  await expect(page.locator('.sim')).toHaveCount(0);

  writeFileSync(file, original);
  await expect(page.locator('.sim[data-scenario="mein-szenario"]')).toHaveAttribute('data-live', '', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the English preview shows the same file in English', async ({ page }) => {
  await page.goto(`${base}/en/preview/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Preview: ');
  await expect(page.locator('.sim[data-scenario="mein-szenario"]')).toHaveAttribute('data-live', '', { timeout: 120_000 });
});
