/**
 * Offline, end to end in a real Chromium with the built service worker: a class member opens a
 * lesson once, loses the network, reloads, plays to an ending, opens another module (never visited,
 * but precached by the worker and shown as saved for offline), and when the network is back the run reaches the server exactly once. Then a new version
 * of the worker appears in the middle of a run: the page keeps going, and the update is offered only
 * after the run has ended.
 *
 * Own server (tests/support/api-server.ts), because the second test changes the served sw.js.
 */
import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { de } from '../../src/i18n/de.ts';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const LESSON = { path: '/module/deeskalieren/', scenario: 'paket-verspaetet' };
const SAVED = { path: '/module/dialog-statt-durchsage/', scenario: 'sportverein-spielplan' };
const PSEUDONYM = 'Grüne Eule';

/** The shortest path to an ending of a scenario: fewest clicks on a slow machine. */
function shortestPath(scenarioId: string): string[] {
  return [...pathsToEndings(loadContentScenario(scenarioId)).values()].sort((a, b) => a.length - b.length)[0]!;
}

let server: ApiServer;
let context: BrowserContext;
let page: Page;

function storedRuns(): number {
  const db = new DatabaseSync(server.env['SQLITE_FILE']!, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 2000');
    return Number((db.prepare('SELECT count(*) AS n FROM runs r JOIN learners l ON l.id = r.learner_id WHERE l.pseudonym = ?').get(PSEUDONYM) as { n: number }).n);
  } finally {
    db.close();
  }
}

async function liveSimulator(scenarioId: string): Promise<Locator> {
  const sim = page.locator(`.sim[data-scenario="${scenarioId}"]`).first();
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-live', '');
  return sim;
}

async function play(sim: Locator, path: readonly string[]): Promise<void> {
  for (const choiceId of path) await clickChoice(sim, choiceId);
  await expect(sim.getByTestId('ending')).toBeVisible();
}

/** Waits until this page is controlled by an active worker (the first visit installs it). */
async function workerInControl(): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test.beforeAll(async ({ browser }) => {
  server = await startApiServer('sqlite');
  await createTrainer(server.env, 'offline@example.org', 'korrekt-pferd-batterie');
  const cookie = await signIn(server.url, 'offline@example.org', 'korrekt-pferd-batterie');
  const created = await api<{ class: { id: string; joinCode: string } }>(server.url, '/api/classes', { cookie, json: { name: '8a Offline' } });
  expect(created.status).toBe(201);
  // Module 4 assigned: its runs are sent to the class.
  expect((await api(server.url, `/api/classes/${created.json.class.id}/assignments`, { cookie, json: { module: 4 } })).status).toBe(201);
  context = await browser.newContext({ reducedMotion: 'reduce' });
  page = await context.newPage();
  await page.goto(`${server.url}/beitreten/?code=${encodeURIComponent(created.json.class.joinCode)}`);
  await page.getByLabel(de['learner.pseudonym']).fill(PSEUDONYM);
  await page.getByRole('button', { name: de['learner.submit'], exact: true }).click();
  await expect(page.getByText(de['learner.member.as'].replace('{pseudonym}', PSEUDONYM))).toBeVisible();
});

test.afterAll(async () => {
  await context?.close();
  await server?.dispose();
});

test('a lesson visited once and a module saved for offline work without a network; the run arrives once', async () => {
  // First visit: the worker installs and keeps the open lesson.
  await page.goto(`${server.url}${LESSON.path}`);
  await liveSimulator(LESSON.scenario);
  await workerInControl();

  // Another module, never visited: the worker precached its lesson (a lean twin, lean-pages.mjs), so
  // the home page says it is saved for offline without the learner pressing "save".
  await page.goto(`${server.url}/`);
  const card = page.locator('.module-card').filter({ has: page.locator(`a[href="${SAVED.path}"]`) });
  await expect(card.getByText(de['offline.saved'])).toBeVisible();

  // No network: the lesson reloads from the worker and plays to an ending; the run waits on the device.
  await page.goto(`${server.url}${LESSON.path}`);
  await context.setOffline(true);
  await page.reload();
  const sim = await liveSimulator(LESSON.scenario);
  await play(sim, shortestPath(LESSON.scenario));
  await expect(sim.getByTestId('class-link')).toContainText(de['learner.queued.one']);

  // The module never visited opens offline too.
  await page.goto(`${server.url}${SAVED.path}`);
  await liveSimulator(SAVED.scenario);
  expect(storedRuns()).toBe(0);

  // Back online: the outbox sends the run, once.
  await context.setOffline(false);
  await page.goto(`${server.url}${LESSON.path}`);
  // "sent" shows only for a moment (the outbox may be done before the page is live): count instead.
  await expect.poll(storedRuns, { timeout: 30_000 }).toBe(1);
  await expect((await liveSimulator(LESSON.scenario)).getByTestId('class-link')).not.toContainText(de['learner.queued.one']);
  await page.reload();
  await expect((await liveSimulator(LESSON.scenario)).getByTestId('class-link')).not.toContainText(de['learner.queued.one']);
  expect(storedRuns()).toBe(1);
});

test('a new worker waits while a run is in progress and is offered once the run has ended', async () => {
  const path = shortestPath(LESSON.scenario);
  await page.goto(`${server.url}${LESSON.path}`);
  let sim = await liveSimulator(LESSON.scenario);
  await workerInControl();
  // The first test ended this scenario's run; it is restored as ended.
  await expect(sim.getByTestId('ending')).toBeVisible();
  await sim.getByRole('button', { name: de['sim.restart'] }).first().click();
  sim = await liveSimulator(LESSON.scenario);
  await clickChoice(sim, path[0]!);
  // A marker that a reload would wipe out.
  await page.evaluate(() => Object.assign(window, { stillThisPage: true }));

  // A deployment changes sw.js (the plain file is served once its compressed twins are gone).
  const sw = join(server.dist, 'client', 'sw.js');
  rmSync(`${sw}.br`, { force: true });
  rmSync(`${sw}.gz`, { force: true });
  appendFileSync(sw, `\n// test deployment ${Date.now()}\n`);
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null))).toBe('installed');

  // The run goes on: the notice stays empty and the page is the same.
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toBeEmpty();
  for (const choiceId of path.slice(1)) await clickChoice(sim, choiceId);
  await expect(sim.getByTestId('ending')).toBeVisible();
  expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBe(true);

  // Ended: the update is offered politely, and only the learner's click reloads.
  await expect(notice).toContainText(de['offline.updateReady']);
  const reloaded = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await notice.getByRole('button', { name: de['offline.reload'] }).click();
  await reloaded;
  await liveSimulator(LESSON.scenario);
  expect(await page.evaluate(() => (window as { stillThisPage?: boolean }).stillThisPage)).toBeUndefined();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting?.state ?? null))).toBe(null);
});
