/**
 * A SCORM 2004 package in a stand-in LMS, in a real Chromium: the harness page provides the SCORM
 * API from a real runtime (scorm-again, served from node_modules) and launches module 4's SCO in an
 * iframe, as an LMS does. The learner makes two decisions, leaves (the SCO suspends), comes back
 * (the harness launches it again with what the runtime stored), continues the very same run to
 * its ending and leaves again. The runtime then holds one interaction per decision and the score,
 * the strict limit checks pass on every value the package sent, and no request left the package.
 * Everything runs in the browser context's routes: no server besides the test's own site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { analyseScenario, replay, scoreRun } from '../../src/engine/index.ts';
import { checkScormSets } from '../../src/scorm/limits.ts';
import { buildScormPackage } from '../../src/scorm/package/build-package.ts';
import { bundleReporter } from '../../src/scorm/package/reporter-bundle.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';

test.describe.configure({ timeout: 120_000 });

const root = join(import.meta.dirname, '..', '..');
const LMS = 'http://lms.test';
const SCENARIO_ID = 'paket-verspaetet';
const scenario = loadContentScenario(SCENARIO_ID);
/** The longest of the shortest paths to an ending: the most decisions to report. */
const path = [...pathsToEndings(scenario).values()].sort((a, b) => b.length - a.length)[0]!;

const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript';
const TYPES: Record<string, string> = { html: HTML, js: JS, svg: 'image/svg+xml', mp3: 'audio/mpeg', ogg: 'audio/ogg', xml: 'application/xml' };

/** The stand-in LMS page: the API, a record of every value set, the SCO in an iframe. */
function harnessPage(sco: string, kept: unknown): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<script src="/scorm-again/scorm2004.min.js"></script>
<script>
  window.sets = [];
  window.API_1484_11 = new Scorm2004API({ logLevel: 5 });
  const kept = ${JSON.stringify(kept)};
  if (kept) window.API_1484_11.loadFromJSON(kept);
  window.API_1484_11.on('SetValue.cmi.*', (element, value) => window.sets.push([element, value]));
  window.leaveSco = () => document.querySelector('iframe').remove();
  window.cmi = () => JSON.parse(JSON.stringify(window.API_1484_11.renderCMIToJSONObject())).cmi;
</script></head><body><iframe title="SCO" src="/pkg/${sco}" style="width:100%;height:90vh"></iframe></body></html>`;
}

async function launch(page: Page, sco: string, kept: unknown) {
  await page.route(`${LMS}/harness.html`, (route) => route.fulfill({ contentType: HTML, body: harnessPage(sco, kept) }));
  await page.goto(`${LMS}/harness.html`);
  const frame = page.frameLocator('iframe');
  const sim = frame.locator(`.sim[data-scenario="${SCENARIO_ID}"]`);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-live', '');
  return sim;
}

/** Leaves the SCO as a learner closing it does (pagehide), then reads what the runtime holds. */
async function leave(page: Page): Promise<{ cmi: Record<string, unknown>; sets: Array<[string, string]> }> {
  await page.evaluate(() => (window as unknown as { leaveSco(): void }).leaveSco());
  return page.evaluate(() => {
    const w = window as unknown as { cmi(): Record<string, unknown>; sets: Array<[string, string]> };
    return { cmi: w.cmi(), sets: w.sets };
  });
}

test('a SCORM 2004 package reports every decision and the score, and resumes after a suspend', async ({ page }) => {
  const built = buildScormPackage({ modules: [4], lang: 'de', version: '2004', withText: false }, { root, client: join(root, 'dist', 'client'), reporterJs: await bundleReporter(root) });
  if (!built.ok) throw new Error(`no package: ${built.code} ${built.detail}`);
  const files = unzipSync(built.zip);
  const sco = /adlcp:scormType="sco" href="([^"]+)"/.exec(built.manifest)![1]!;
  // The scenarios the SCO reports on: the module's simulators, as many as the lesson holds.
  const reported = /data-scenarios="([^"]*)"/.exec(new TextDecoder().decode(files[sco]))![1]!.split(',');
  expect(reported).toContain(SCENARIO_ID);

  const strays: string[] = [];
  await page.context().route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== LMS) {
      strays.push(url.href);
      return route.abort();
    }
    if (url.pathname.startsWith('/scorm-again/')) return route.fulfill({ contentType: JS, body: readFileSync(join(root, 'node_modules', 'scorm-again', 'dist', url.pathname.slice('/scorm-again/'.length))) });
    const file = url.pathname.startsWith('/pkg/') ? files[decodeURIComponent(url.pathname.slice('/pkg/'.length))] : undefined;
    if (!file) {
      if (url.pathname !== '/harness.html') strays.push(url.href);
      return route.fallback();
    }
    return route.fulfill({ contentType: TYPES[url.pathname.split('.').pop()!] ?? 'application/octet-stream', body: Buffer.from(file) });
  });

  // First session: two decisions, then the learner leaves.
  let sim = await launch(page, sco, undefined);
  for (const id of path.slice(0, 2)) await sim.locator(`button[data-choice="${id}"]`).click();
  const first = await leave(page);
  expect(first.cmi['exit']).toBe('suspend');
  expect(String(first.cmi['suspend_data'])).toContain(path[1]!);

  // Second session: the LMS launches the SCO with what it kept; the run continues where it stopped.
  sim = await launch(page, sco, { ...first.cmi, entry: 'resume' });
  await expect(sim.locator(`button[data-choice="${path[2]}"]`)).toBeVisible();
  for (const id of path.slice(2)) await sim.locator(`button[data-choice="${id}"]`).click();
  await expect(sim.getByTestId('ending')).toBeVisible();
  const second = await leave(page);

  const interactions = Object.values(second.cmi['interactions'] as Record<string, { id: string; type: string; learner_response: string; result: string; timestamp: string }>);
  expect(interactions).toHaveLength(path.length);
  expect(interactions.map((i) => i.learner_response)).toEqual(path);
  expect(interactions.every((i) => i.type === 'choice' && i.timestamp !== '' && ['correct', 'incorrect', 'neutral'].includes(i.result))).toBe(true);
  const run = replay(scenario, path);
  if (!run.ok) throw new Error('path does not replay');
  const overall = scoreRun(scenario, run.run, analyseScenario(scenario).extremes!).overall;
  // One of the module's scenarios is played: the score is the mean with the others at 0.
  const score = second.cmi['score'] as { raw: string; min: string; max: string; scaled: string };
  expect(Number(score.raw)).toBeCloseTo(overall / reported.length, 1);
  expect([score.min, score.max]).toEqual(['0', '100']);
  expect(Number(score.scaled)).toBeCloseTo(overall / reported.length / 100, 1);
  expect(second.cmi['completion_status']).toBe(reported.length === 1 ? 'completed' : 'incomplete');
  expect(String(second.cmi['session_time'])).toMatch(/^PT/);
  expect(checkScormSets('2004', [...first.sets, ...second.sets])).toEqual([]);
  expect(strays).toEqual([]);
});
