/**
 * The class page made for teaching, in a real Chromium against the built server: a class of 30
 * learners with 5 assignments, seeded through the real API and database (joins, runs, progress
 * reports), fits in two laptop screens (1366 x 768); while the page is open, a learner who joins
 * and one who moves on appear without a reload, announced once, politely; and the page says
 * "playing decision n of m" in its cells' text alternatives.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { trainerDe } from '../../src/i18n/trainer-de.ts';
import { classUrl } from '../../src/components/trainer/trainer-pages.ts';
import { api, createTrainer, mapLimit, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** Modules with exactly one scenario each: assigning them gives 5 assignments. */
const MODULES = [1, 7, 8, 9, 10];
const LEARNERS = 30;
const LAPTOP = { width: 1366, height: 768 };
const EMAIL = 'grid@example.org';
const PASSWORD = 'korrekt-pferd-batterie';

let server: ApiServer;
let session = '';
let cookie = '';
let classId = '';
let joinCode = '';
let scenarioIds: string[] = [];

test.beforeAll(async () => {
  server = await startApiServer('sqlite');
  try {
    await seed();
  } catch (error) {
    // The server's own account of what went wrong belongs in the report.
    console.error(server.logs().slice(-4000), (error as Error).stack);
    throw error;
  }
});

/** The scenarios of MODULES with their paths to every ending, worked out before any request. */
function scenariosOfModules() {
  const dir = new URL('../../content/scenarios/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => loadContentScenario(f.slice(0, -5)))
    .filter((s) => MODULES.includes(s.module))
    .map((s) => ({ id: s.id, version: s.version, paths: [...pathsToEndings(s).values()] }));
}

async function seed(): Promise<void> {
  // Paths first: a long pause between requests would outlast the server's keep-alive (5 s), and
  // a request on a socket the server is just closing fails.
  const played = scenariosOfModules();
  await createTrainer(server.env, EMAIL, PASSWORD);
  cookie = await signIn(server.url, EMAIL, PASSWORD);
  session = cookie.slice(cookie.indexOf('=') + 1);
  const created = await api(server.url, '/api/classes', { json: { name: '10a Politik' }, cookie });
  expect(created.status, created.text).toBe(201);
  classId = created.json.class.id;
  joinCode = created.json.class.joinCode;
  for (const module of MODULES) expect((await api(server.url, `/api/classes/${classId}/assignments`, { json: { module }, cookie })).status).toBe(201);
  const dashboard = await api(server.url, `/api/classes/${classId}`, { cookie });
  scenarioIds = (dashboard.json.assignments as { scenarioId: string }[]).map((a) => a.scenarioId);
  expect(scenarioIds).toHaveLength(MODULES.length);

  // 30 learners; each finished some assignments (a run each) and is in the middle of another one.
  const scenarios = scenarioIds.map((id) => played.find((s) => s.id === id)!);
  expect(scenarios.every(Boolean)).toBe(true);
  await mapLimit(
    Array.from({ length: LEARNERS }, (_, i) => i),
    5,
    async (i) => {
      const joined = await api(server.url, '/api/join', { json: { code: joinCode, pseudonym: `Lernende ${String(i + 1).padStart(2, '0')}` } });
      expect(joined.status, joined.text).toBe(201);
      const bearer = joined.json.token as string;
      const finished = i % (scenarios.length + 1);
      for (const s of scenarios.slice(0, finished)) {
        const run = await api(server.url, '/api/runs', {
          json: { id: randomUUID(), scenarioId: s.id, scenarioVersion: s.version, path: s.paths[i % s.paths.length], finishedAt: new Date().toISOString() },
          bearer,
        });
        expect(run.status, run.text).toBe(201);
      }
      const next = scenarios[finished];
      if (next) expect((await api(server.url, '/api/progress', { json: { scenarioId: next.id, decision: 2, decisions: 4 }, bearer })).status).toBe(204);
    },
  );
}

test.afterAll(async () => {
  await server?.dispose();
});

async function openClassPage(browser: import('@playwright/test').Browser) {
  const context = await browser.newContext({ viewport: LAPTOP, reducedMotion: 'reduce' });
  await context.addCookies([{ name: 'cs_session', value: session, url: server.url }]);
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${classUrl('de', classId)}`);
  expect(response?.status()).toBe(200);
  return page;
}

test('a class of 30 learners with 5 assignments fits in two laptop screens', async ({ browser }) => {
  const page = await openClassPage(browser);
  const grid = page.locator('#class-grid table');
  await expect(grid.locator('tbody tr')).toHaveCount(LEARNERS);
  await expect(grid.locator('thead th')).toHaveCount(MODULES.length + 1);
  // Scores in the cells of finished assignments, "playing" in the text alternative of the one in progress.
  await expect(grid.locator('td.done').first()).toContainText(/✓ \d+\/\d+/);
  await expect(grid.locator('td.playing').first()).toContainText(trainerDe['trainer.status.playing'].replace('{n}', '2').replace('{m}', '4'));
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  test.info().annotations.push({ type: 'class page height (px) at 1366 x 768', description: String(height) });
  expect(height).toBeLessThanOrEqual(2 * LAPTOP.height);
  // Nothing on the page to project deletes anything: that is on the settings page.
  await expect(page.locator('main input[name="_action"][value="delete"]')).toHaveCount(0);
  await page.context().close();
});

test('updates itself while open: a new learner and a move appear without a reload, announced once', async ({ browser }) => {
  const page = await openClassPage(browser);
  const rows = page.locator('#class-grid tbody tr');
  await expect(rows).toHaveCount(LEARNERS);
  // Without JavaScript the page still offers the update by hand.
  await expect(page.getByRole('link', { name: trainerDe['trainer.grid.refresh'] })).toHaveAttribute('href', classUrl('de', classId));
  const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);

  const joined = await api(server.url, '/api/join', { json: { code: joinCode, pseudonym: 'Zora Neu' } });
  expect(joined.status, joined.text).toBe(201);
  const newcomer = page.getByRole('rowheader', { name: 'Zora Neu' });
  await expect(newcomer).toBeVisible();
  const status = page.locator('[data-grid-announcer]');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(/31 Lernende/);

  const progress = await api(server.url, '/api/progress', { json: { scenarioId: scenarioIds[0], decision: 3, decisions: 5 }, bearer: joined.json.token });
  expect(progress.status, progress.text).toBe(204);
  const row = page.locator('#class-grid tbody tr', { has: newcomer });
  await expect(row.locator('td').first()).toContainText('▶ 3/5');
  await expect(row.locator('td').first()).toContainText(trainerDe['trainer.status.playing'].replace('{n}', '3').replace('{m}', '5'));
  // The same page all along, not a reload.
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
  await page.context().close();
});
