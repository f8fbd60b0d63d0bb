/**
 * Live mode in a real Chromium: a trainer's projector and five phones play a scenario to its
 * ending. Votes, the hidden tally, the reveal, following the majority, a "what if?" branch, the room
 * debrief; a phone goes offline and comes back at the current decision; the server is restarted
 * mid-session and every acknowledged vote is still counted. axe checks projector and phone views
 * in German and English. Waits are for states (attributes the views set), never for times.
 *
 * This file starts its own server (tests/support/api-server.ts), so restarting it leaves the shared
 * webServer of playwright.config.ts alone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { liveWordsFor } from '../../src/live/live-words.ts';
import { trainerDe } from '../../src/i18n/trainer-de.ts';
import { createTrainer, startApiServer, type ApiServer } from '../support/api-server.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const EMAIL = 'live@example.org';
const PASSWORD = 'korrekt-pferd-batterie';
const SCENARIO_ID = 'paket-verspaetet';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const de = liveWordsFor('de');

let server: ApiServer;
let trainer: BrowserContext;
let projector: Page;
const phones: { context: BrowserContext; page: Page }[] = [];
let code = '';
let projectorPath = '';

async function newContext(browser: Browser, locale = 'de-DE'): Promise<BrowserContext> {
  return browser.newContext({ reducedMotion: 'reduce', locale });
}

async function expectAxeClean(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations, `axe on ${what}`).toEqual([]);
}

const projectorRoot = () => projector.locator('.live-projector');

/** Every phone votes (phone i gets choices[pick(i)]) and sees its vote acknowledged. */
async function vote(pick: (i: number, choices: string[]) => string, which = [0, 1, 2, 3, 4]): Promise<void> {
  for (const i of which) {
    const page = phones[i]!.page;
    const buttons = page.locator('.live-vote-button');
    await expect(buttons.first()).toBeEnabled();
    const choices = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-choice') ?? ''));
    const choice = pick(i, choices);
    await page.locator(`.live-vote-button[data-choice="${choice}"]`).click();
    await expect(page.locator('[data-my-vote]')).toHaveAttribute('data-my-vote', choice);
  }
}

async function roundOf(page: Page, selector: string): Promise<number> {
  return Number(await page.locator(selector).getAttribute('data-round'));
}

/** Waits until the projector and every online phone show `round`. */
async function expectRound(round: number, which = [0, 1, 2, 3, 4]): Promise<void> {
  await expect(projectorRoot()).toHaveAttribute('data-round', String(round));
  for (const i of which) await expect(phones[i]!.page.locator('.live-phone')).toHaveAttribute('data-round', String(round));
}

test.beforeAll(async ({ browser }) => {
  server = await startApiServer('sqlite');
  await createTrainer(server.env, EMAIL, PASSWORD);
  trainer = await newContext(browser);
  projector = await trainer.newPage();
  for (let i = 0; i < 5; i++) {
    const context = await newContext(browser);
    phones.push({ context, page: await context.newPage() });
  }
});

test.afterAll(async () => {
  for (const p of phones) await p.context.close();
  await trainer?.close();
  await server?.dispose();
});

// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server log', { body: server.logs(), contentType: 'text/plain' });
});

test('the trainer starts a live session from the trainer home and the projector shows code and QR', async () => {
  await projector.goto(`${server.url}/trainer/`);
  await projector.getByLabel(trainerDe['trainer.email']).fill(EMAIL);
  await projector.getByLabel(trainerDe['trainer.passwordLabel']).fill(PASSWORD);
  await projector.getByRole('button', { name: trainerDe['trainer.signIn.submit'], exact: true }).click();
  await projector.getByLabel(de.startScenario).selectOption(SCENARIO_ID);
  await projector.getByRole('button', { name: de.startButton }).click();
  await expect(projectorRoot()).toHaveAttribute('data-live', '');
  projectorPath = new URL(projector.url()).pathname;
  code = (await projector.locator('[data-code]').textContent()) ?? '';
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(projector.getByRole('img', { name: de.qrAlt })).toBeVisible();
  await expectAxeClean(projector, 'the projector (de)');
});

test('five phones join by code with a name and land at the first decision', async () => {
  for (const [i, { page }] of phones.entries()) {
    await page.goto(`${server.url}/live/`);
    await page.getByLabel(de.codeLabel).fill(code.toLowerCase().replace('-', ' '));
    await page.getByRole('button', { name: de.go }).click();
    await expect(page.locator('.live-phone')).toHaveAttribute('data-live', '');
    await page.getByLabel(de.nameLabel).fill(`Spieler ${i + 1}`);
    await page.getByRole('button', { name: de.join }).click();
    await expect(page.locator('.live-phone')).toHaveAttribute('data-joined', '');
  }
  await expect(projector.locator('[data-participants]')).toHaveAttribute('data-participants', '5');
  await expectAxeClean(phones[0]!.page, 'a phone at a decision (de)');
});

test('votes stay hidden until the reveal; the room follows the majority', async () => {
  // Three for the first choice, two for the second; phone 1 first votes otherwise and changes its mind.
  await vote((_i, c) => c[1]!, [0]);
  await vote((i, c) => c[i < 3 ? 0 : 1]!);
  await expect(projector.locator('[data-voted]')).toHaveAttribute('data-voted', '5');
  await expect(projector.locator('.live-count')).toHaveCount(0);
  await projector.getByRole('button', { name: de.reveal }).click();
  await expect(projectorRoot()).toHaveAttribute('data-phase', 'revealed');
  const counts = await projector.locator('.live-count').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  expect(counts.slice(0, 2)).toEqual([3, 2]);
  expect(counts.reduce((a, b) => a + b, 0)).toBe(5);
  // Too late to change: the phone's buttons are closed.
  await expect(phones[0]!.page.locator('.live-vote-button').first()).toBeDisabled();
  await projector.getByRole('button', { name: de.followMajority }).click();
  await expectRound(2);
  await expect(phones[4]!.page.locator('.live-room-chose')).toBeVisible();
});

test('a phone goes offline, the room plays a "what if?" branch, and the phone comes back at the current decision', async () => {
  await phones[4]!.context.setOffline(true);
  await vote((_i, c) => c[0]!, [0, 1, 2, 3]);
  await expect(projector.locator('[data-voted]')).toHaveAttribute('data-voted', '4');
  await projector.getByRole('button', { name: de.reveal }).click();
  await expect(projectorRoot()).toHaveAttribute('data-phase', 'revealed');
  // What if the room had chosen the second answer, which nobody voted for?
  await projector.locator('.live-choices li').nth(1).getByRole('button', { name: de.followThis }).click();
  await expectRound(3, [0, 1, 2, 3]);
  await phones[4]!.context.setOffline(false);
  await expect(phones[4]!.page.locator('.live-phone')).toHaveAttribute('data-round', '3');
  expect(await roundOf(phones[4]!.page, '.live-phone')).toBe(3);
});

test('the server restarts mid-session and every acknowledged vote is still counted', async () => {
  const phase = await projectorRoot().getAttribute('data-phase');
  test.skip(phase !== 'voting', 'the what-if branch already ended the scenario');
  await vote((_i, c) => c[0]!);
  await expect(projector.locator('[data-voted]')).toHaveAttribute('data-voted', '5');
  await server.restart();
  // The projector reconnects by itself; a reload shows the state as the new process read it.
  await projector.reload();
  await expect(projectorRoot()).toHaveAttribute('data-live', '');
  await expect(projector.locator('[data-voted]')).toHaveAttribute('data-voted', '5');
  await projector.getByRole('button', { name: de.reveal }).click();
  await expect(projectorRoot()).toHaveAttribute('data-phase', 'revealed');
  const counts = await projector.locator('.live-count').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  expect(counts[0]).toBe(5);
  await projector.getByRole('button', { name: de.followMajority }).click();
  await expectRound(4);
});

test('the room plays to an ending and sees its path beside the strongest path', async () => {
  for (let guard = 0; guard < 20; guard++) {
    const phase = await projectorRoot().getAttribute('data-phase');
    if (phase === 'finished') break;
    const round = await roundOf(projector, '.live-projector');
    await vote((_i, c) => c[0]!);
    await projector.getByRole('button', { name: de.reveal }).click();
    await expect(projectorRoot()).toHaveAttribute('data-phase', 'revealed');
    await projector.getByRole('button', { name: de.followMajority }).click();
    await expect(projectorRoot()).not.toHaveAttribute('data-round', String(round));
  }
  await expect(projectorRoot()).toHaveAttribute('data-phase', 'finished');
  const debrief = projector.getByRole('region', { name: de.debrief });
  await expect(debrief).toBeVisible();
  await expect(debrief.locator('[data-room-path] > li').first()).toContainText(de.majorityMark);
  await expect(debrief.locator('[data-room-path] > li').nth(1)).toContainText(de.whatIfMark);
  expect(await debrief.locator('[data-best-path] > li').count()).toBeGreaterThan(0);
  await expectAxeClean(projector, 'the projector with the room debrief (de)');
  await projector.getByRole('button', { name: de.end }).click();
  await expect(projectorRoot()).toHaveAttribute('data-phase', 'closed');
  await expect(phones[0]!.page.locator('.live-phone')).toHaveAttribute('data-phase', 'closed');
});

test('the projector and phone views pass axe in English too', async ({ browser }) => {
  const en = liveWordsFor('en');
  await projector.goto(`${server.url}/en${projectorPath}`);
  await expect(projectorRoot()).toHaveAttribute('data-live', '');
  await expect(projector.getByRole('heading', { level: 1 })).toHaveText(en.projectorTitle);
  await expectAxeClean(projector, 'the projector (en)');
  const context = await newContext(browser, 'en-GB');
  const page = await context.newPage();
  await page.goto(`${server.url}/en/live/`);
  await expectAxeClean(page, 'the phone code form (en)');
  // A new session, so the phone can still join in English.
  await projector.goto(`${server.url}/en/trainer/`);
  await projector.getByLabel(en.startScenario).selectOption(SCENARIO_ID);
  await projector.getByRole('button', { name: en.startButton }).click();
  await expect(projectorRoot()).toHaveAttribute('data-live', '');
  const second = (await projector.locator('[data-code]').textContent()) ?? '';
  await page.goto(`${server.url}/en/live/?code=${second}`);
  await expect(page.locator('.live-phone')).toHaveAttribute('data-live', '');
  await expectAxeClean(page, 'the phone join form (en)');
  await page.getByLabel(en.nameLabel).fill('Guest');
  await page.getByRole('button', { name: en.join }).click();
  await expect(page.locator('.live-vote-button').first()).toBeEnabled();
  await expectAxeClean(page, 'a phone at a decision (en)');
  // The first decision takes written replies: the phone writes one (keyboard), the trainer posts it.
  const reply = 'Hi Ms Kowalski, that is really annoying, I understand. Please send me your tracking number and I will sort it out today.';
  await page.getByLabel(en.replyLabel).fill(reply);
  await page.getByLabel(en.replyLabel).press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-my-reply]')).toHaveAttribute('data-my-reply', reply);
  await expect(projector.locator('[data-written]')).toHaveAttribute('data-written', '1');
  await expectAxeClean(page, 'a phone with its written reply (en)');
  await projector.getByRole('button', { name: en.reveal }).click();
  await expect(projector.locator('.live-replies blockquote')).toHaveText(reply);
  await expectAxeClean(projector, 'the projector listing written replies (en)');
  await projector.getByRole('button', { name: en.postReply }).click();
  await expect(projectorRoot()).toHaveAttribute('data-round', '2');
  await expect(page.locator('.live-room-chose')).toContainText(reply);
  await context.close();
});
