/**
 * The trainer platform end to end, in a real Chromium, through the UI only (forms and buttons by
 * their labels). The one shortcut is the first trainer account, made with scripts/trainer.ts as the
 * README tells operators; the database is read (read-only) for the exactly-once check.
 *
 * A trainer signs in, creates a class and assigns module 4; a learner joins by code, plays offline,
 * comes back online, and the run reaches the dashboard once. Then the server is SIGKILLed while the
 * learner's outbox is sending, restarted on the same database and port, and still exactly two runs
 * are stored. The CSV exports download and parse; the learner deletes their data; axe checks pages.
 *
 * This file starts its own server (tests/support/api-server.ts), so killing it leaves the shared
 * webServer of playwright.config.ts alone. The tests run in order and share the two browsers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { analyseScenario, replay, scoreRun, DIMENSIONS, type Scenario } from '../../src/engine/index.ts';
import { trainerDe } from '../../src/i18n/trainer-de.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { createTrainer, startApiServer, type ApiServer } from '../support/api-server.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const EMAIL = 'lehrerin@example.org';
const PASSWORD = 'korrekt-pferd-batterie';
const CLASS_NAME = '7b Medien';
const PSEUDONYM = 'Blauer Fuchs';
const SCENARIO_ID = 'paket-verspaetet';
const LESSON_PATH = '/module/deeskalieren/';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const scenario = loadContentScenario(SCENARIO_ID);
const extremes = analyseScenario(scenario).extremes!;
const endings = pathsToEndings(scenario);

/** Two different paths, the first scoring better than the second (so "best" is not just "last"). */
const [firstPath, secondPath] = (() => {
  const byScore = [...endings.values()].map((path) => ({ path, overall: score(path).overall })).sort((a, b) => b.overall - a.overall);
  if (byScore.length < 3) throw new Error(`${SCENARIO_ID} needs at least three endings for this test`);
  return [byScore[1]!.path, byScore.at(-1)!.path];
})();

function score(path: string[]) {
  const replayed = replay(scenario, path);
  if (!replayed.ok) throw new Error(`the engine refuses the path ${path.join(' → ')}: ${replayed.error}`);
  return scoreRun(scenario, replayed.run, extremes);
}

/** The decisions a path passes, as (node, choice) pairs, in the order of the scenario's nodes. */
function decisionsOf(s: Scenario, path: string[]) {
  const replayed = replay(s, path);
  if (!replayed.ok) throw new Error(replayed.error);
  const order = Object.keys(s.nodes);
  return replayed.run.steps
    .map((step) => {
      const node = s.nodes[step.nodeId];
      if (node?.type !== 'decision') throw new Error(`${step.nodeId} is not a decision`);
      return { nodeId: step.nodeId, node, choiceId: step.choiceId };
    })
    .sort((a, b) => order.indexOf(a.nodeId) - order.indexOf(b.nodeId));
}

// --- small helpers ---------------------------------------------------------------------------------

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A minimal RFC 4180 parser: quoted fields, doubled quotes, separators and line breaks inside quotes. */
function parseCsv(text: string, separator: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      // CRLF ends the record: handled at the \n
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Runs stored for the learner with `pseudonym`, read from the SQLite file (read-only). */
function storedRuns(server: ApiServer, pseudonym: string): { learners: number; runs: number } {
  const db = new DatabaseSync(server.env['SQLITE_FILE']!, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 2000');
    const learners = db.prepare('SELECT id FROM learners WHERE pseudonym = ?').all(pseudonym) as { id: string }[];
    let runs = 0;
    for (const { id } of learners) runs += Number((db.prepare('SELECT count(*) AS n FROM runs WHERE learner_id = ?').get(id) as { n: number }).n);
    return { learners: learners.length, runs };
  } finally {
    db.close();
  }
}

/** The simulator of the scenario on the current page, once its island is live. */
async function liveSimulator(page: Page, scenarioId: string): Promise<Locator> {
  const sim = page.locator(`.sim[data-scenario="${scenarioId}"]`).first();
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-live', '');
  return sim;
}

async function playPath(sim: Locator, path: string[]): Promise<void> {
  for (const choiceId of path) {
    await clickChoice(sim, choiceId);
    // Practice mode (as assigned): feedback after every move but the last.
    if (choiceId !== path.at(-1)) await expect(sim.getByTestId('feedback')).toBeVisible();
  }
  await expect(sim.getByTestId('ending')).toBeVisible();
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations, `axe on ${page.url()}`).toEqual([]);
}

/** The row of the results table for a learner. */
const learnerRow = (page: Page, pseudonym: string) =>
  page.getByRole('table', { name: trainerDe['trainer.results.caption'] }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: pseudonym }) });

/** One run's "Gesamt" on the trainer's learner page, as a number. */
async function overallOf(run: Locator): Promise<number> {
  const value = await run.getByRole('term').filter({ hasText: trainerDe['trainer.learner.overall'] }).locator('xpath=following-sibling::dd[1]').textContent();
  return Number(/(\d+)\s*%/.exec(value ?? '')?.[1]);
}

// --- shared state of the serial tests ------------------------------------------------------------

let server: ApiServer;
let trainer: BrowserContext;
let learner: BrowserContext;
let trainerPage: Page;
let learnerPage: Page;
let classUrl = '';
let joinCode = '';

async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ reducedMotion: 'reduce', locale: 'de-DE', acceptDownloads: true });
}

test.beforeAll(async ({ browser }) => {
  server = await startApiServer('sqlite');
  await createTrainer(server.env, EMAIL, PASSWORD);
  trainer = await newContext(browser);
  learner = await newContext(browser);
  trainerPage = await trainer.newPage();
  learnerPage = await learner.newPage();
});

test.afterAll(async () => {
  await trainer?.close();
  await learner?.close();
  await server?.dispose();
});

// Playwright reads the fixtures it must set up from this destructuring, so it must stay, empty.
// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server log', { body: server.logs(), contentType: 'text/plain' });
});

// --- the steps --------------------------------------------------------------------------------------

test('1. a trainer signs in, creates a class, assigns module 4 and sees its join code and QR code', async () => {
  const page = trainerPage;
  await page.goto(`${server.url}/trainer/`);
  await page.getByLabel(trainerDe['trainer.email']).fill(EMAIL);
  await page.getByLabel(trainerDe['trainer.passwordLabel'], { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: trainerDe['trainer.signIn.submit'], exact: true }).click();
  await expect(page.getByText(trainerDe['trainer.home.signedInAs'].replace('{email}', EMAIL))).toBeVisible();

  await page.getByLabel(trainerDe['trainer.class.name']).fill(CLASS_NAME);
  await page.getByRole('button', { name: trainerDe['trainer.home.create'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CLASS_NAME);
  await expect(page.getByRole('status')).toHaveText(trainerDe['trainer.done.class-created']);
  classUrl = page.url().split('?')[0]!;
  expect(classUrl).toMatch(new RegExp(`^${escape(server.url)}/trainer/klasse/[^/]+/$`));

  // The form to assign is folded away on the class page (it stays short while teaching).
  await page.getByText(trainerDe['trainer.assign.add'], { exact: true }).click();
  await page.getByLabel(trainerDe['trainer.assign.module'], { exact: true }).selectOption('4');
  await page.getByRole('radio', { name: trainerDe['trainer.mode.practice'] }).check();
  await page.getByRole('button', { name: trainerDe['trainer.assign.submit'], exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(trainerDe['trainer.done.assigned']);
  const region = page.getByRole('region', { name: trainerDe['trainer.assign.title'] });
  // The list is folded away too; its summary counts the assignments.
  await region.locator('summary').first().click();
  const assignments = region.getByRole('listitem');
  // Assigning the module assigned each of its scenarios, each with its own row.
  const scenariosDir = new URL('../../content/scenarios/', import.meta.url);
  const ofModule4 = readdirSync(scenariosDir).filter((f) => f.endsWith('.yaml') && /^module: 4$/m.test(readFileSync(new URL(f, scenariosDir), 'utf8')));
  expect(ofModule4.length).toBeGreaterThan(1);
  await expect(assignments).toHaveCount(ofModule4.length);
  await expect(assignments.first()).toContainText('(Modul 4)');
  await expect(assignments.first()).toContainText(trainerDe['trainer.mode.practiceShort']);

  // The code as the class sees it on the projector (the spoken version is for screen readers).
  joinCode = ((await page.getByText(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/).textContent()) ?? '').trim();
  expect(joinCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(page.getByRole('link', { name: new RegExp(`beitreten/\\?code=${escape(joinCode)}`) })).toBeVisible();

  const qr = page.getByRole('img', { name: trainerDe['trainer.join.qrAlt'] });
  await expect(qr).toBeVisible();
  await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The code is part of the page (no extra request); the link serves it large for the projector.
  const src = (await qr.getAttribute('src')) ?? '';
  expect(src).toMatch(/^data:image\/svg\+xml,/);
  expect(decodeURIComponent(src.slice(src.indexOf(',') + 1))).toContain('<svg');
  const large = await page.getByRole('link', { name: trainerDe['trainer.join.qrLarge'] }).getAttribute('href');
  const response = await page.request.get(new URL(large!, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  expect(await response.text()).toContain('<svg');
});

test('2. a learner joins by code, plays offline, comes back online, and the run reaches the dashboard once', async () => {
  const page = learnerPage;
  await page.goto(`${server.url}/beitreten/?code=${encodeURIComponent(joinCode)}`);
  await expect(page.getByLabel(de['learner.code'])).toHaveValue(joinCode);
  await page.getByLabel(de['learner.pseudonym']).fill(PSEUDONYM);
  await page.getByRole('button', { name: de['learner.submit'], exact: true }).click();
  await expect(page.getByRole('heading', { name: de['learner.member.welcome'].replace('{className}', CLASS_NAME) })).toBeFocused();
  await expect(page.getByText(de['learner.member.as'].replace('{pseudonym}', PSEUDONYM))).toBeVisible();
  await expectNoAxeViolations(page);

  // The assignment links to the simulator in its lesson.
  await page.getByRole('link', { name: /\(Modul 4: Deeskalieren\)$/ }).first().click();
  await expect(page).toHaveURL(`${server.url}${LESSON_PATH}#simulator`);
  const sim = await liveSimulator(page, SCENARIO_ID);
  const status = sim.getByTestId('class-link');
  await expect(status).toContainText(de['learner.link.sendsTo'].replace('{className}', CLASS_NAME).replace('{pseudonym}', PSEUDONYM));

  await learner.setOffline(true);
  await playPath(sim, firstPath);
  await expect(status).toContainText(de['learner.queued.one']);
  expect(storedRuns(server, PSEUDONYM).runs).toBe(0);

  await learner.setOffline(false);
  await expect(status).toContainText(de['learner.link.sent'], { timeout: 15_000 });
  await expect(status).not.toContainText(de['learner.queued.one']);
  expect(storedRuns(server, PSEUDONYM)).toEqual({ learners: 1, runs: 1 });

  // The trainer's class page: the learner with the run's score (module 4 has several scenarios, so the
  // assignment is still open), the first run's choices, the class average.
  const expected = score(firstPath);
  const t = trainerPage;
  await t.goto(classUrl);
  await expect(learnerRow(t, PSEUDONYM)).toHaveCount(1);
  await expect(learnerRow(t, PSEUDONYM)).toContainText(trainerDe['trainer.status.bestShort'].replace('{n}', String(expected.overall)));
  const discussion = t.getByRole('region', { name: trainerDe['trainer.discussion.title'] });
  // Each scenario's counts are folded away (<details>), its summary says how many first runs.
  const scenarioSection = discussion.locator('details').filter({ has: t.locator('summary', { hasText: scenario.title.de }) });
  await expect(scenarioSection.locator('summary')).toContainText(trainerDe['trainer.discussion.runs1']);
  await scenarioSection.locator('summary').click();
  const decisions = decisionsOf(scenario, firstPath);
  await expect(scenarioSection.getByRole('table')).toHaveCount(decisions.length);
  for (const [i, { node, choiceId }] of decisions.entries()) {
    const table = scenarioSection.getByRole('table', { name: new RegExp(`^Entscheidung ${i + 1}\\b`) });
    await expect(table).toContainText(trainerDe['trainer.discussion.passed'].replace('{n}', '1'));
    for (const choice of node.choices) {
      const cell = table.getByRole('row').filter({ has: t.getByRole('rowheader', { name: choice.text.de, exact: true }) }).getByRole('cell');
      await expect(cell, `${node.prompt?.de ?? i}: ${choice.id}`).toHaveText(choice.id === choiceId ? '1 (100 %)' : '0 (0 %)');
    }
  }
  // The class averages: one line under the grid.
  const averages = t.locator('p', { hasText: `${trainerDe['trainer.averages.title']}:` });
  for (const d of DIMENSIONS) await expect(averages).toContainText(`${de[`dimension.${d}`]} ${expected.dimensions[d].percent} %`);

  // The learner's page on the dashboard: one run, the engine's scores.
  await learnerRow(t, PSEUDONYM).getByRole('link', { name: PSEUDONYM }).click();
  await expect(t.getByRole('heading', { level: 1 })).toHaveText(PSEUDONYM);
  const runs = t.getByRole('article');
  await expect(runs).toHaveCount(1);
  expect(await overallOf(runs.first())).toBe(expected.overall);
  await expect(runs.first().getByRole('heading', { level: 3 })).toContainText(scenario.title.de);
  for (const d of DIMENSIONS) await expect(runs.first().getByRole('listitem').filter({ hasText: `${de[`dimension.${d}`]}:` })).toContainText(`${expected.dimensions[d].percent} %`);
  await expect(runs.first().getByRole('list').last().getByRole('listitem')).toHaveCount(firstPath.length);
});

test('3. the server is killed while the outbox sends and restarted: nothing is lost or doubled', async () => {
  const page = learnerPage;
  const sim = await liveSimulator(page, SCENARIO_ID);
  const status = sim.getByTestId('class-link');

  await learner.setOffline(true);
  await sim.getByRole('button', { name: de['sim.restart'] }).click();
  await playPath(sim, secondPath);
  await expect(status).toContainText(de['learner.queued.one']);

  // Online, and the server dies with the run on its way (or just before it leaves the browser).
  // Which case the race hit is recorded as an annotation: the POST not yet sent, sent but not stored,
  // or stored with the answer lost. Every case must end with exactly two runs.
  let left = false;
  const sending = page
    .waitForRequest((r) => r.url() === `${server.url}/api/runs` && r.method() === 'POST', { timeout: 5000 })
    .then(() => (left = true))
    .catch(() => undefined);
  await learner.setOffline(false);
  await Promise.race([sending, sleep(25)]);
  await server.kill();
  let atCrash: string;
  try {
    atCrash = `${storedRuns(server, PSEUDONYM).runs} of 2 runs stored`;
  } catch (error) {
    atCrash = `database unreadable (${(error as Error).message})`;
  }
  const queued = await page.evaluate(() => (JSON.parse(localStorage.getItem('candystorm:outbox') ?? '{}') as { state?: { items?: unknown[] } }).state?.items?.length);
  test.info().annotations.push({ type: 'crash', description: `POST ${left ? 'had left the browser' : 'not seen yet'}; ${atCrash}; ${queued ?? '?'} still queued on the device` });

  await server.restart();
  await page.reload();
  const reloaded = await liveSimulator(page, SCENARIO_ID);
  await expect.poll(() => storedRuns(server, PSEUDONYM).runs, { timeout: 40_000, intervals: [250, 500, 1000] }).toBe(2);
  await expect(reloaded.getByTestId('class-link')).toContainText(de['learner.link.sendsTo'].replace('{className}', CLASS_NAME).replace('{pseudonym}', PSEUDONYM));
  await expect(reloaded.getByTestId('class-link')).not.toContainText(de['learner.queued.one'], { timeout: 10_000 });

  // The join page agrees that nothing is waiting.
  await page.goto(`${server.url}/beitreten/`);
  await expect(page.getByRole('heading', { name: de['learner.member.title'].replace('{className}', CLASS_NAME) })).toBeVisible();
  await expect(page.getByText(de['learner.allSent'])).toBeVisible();
  await sleep(1500); // a late duplicate from a retry would land by now
  expect(storedRuns(server, PSEUDONYM)).toEqual({ learners: 1, runs: 2 });

  // The dashboard: two runs, the best one counts, the first run's choices still count once.
  const t = trainerPage;
  await t.goto(classUrl);
  await expect(learnerRow(t, PSEUDONYM)).toHaveCount(1);
  const discussion = t.getByRole('region', { name: trainerDe['trainer.discussion.title'] });
  await expect(discussion.getByText(trainerDe['trainer.discussion.runs1'])).toHaveCount(1);
  await learnerRow(t, PSEUDONYM).getByRole('link', { name: PSEUDONYM }).click();
  const runs = t.getByRole('article');
  await expect(runs).toHaveCount(2);
  const shown = [await overallOf(runs.nth(0)), await overallOf(runs.nth(1))].sort((a, b) => a - b);
  expect(shown).toEqual([score(firstPath).overall, score(secondPath).overall].sort((a, b) => a - b));
});

test('4. the CSV exports download and parse: German for Excel, English with commas', async () => {
  const page = trainerPage;
  await page.goto(classUrl);
  await expectNoAxeViolations(page); // the class page with a learner, runs and decisions

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    expect(file.suggestedFilename()).toBe('7b-Medien.csv');
    return readFileSync((await file.path())!);
  };
  const expectedOverall = [score(firstPath).overall, score(secondPath).overall].sort((a, b) => a - b);

  const german = await download(trainerDe['trainer.export.de']);
  expect([...german.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const germanText = german.toString('utf8').slice(1);
  expect(germanText).toContain('\r\n');
  const germanRows = parseCsv(germanText, ';');
  const [header, ...rows] = germanRows;
  expect(header).toContain('Pseudonym');
  expect(header).toEqual(['Pseudonym', 'Modul', 'Szenario', 'Modus', 'Runde Nr.', 'Erste/Beste', 'Ende', 'Gesamt', ...DIMENSIONS.map((d) => de[`dimension.${d}`]), 'Beendet am', 'Gewählte Antworten', de['csv.replies']]);
  expect(rows).toHaveLength(2);
  for (const row of rows) {
    expect(row).toHaveLength(header!.length);
    expect(row[0]).toBe(PSEUDONYM);
    expect(row[1]).toBe('4');
    expect(row[2]).toBe(SCENARIO_ID);
  }
  const overall = header!.indexOf('Gesamt');
  expect(rows.map((r) => Number(r[overall])).sort((a, b) => a - b)).toEqual(expectedOverall);

  const english = await download(trainerDe['trainer.export.en']);
  expect(english[0]).not.toBe(0xef);
  const [enHeader, ...enRows] = parseCsv(english.toString('utf8'), ',');
  expect(enHeader).toEqual([
    en['csv.pseudonym'],
    en['csv.module'],
    en['csv.scenario'],
    en['csv.mode'],
    en['csv.attempt'],
    en['csv.counts'],
    en['csv.ending'],
    en['csv.overall'],
    ...DIMENSIONS.map((d) => en[`dimension.${d}`]),
    en['csv.finished'],
    en['csv.path'],
    en['csv.replies'],
  ]);
  // Local time as Excel reads a date ("03.12.2026 17:10:05" in German), not ISO in UTC.
  for (const row of rows) expect(row[header!.indexOf('Beendet am')]).toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}$/);
  expect(enRows).toHaveLength(2);
  const enOverall = enHeader!.indexOf(en['csv.overall']);
  expect(enRows.map((r) => Number(r[enOverall])).sort((a, b) => a - b)).toEqual(expectedOverall);
  expect(enRows.every((r) => r[0] === PSEUDONYM && r.length === enHeader!.length)).toBe(true);
});

test('5. the learner deletes their data: gone from the class, nothing left in localStorage', async () => {
  const page = learnerPage;
  await page.goto(`${server.url}/beitreten/`);
  await expect(page.getByRole('heading', { name: de['learner.member.title'].replace('{className}', CLASS_NAME) })).toBeVisible();
  await page.getByRole('button', { name: de['learner.delete'], exact: true }).click();
  const confirm = page.getByRole('group', { name: de['learner.delete.confirmTitle'] });
  await expect(confirm.getByRole('heading', { name: de['learner.delete.confirmTitle'] })).toBeFocused();
  await confirm.getByRole('button', { name: de['learner.delete.confirm'] }).click();
  const report = page.getByTestId('deletion-report');
  await expect(report).toContainText(de['learner.delete.done']);
  await expect(report).toContainText(de['learner.delete.server']);
  await expect(page.getByRole('button', { name: de['learner.submit'], exact: true })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('candystorm:')))).toEqual([]);
  expect(storedRuns(server, PSEUDONYM)).toEqual({ learners: 0, runs: 0 });

  await trainerPage.goto(classUrl);
  await expect(trainerPage.getByText(trainerDe['trainer.results.noLearners'])).toBeVisible();
  await expect(trainerPage.getByRole('link', { name: PSEUDONYM })).toHaveCount(0);
});

test('6. axe finds no WCAG 2.2 AA violations on the trainer home, the class page and the join page', async () => {
  await trainerPage.goto(`${server.url}/trainer/`);
  await expect(trainerPage.getByText(trainerDe['trainer.home.signedInAs'].replace('{email}', EMAIL))).toBeVisible();
  await expect(trainerPage.getByRole('link', { name: CLASS_NAME })).toBeVisible();
  await expectNoAxeViolations(trainerPage);

  await trainerPage.goto(classUrl);
  await expect(trainerPage.getByRole('heading', { level: 1 })).toHaveText(CLASS_NAME);
  await expectNoAxeViolations(trainerPage);

  await learnerPage.goto(`${server.url}/beitreten/?code=${encodeURIComponent(joinCode)}`);
  await expect(learnerPage.getByLabel(de['learner.code'])).toHaveValue(joinCode);
  await expectNoAxeViolations(learnerPage);
});
