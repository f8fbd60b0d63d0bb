/**
 * Live mode across two server instances on one PostgreSQL (issue 15, done-when): the trainer's
 * projector on instance A, three phones on instance B; every vote, reveal, "what if?" and the end
 * reach the other instance over LISTEN/NOTIFY. One short journey (CI time is tight): join, votes,
 * reveal, follow the majority, a "what if?", play to the ending, the room debrief, the end.
 * Waits are for states (attributes the views set), never for times.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { trainerDe } from '../../src/i18n/trainer-de.ts';
import { liveWordsFor } from '../../src/live/live-words.ts';
import { createTrainer, startApiServer, type ApiServer } from '../support/api-server.ts';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/throwaway-postgres.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const EMAIL = 'live-two@example.org';
const PASSWORD = 'korrekt-pferd-batterie';
const SCENARIO_ID = 'paket-verspaetet';
const de = liveWordsFor('de');

let postgres: ThrowawayPostgres;
let a: ApiServer;
let b: ApiServer;
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  // A throwaway cluster of its own (the shared one of the API tests is handed out by vitest only).
  postgres = await startThrowawayPostgres();
  a = await startApiServer('postgres', { databaseUrl: postgres.url });
  b = await startApiServer('postgres', { databaseUrl: postgres.url });
  await createTrainer(a.env, EMAIL, PASSWORD);
});

test.afterAll(async () => {
  for (const c of contexts) await c.close();
  await b?.dispose();
  await a?.dispose();
  await postgres?.stop();
});

// eslint-disable-next-line no-empty-pattern
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server logs', { body: `--- A\n${a.logs()}\n--- B\n${b.logs()}`, contentType: 'text/plain' });
});

test('a projector on one instance and phones on another play a session to its debrief', async ({ browser }) => {
  const open = async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce', locale: 'de-DE' });
    contexts.push(context);
    return context.newPage();
  };
  const projector = await open();
  const room = () => projector.locator('.live-projector');
  await projector.goto(`${a.url}/trainer/`);
  await projector.getByLabel(trainerDe['trainer.email']).fill(EMAIL);
  await projector.getByLabel(trainerDe['trainer.passwordLabel']).fill(PASSWORD);
  await projector.getByRole('button', { name: trainerDe['trainer.signIn.submit'], exact: true }).click();
  await projector.getByLabel(de.startScenario).selectOption(SCENARIO_ID);
  await projector.getByRole('button', { name: de.startButton }).click();
  await expect(room()).toHaveAttribute('data-live', '');
  const code = (await projector.locator('[data-code]').textContent()) ?? '';

  const phones: Page[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await open();
    await page.goto(`${b.url}/live/?code=${encodeURIComponent(code)}`);
    await expect(page.locator('.live-phone')).toHaveAttribute('data-live', '');
    await page.getByLabel(de.nameLabel).fill(`Spielerin ${i + 1}`);
    await page.getByRole('button', { name: de.join }).click();
    await expect(page.locator('.live-phone')).toHaveAttribute('data-joined', '');
    phones.push(page);
  }
  await expect(projector.locator('[data-participants]')).toHaveAttribute('data-participants', '3');

  /** Every phone votes for the answer `pick` chooses and sees it acknowledged; the projector on A counts them. */
  const voteAll = async (pick: (i: number, choices: string[]) => string) => {
    for (const [i, page] of phones.entries()) {
      const buttons = page.locator('.live-vote-button');
      await expect(buttons.first()).toBeEnabled();
      const choices = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('data-choice') ?? ''));
      const choice = pick(i, choices);
      await page.locator(`.live-vote-button[data-choice="${choice}"]`).click();
      await expect(page.locator('[data-my-vote]')).toHaveAttribute('data-my-vote', choice);
    }
    await expect(projector.locator('[data-voted]')).toHaveAttribute('data-voted', String(phones.length));
  };
  const expectRoundEverywhere = async (round: number) => {
    await expect(room()).toHaveAttribute('data-round', String(round));
    for (const page of phones) await expect(page.locator('.live-phone')).toHaveAttribute('data-round', String(round));
  };

  // Round 1: two for the first answer, one for the second; hidden until the reveal, then the majority.
  await voteAll((i, c) => c[i < 2 ? 0 : 1]!);
  await expect(projector.locator('.live-count')).toHaveCount(0);
  await projector.getByRole('button', { name: de.reveal }).click();
  for (const page of phones) await expect(page.locator('.live-phone')).toHaveAttribute('data-phase', 'revealed');
  const counts = await projector.locator('.live-count').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
  expect(counts.slice(0, 2)).toEqual([2, 1]);
  await projector.getByRole('button', { name: de.followMajority }).click();
  await expectRoundEverywhere(2);

  // Round 2: all vote for the first answer; the room plays the second ("what if?").
  await voteAll((_i, c) => c[0]!);
  await projector.getByRole('button', { name: de.reveal }).click();
  await expect(room()).toHaveAttribute('data-phase', 'revealed');
  await projector.locator('.live-choices li').nth(1).getByRole('button', { name: de.followThis }).click();
  await expect(room()).toHaveAttribute('data-round', '3');

  for (let guard = 0; guard < 20 && (await room().getAttribute('data-phase')) !== 'finished'; guard++) {
    const round = await room().getAttribute('data-round');
    for (const page of phones) await expect(page.locator('.live-phone')).toHaveAttribute('data-round', round ?? '');
    await voteAll((_i, c) => c[0]!);
    await projector.getByRole('button', { name: de.reveal }).click();
    await expect(room()).toHaveAttribute('data-phase', 'revealed');
    await projector.getByRole('button', { name: de.followMajority }).click();
    await expect(room()).not.toHaveAttribute('data-round', round ?? '');
  }
  await expect(room()).toHaveAttribute('data-phase', 'finished');
  const debrief = projector.getByRole('region', { name: de.debrief });
  await expect(debrief.locator('[data-room-path] > li').first()).toContainText(de.majorityMark);
  await expect(debrief.locator('[data-room-path] > li').nth(1)).toContainText(de.whatIfMark);
  await projector.getByRole('button', { name: de.end }).click();
  for (const page of phones) await expect(page.locator('.live-phone')).toHaveAttribute('data-phase', 'closed');
});
