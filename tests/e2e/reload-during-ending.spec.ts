/**
 * A reload while the ending's comments still arrive, in a real Chromium against the real server:
 * the run was finished by the last click, so it stays in the learner's finished runs and reaches the
 * database exactly once, also after more reloads. Comments arrive one by one here (no reduced
 * motion), so the reload really falls into the ending's reveal.
 *
 * Its own server (tests/support/api-server.ts) on a fresh SQLite file; the trainer account comes
 * from scripts/trainer.ts, the class and the assignment from the trainer API, the membership from
 * the join page itself.
 */
import { expect, test } from '@playwright/test';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { de } from '../../src/i18n/de.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

test.describe.configure({ timeout: 90_000 });

const SCENARIO_ID = 'paket-verspaetet';
const LESSON_PATH = '/module/deeskalieren/';
const PSEUDONYM = 'Roter Panda';
const scenario = loadContentScenario(SCENARIO_ID);

/** A path to an ending that brings its own comments (so there is a reveal to interrupt). */
const path = (() => {
  for (const [endingId, ids] of pathsToEndings(scenario)) {
    const ending = scenario.nodes[endingId];
    if (ending?.type === 'ending' && ending.posts.length > 0) return ids;
  }
  throw new Error(`${SCENARIO_ID} has no ending with comments`);
})();

let server: ApiServer;
let joinCode = '';

async function storedRuns(): Promise<number> {
  const open = await server.openDatabase();
  try {
    const row = await open.db.selectFrom('runs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await open.close();
  }
}

test.beforeAll(async () => {
  server = await startApiServer('sqlite');
  await createTrainer(server.env, 'reload@example.org', 'korrekt-pferd-batterie');
  const cookie = await signIn(server.url, 'reload@example.org', 'korrekt-pferd-batterie');
  const created = await api(server.url, '/api/classes', { json: { name: '8a' }, cookie });
  expect(created.status, created.text).toBe(201);
  joinCode = created.json.class.joinCode as string;
  const assigned = await api(server.url, `/api/classes/${created.json.class.id as string}/assignments`, { json: { module: scenario.module, mode: 'practice' }, cookie });
  expect(assigned.status, assigned.text).toBe(201);
});

test.afterAll(async () => {
  await server?.dispose();
});

test('a reload during the ending keeps the run finished and stores it once', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'no-preference', locale: 'de-DE' });
  const page = await context.newPage();
  await page.goto(`${server.url}/beitreten/?code=${encodeURIComponent(joinCode)}`);
  await page.getByLabel(de['learner.pseudonym']).fill(PSEUDONYM);
  await page.getByRole('button', { name: de['learner.submit'], exact: true }).click();
  await expect(page.getByTestId('membership')).toBeVisible();

  await page.goto(`${server.url}${LESSON_PATH}`);
  const sim = page.locator(`.sim[data-scenario="${SCENARIO_ID}"]`).first();
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-live', '');
  for (const choiceId of path) {
    // Each choice appears once the comments of the move before have arrived.
    await expect(sim.locator(`button[data-choice="${choiceId}"]`)).toBeVisible({ timeout: 20_000 });
    await clickChoice(sim, choiceId);
  }
  // The ending's comments are on their way: reload now.
  await expect(sim.getByTestId('typing')).toBeVisible();
  await expect(sim.getByTestId('ending')).toHaveCount(0);
  await page.reload();

  const reloaded = page.locator(`.sim[data-scenario="${SCENARIO_ID}"]`).first();
  await expect(reloaded).toHaveAttribute('data-live', '');
  await expect(reloaded.getByTestId('ending')).toBeVisible();
  const finished = await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { finished?: { path: string[] }[] } }).state?.finished, `candystorm:progress:${SCENARIO_ID}`);
  expect(finished?.map((f) => f.path)).toEqual([path]);
  // Sent (before or after the reload, whichever the race gave): stored, and nothing left queued.
  await expect.poll(storedRuns, { timeout: 20_000 }).toBe(1);
  await expect(reloaded.getByTestId('class-link')).not.toContainText(de['learner.queued.one'], { timeout: 20_000 });

  // Another reload neither counts nor sends the run again.
  await page.reload();
  await expect(page.locator(`.sim[data-scenario="${SCENARIO_ID}"]`).first()).toHaveAttribute('data-live', '');
  await page.waitForTimeout(2000); // a late second send would land by now
  expect(await storedRuns()).toBe(1);
  const again = await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { finished?: unknown[] } }).state?.finished?.length, `candystorm:progress:${SCENARIO_ID}`);
  expect(again).toBe(1);
  await context.close();
});
