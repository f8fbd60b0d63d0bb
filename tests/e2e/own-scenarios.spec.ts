/**
 * Trainers' own scenarios end to end in a real Chromium, through the pages only (the trainer
 * accounts come from scripts/trainer.ts, the classes from the API): trainer A opens a copy of a
 * published scenario, breaks it and sees the error at its line, fixes it, saves it and assigns it to
 * the class; a learner of A's class follows the assignment to its play page, plays it, and the run
 * reaches A's dashboard; trainer B and B's learner
 * neither see nor play it. axe and the W3C HTML checker run on the new pages in both languages.
 * This file starts its own server (tests/support/api-server.ts); its tests run in order.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Locale } from '../../src/engine/index.ts';
import { de } from '../../src/i18n/de.ts';
import { trainerDe } from '../../src/i18n/trainer-de.ts';
import { classUrl } from '../../src/components/trainer/trainer-pages.ts';
import { SCENARIO_PATHS, SCENARIO_WORDS, playUrl } from '../../src/i18n/trainer-scenarios-words.ts';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { describeErrors, validateHtmlFiles } from '../support/vnu.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PUBLISHED = 'paket-verspaetet';
const PASSWORD = 'korrekt-pferd-batterie';
const words = SCENARIO_WORDS;
const path = [...pathsToEndings(loadContentScenario(PUBLISHED)).values()][0]!;

let server: ApiServer;
const trainer = { a: { cookie: '', classId: '', joinCode: '' }, b: { cookie: '', classId: '', joinCode: '' } };
let ownId = '';

test.beforeAll(async () => {
  server = await startApiServer('sqlite');
  for (const [key, email] of [['a', 'eigene-a@example.org'], ['b', 'eigene-b@example.org']] as const) {
    await createTrainer(server.env, email, PASSWORD);
    const cookie = await signIn(server.url, email, PASSWORD);
    const created = await api(server.url, '/api/classes', { json: { name: `Klasse ${key.toUpperCase()}` }, cookie });
    expect(created.status, created.text).toBe(201);
    trainer[key] = { cookie, classId: created.json.class.id, joinCode: created.json.class.joinCode };
  }
});

test.afterAll(async () => {
  await server?.dispose();
});

async function contextOf(browser: Browser, who: 'a' | 'b' | 'nobody'): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  if (who !== 'nobody') {
    const value = trainer[who].cookie.slice(trainer[who].cookie.indexOf('=') + 1);
    await context.addCookies([{ name: 'cs_session', value, url: server.url }]);
  }
  return context.newPage();
}

async function axe(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations, `axe on ${what}`).toEqual([]);
}

/** Joins `joinCode` on the join page, as a learner does; the membership stays in the page's storage. */
async function joinAsLearner(page: Page, joinCode: string, className: string, pseudonym: string): Promise<void> {
  await page.goto(`${server.url}/beitreten/?code=${encodeURIComponent(joinCode)}`);
  await expect(page.locator('div.join')).toHaveAttribute('data-live', '');
  await page.getByLabel(de['learner.pseudonym']).fill(pseudonym);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: de['learner.member.welcome'].replace('{className}', className) })).toBeVisible();
}

test('trainer A copies a published scenario, breaks it, sees the error at its line, fixes it and saves it', async ({ browser }) => {
  const page = await contextOf(browser, 'a');
  await page.goto(`${server.url}${SCENARIO_PATHS.list.de}`);
  await axe(page, 'the scenario list (de)');
  await page.getByRole('link', { name: `${words.de.openCopy}: ` }).and(page.locator(`[href*="from=${PUBLISHED}"]`)).click();
  const editor = page.getByLabel(words.de.yamlLabel);
  const copy = await editor.inputValue();
  ownId = /^id: (.+)$/m.exec(copy)![1]!;
  expect(ownId).toMatch(new RegExp(`^${PUBLISHED}-kopie-[a-z0-9]{4}$`));

  // Broken: a route to a node that does not exist.
  const target = /^(\s+next: )([a-z0-9-]+)$/m.exec(copy)!;
  const brokenLine = copy.slice(0, target.index).split('\n').length;
  await editor.fill(copy.replace(target[0], `${target[1]}nirgendwo`));
  await page.getByRole('button', { name: words.de.check }).click();
  await expect(page.getByText(words.de.errorsCount.replace('{count}', '1'))).toBeVisible();
  const lineLink = page.getByRole('link', { name: words.de.line.replace('{line}', String(brokenLine)) });
  await expect(lineLink).toBeVisible();
  await lineLink.click();
  const line = page.locator(`#yaml-line-${brokenLine}`);
  await expect(line).toBeInViewport();
  await expect(line.locator('pre')).toHaveText(`${target[1]}nirgendwo`);
  await expect(line.locator('.line-problem')).toContainText('nirgendwo');
  await axe(page, 'the editor with an error (de)');
  // Saving a broken scenario is refused with words in the page's language, and the text stays.
  await page.getByRole('button', { name: words.de.save }).click();
  await expect(page.getByRole('alert')).toContainText('Fehler und wurde nicht gespeichert');
  await expect(editor).toHaveValue(/nirgendwo/);

  // Fixed, with a title of its own, and saved.
  await editor.fill(copy.replace(/^(title:\n\s+de: ).*$/m, '$1"Unsere Paketgeschichte"'));
  await page.getByRole('button', { name: words.de.save }).click();
  await expect(page.getByRole('status').filter({ hasText: words.de.saved.replace('{version}', '1').replace('{id}', ownId) })).toBeVisible();
  await expect(page.getByRole('heading', { name: words.de.mapHeading })).toBeVisible();
  await expect(page.locator('.map-scroll svg')).toBeVisible();
  const sim = page.locator(`.sim[data-scenario="${ownId}"]`);
  await expect(sim).toHaveAttribute('data-live', '');
  await clickChoice(sim, path[0]!);
  await axe(page, 'the editor after saving, with map and simulator (de)');
  await page.context().close();
});

test('trainer A assigns it to the class on the class page', async ({ browser }) => {
  const page = await contextOf(browser, 'a');
  await page.goto(`${server.url}${classUrl('de', trainer.a.classId)}`);
  // The form to assign is folded away on the class page (it stays short while teaching).
  await page.getByText(trainerDe['trainer.assign.add'], { exact: true }).click();
  await page.getByLabel(trainerDe['trainer.assign.scenario']).selectOption(ownId);
  await page.getByRole('button', { name: trainerDe['trainer.assign.submit'] }).click();
  await expect(page.getByRole('status').filter({ hasText: trainerDe['trainer.done.assigned'] })).toBeVisible();
  const dashboard = await api(server.url, `/api/classes/${trainer.a.classId}`, { cookie: trainer.a.cookie });
  expect(dashboard.json.assignments.map((a: { scenarioId: string }) => a.scenarioId)).toEqual([ownId]);
  // The list with one's own scenario (edit, download, play link, delete) in the other language.
  await page.goto(`${server.url}${SCENARIO_PATHS.list.en}`);
  await expect(page.getByRole('button', { name: `${words.en.delete}: ` })).toHaveCount(1);
  await axe(page, 'the scenario list with an own scenario (en)');
  await page.context().close();
});

test('a learner of A\'s class plays it on its play page, and the run reaches A\'s dashboard', async ({ browser }) => {
  const page = await contextOf(browser, 'nobody');
  await joinAsLearner(page, trainer.a.joinCode, 'Klasse A', 'Rote Amsel');
  // The class's assignments on the join page lead to the scenario's play page.
  await page.getByRole('link', { name: new RegExp(ownId) }).click();
  await expect(page).toHaveURL(`${server.url}${playUrl('de', ownId)}`);
  const sim = page.locator(`.sim[data-scenario="${ownId}"]`);
  await expect(sim).toHaveAttribute('data-live', '');
  await expect(sim.getByRole('heading', { level: 2 })).toContainText('Unsere Paketgeschichte');
  for (const choice of path) await clickChoice(sim, choice);
  await axe(page, 'the play page after a run (de)');
  await expect
    .poll(async () => {
      const dashboard = await api(server.url, `/api/classes/${trainer.a.classId}`, { cookie: trainer.a.cookie });
      const learner = (dashboard.json.learners as { id: string; pseudonym: string }[]).find((l) => l.pseudonym === 'Rote Amsel');
      if (!learner) return [];
      const detail = await api(server.url, `/api/classes/${trainer.a.classId}/learners/${learner.id}`, { cookie: trainer.a.cookie });
      return (detail.json.runs as { scenario_id: string; scenario_version: number }[]).map((r) => [r.scenario_id, r.scenario_version]);
    }, { timeout: 20_000 })
    .toEqual([[ownId, 1]]);
  await page.context().close();
});

test('trainer B neither sees nor opens it, and B\'s learner cannot play it', async ({ browser }) => {
  const page = await contextOf(browser, 'b');
  await page.goto(`${server.url}${SCENARIO_PATHS.list.en}`);
  await expect(page.getByRole('heading', { name: words.en.ownHeading })).toBeVisible();
  await expect(page.getByText(words.en.noOwn)).toBeVisible();
  await expect(page.getByText(ownId)).toHaveCount(0);
  await axe(page, 'the scenario list (en)');
  const response = await page.goto(`${server.url}${SCENARIO_PATHS.edit.en}?id=${ownId}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(words.en.notFoundText)).toBeVisible();
  expect(await page.content()).not.toContain('Unsere Paketgeschichte');
  await page.context().close();

  const learner = await contextOf(browser, 'nobody');
  await joinAsLearner(learner, trainer.b.joinCode, 'Klasse B', 'Grauer Dachs');
  await learner.goto(`${server.url}${playUrl('en', ownId)}`);
  await expect(learner.getByRole('alert')).toHaveText(words.en.playNotFound);
  await expect(learner.locator('.sim')).toHaveCount(0);
  await axe(learner, 'the play page refusing (en)');
  await learner.context().close();
});

test('the new pages are valid HTML in both languages (W3C Nu checker)', async () => {
  const broken = (await api(server.url, `/api/trainer-scenarios/${ownId}`, { cookie: trainer.a.cookie })).text.replace(/^(\s+next: )[a-z0-9-]+$/m, '$1nirgendwo');
  const pages: { path: string; form?: Record<string, string> }[] = [];
  for (const locale of ['de', 'en'] as Locale[]) {
    pages.push({ path: SCENARIO_PATHS.list[locale] }, { path: `${SCENARIO_PATHS.edit[locale]}?id=${ownId}` }, { path: `${SCENARIO_PATHS.edit[locale]}?template=1` });
    pages.push({ path: SCENARIO_PATHS.edit[locale], form: { yaml: broken, action: 'check' } }, { path: playUrl(locale, ownId) });
  }
  const dir = mkdtempSync(join(tmpdir(), 'candystorm-vnu-own-'));
  const files = await Promise.all(
    pages.map(async ({ path: p, form }, i) => {
      const res = await api(server.url, p, { cookie: trainer.a.cookie, ...(form ? { form } : {}) });
      expect(res.status, `${p}: ${res.text.slice(0, 200)}`).toBe(200);
      const file = join(dir, `${i}${p.replace(/[^a-z0-9]+/gi, '-')}.html`);
      writeFileSync(file, res.text);
      return file;
    }),
  );
  const errors = [...validateHtmlFiles(files)].flatMap(([file, messages]) => describeErrors(messages).map((m) => `${file}: ${m}`));
  expect(errors).toEqual([]);
});
