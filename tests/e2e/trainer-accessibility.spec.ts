/**
 * The server-rendered trainer pages in both languages, as site.spec.ts and accessibility.spec.ts
 * check the prerendered ones: html lang and the language switch, axe (WCAG 2.2 AA), the skip link,
 * and a Tab walk in which every focusable element shows a visible focus ring.
 *
 * Pages: sign-in (also with an error from a failed sign-in), the trainer home, a class with a learner
 * and a run, that learner's page, the "not found" page of a class that is not the trainer's, and the
 * join page as a member sees it after joining (its first state is prerendered and checked elsewhere).
 * The data is made over the API (one trainer from scripts/trainer.ts, as operators do); this file
 * starts its own server (tests/support/api-server.ts) and its tests share it.
 */
import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Locale } from '../../src/engine/index.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { trainerDe } from '../../src/i18n/trainer-de.ts';
import { trainerEn } from '../../src/i18n/trainer-en.ts';
import { classSettingsUrl, classUrl, learnerUrl, projectorUrl, qrPageUrl, trainerHomeUrl } from '../../src/components/trainer/trainer-pages.ts';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { expectVisibleFocus, tabThroughPage } from './focus.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';

test.describe.configure({ mode: 'serial', timeout: 60_000 });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const EMAIL = 'a11y@example.org';
const PASSWORD = 'korrekt-pferd-batterie';
const SCENARIO_ID = 'paket-verspaetet';
const strings = { de, en } as const;
const trainerStrings = { de: trainerDe, en: trainerEn } as const;

let server: ApiServer;
let session = '';
let classId = '';
let learnerId = '';
let joinCode = '';

test.beforeAll(async () => {
  // The path first: a long pause between requests outlasts the server's keep-alive (5 s), and a
  // request on a socket the server is just closing fails.
  const scenario = loadContentScenario(SCENARIO_ID);
  const path = [...pathsToEndings(scenario).values()][0]!;
  server = await startApiServer('sqlite');
  await createTrainer(server.env, EMAIL, PASSWORD);
  const cookie = await signIn(server.url, EMAIL, PASSWORD);
  session = cookie.slice(cookie.indexOf('=') + 1);
  const created = await api(server.url, '/api/classes', { json: { name: '9c Deutsch' }, cookie });
  expect(created.status, created.text).toBe(201);
  classId = created.json.class.id;
  joinCode = created.json.class.joinCode;
  expect((await api(server.url, `/api/classes/${classId}/assignments`, { json: { module: 4, mode: 'practice' }, cookie })).status).toBe(201);
  const joined = await api(server.url, '/api/join', { json: { code: created.json.class.joinCode, pseudonym: 'Grüne Eule' } });
  expect(joined.status, joined.text).toBe(201);
  learnerId = joined.json.learner.id;
  const run = await api(server.url, '/api/runs', {
    json: { id: randomUUID(), scenarioId: SCENARIO_ID, scenarioVersion: scenario.version, path, finishedAt: new Date().toISOString() },
    bearer: joined.json.token,
  });
  expect(run.status, run.text).toBe(201);
});

test.afterAll(async () => {
  await server?.dispose();
});

async function openAs(browser: Browser, signedIn: boolean, path: string, status = 200): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  if (signedIn) await context.addCookies([{ name: 'cs_session', value: session, url: server.url }]);
  const page = await context.newPage();
  const response = await page.goto(`${server.url}${path}`);
  expect(response?.status(), path).toBe(status);
  return page;
}

/** Everything this file checks on one page, from a fresh load. */
async function sweep(page: Page, locale: Locale, what: string, ready: (page: Page) => Promise<void> = async () => {}): Promise<void> {
  await ready(page);
  const other = locale === 'de' ? 'en' : 'de';
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  const switchLink = page.getByRole('navigation', { name: strings[locale]['nav.language'] }).getByRole('link');
  await expect(switchLink).toHaveAttribute('lang', other);
  await expect(switchLink).toHaveAttribute('hreflang', other);

  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations, `axe on ${what}`).toEqual([]);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: strings[locale]['nav.skip'] })).toBeFocused();
  await expectVisibleFocus(page, 'skip link');
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await expectVisibleFocus(page, 'main after the skip link');

  // Afresh, without the #main the skip link added (the walk starts at the top of the page).
  await page.goto(page.url().replace(/#.*$/, ''));
  await ready(page);
  const visited = await tabThroughPage(page);
  test.info().annotations.push({ type: `focusable elements on ${what}`, description: String(visited) });
}

for (const locale of ['de', 'en'] as const) {
  const t = trainerStrings[locale];

  test(`${locale} sign-in page, and with the error of a failed sign-in`, async ({ browser }) => {
    const page = await openAs(browser, false, trainerHomeUrl(locale));
    await expect(page.getByRole('heading', { name: t['trainer.signIn.title'] })).toBeVisible();
    await sweep(page, locale, 'the sign-in page');

    await page.getByLabel(t['trainer.email']).fill(EMAIL);
    await page.getByLabel(t['trainer.passwordLabel'], { exact: true }).fill('wrong-password-123');
    await page.getByRole('button', { name: t['trainer.signIn.submit'], exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    // The API sends only the code; the page says it in its own language, and only then.
    await expect(alert).toContainText(locale === 'de' ? 'E-Mail oder Passwort stimmt nicht.' : 'E-mail or password is wrong.');
    expect(page.url()).toMatch(/\?error=sign-in-invalid$/);
    await expect(alert.locator('[lang]')).toHaveCount(0);
    await sweep(page, locale, 'the sign-in page with an error');
    await page.context().close();
  });

  test(`${locale} sign-in page with ?error= text of anyone's making shows only the generic message`, async ({ browser }) => {
    const page = await openAs(browser, false, `${trainerHomeUrl(locale)}?error=${encodeURIComponent('Call +49 000 now: your account is locked')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(locale === 'de' ? 'Bitte versuch es noch einmal.' : 'Please try again.');
    await expect(alert).not.toContainText('locked');
    await page.context().close();
  });

  test(`${locale} trainer home, signed in`, async ({ browser }) => {
    const page = await openAs(browser, true, trainerHomeUrl(locale));
    await expect(page.getByText(t['trainer.home.signedInAs'].replace('{email}', EMAIL))).toBeVisible();
    await sweep(page, locale, 'the trainer home');
    await page.context().close();
  });

  test(`${locale} class page with a learner and a run`, async ({ browser }) => {
    const page = await openAs(browser, true, classUrl(locale, classId));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('9c Deutsch');
    await expect(page.getByRole('link', { name: 'Grüne Eule' })).toBeVisible();
    await sweep(page, locale, 'the class page');
    await page.context().close();
  });

  test(`${locale} projector view: no names unless shown, nothing to change or delete, charts drawn on the server`, async ({ browser }) => {
    const page = await openAs(browser, true, projectorUrl(locale, classId));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('9c Deutsch');
    await expect(page.getByText('Grüne Eule')).toHaveCount(0);
    await expect(page.locator('main button, main form')).toHaveCount(0);
    // One chart for the endings of the played scenario and one per decision of the first run.
    const charts = page.locator('main svg[role="img"]');
    expect(await charts.count()).toBeGreaterThan(1);
    await expect(charts.first().locator('title')).toHaveText(t['trainer.projector.endings']);
    await sweep(page, locale, 'the projector view');
    await page.getByRole('link', { name: t['trainer.projector.showNames'] }).click();
    await expect(page.getByRole('rowheader', { name: 'Grüne Eule' })).toBeVisible();
    await expect(page.locator('main button, main form')).toHaveCount(0);
    await sweep(page, locale, 'the projector view with names');
    await page.context().close();
  });

  test(`${locale} QR page: class name, code and short address in large type`, async ({ browser }) => {
    const page = await openAs(browser, true, qrPageUrl(locale, classId));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('9c Deutsch');
    await expect(page.locator('dd.code [aria-hidden="true"]')).toHaveText(joinCode);
    await expect(page.getByText(new RegExp(`/${locale === 'de' ? 'beitreten' : 'en/join'}/$`))).toBeVisible();
    const size = await page.locator('dd.code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await sweep(page, locale, 'the QR page');
    await page.context().close();
  });

  test(`${locale} class settings: destructive actions, each behind a confirmation`, async ({ browser }) => {
    const page = await openAs(browser, true, classSettingsUrl(locale, classId));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['trainer.settings.heading'].replace('{name}', '9c Deutsch'));
    // Every form that deletes or removes asks first: a required confirmation box.
    const destructive = page.locator('form:has(input[name="_action"][value="delete"])');
    expect(await destructive.count()).toBeGreaterThan(1);
    for (const form of await destructive.all()) await expect(form.locator('input[type="checkbox"][name="confirm"][required]')).toHaveCount(1);
    // So does making the join code invalid (a new code): the class can no longer join with the old one.
    const newCode = page.locator('form[action$="/join-code"]');
    await expect(newCode.locator('input[type="checkbox"][name="confirm"][required]')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: t['trainer.settings.joinCode'] })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Grüne Eule' })).toBeVisible();
    await sweep(page, locale, 'the class settings');
    await page.context().close();
  });

  test(`${locale} learner page`, async ({ browser }) => {
    const page = await openAs(browser, true, learnerUrl(locale, classId, learnerId));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Grüne Eule');
    await expect(page.getByRole('article')).toHaveCount(1);
    await sweep(page, locale, 'the learner page');
    await page.context().close();
  });

  test(`${locale} "not found" page of a class that is not the trainer's`, async ({ browser }) => {
    const page = await openAs(browser, true, classUrl(locale, randomUUID()), 404);
    await expect(page.getByRole('heading', { name: t['trainer.notFound.title'] })).toBeVisible();
    await sweep(page, locale, 'the trainer 404 page');
    await page.context().close();
  });
}

for (const locale of ['de', 'en'] as const) {
  test(`${locale} join page after joining a class`, async ({ browser }) => {
    const t = strings[locale];
    const page = await openAs(browser, false, `${locale === 'de' ? '/beitreten/' : '/en/join/'}?code=${encodeURIComponent(joinCode)}`);
    await expect(page.locator('div.join')).toHaveAttribute('data-live', '');
    await page.getByLabel(t['learner.pseudonym']).fill(`Gast ${locale}`);
    // Submitted from the keyboard: focus moved by script then shows its ring (after a click it need not).
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: t['learner.member.welcome'].replace('{className}', '9c Deutsch') })).toBeFocused();
    await expectVisibleFocus(page, 'the welcome heading after joining');
    await page.goto(page.url().replace(/\?.*$/, ''));
    await expect(page.getByRole('heading', { name: t['learner.member.title'].replace('{className}', '9c Deutsch') })).toBeVisible();
    // The member view loads the class's assignments after hydration: walk it once they are listed.
    const ready = async (p: Page) => {
      await expect(p.locator('div.join')).toHaveAttribute('data-live', '');
      await expect(p.getByRole('link', { name: locale === 'de' ? /\(Modul 4: Deeskalieren\)$/ : /\(Module 4: De-escalation\)$/ }).first()).toBeVisible();
    };
    await sweep(page, locale, 'the join page of a member', ready);
    await page.context().close();
  });
}
