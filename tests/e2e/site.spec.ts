import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { simulatorPages } from './scenario-paths.ts';
import { builtPages } from './built-pages.ts';
import { clickChoice, openSimulator } from './simulator.ts';

test('the German home page says what Candystorm is and leads to the modules', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('.module-card')).toHaveCount(10);
  const modules = page.locator('.module-card a.module-link');
  await expect(modules.first()).toBeVisible();
  await modules.first().click();
  await expect(page.locator('.sim').first()).toBeAttached();
});

test('the language switch leads to the same page in the other language', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const { url: enUrl } = simulatorPages().find((p) => p.locale === 'en')!;
  await page.goto(enUrl);
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.locator('.sim').first()).toBeAttached();
});

test('an unknown address answers 404 with a way home', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: /Startseite/ })).toBeVisible();
});

test('new comments are announced in a polite live region after a move', async ({ page }) => {
  const { url } = simulatorPages()[0]!;
  const sim = await openSimulator(page, url);
  const first = sim.locator('button[data-choice]').first();
  await clickChoice(sim, (await first.getAttribute('data-choice'))!);
  const announcer = sim.getByTestId('announcer');
  await expect(announcer).toHaveAttribute('aria-live', 'polite');
  await expect(announcer).not.toBeEmpty();
});

// Every built page, each page type in both languages: home, overview, glossary, lessons, trainer notes.
for (const path of builtPages()) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations).toEqual([]);
    // Lesson pages hold a simulator; trainer notes, worksheets and the overview do not.
    if (path.includes('/module/') && !/\/(trainer|arbeitsblatt|worksheet)\/$/.test(path) && !/\/module\/$/.test(path)) {
      await expect(page.locator('.sim').first()).toBeAttached();
    }
  });
}

// Islands are rendered on the server and hydrated from the page's inline script: a mismatch between
// the two, or a script error, shows up in the console.
for (const path of ['/module/deeskalieren/', '/en/module/de-escalation/', '/beitreten/', '/en/join/']) {
  test(`${path} hydrates its islands without a console error`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path);
    const islands = page.locator('[data-island]');
    expect(await islands.count()).toBeGreaterThan(0);
    for (const island of await islands.all()) await expect(island.locator(':scope > [data-live]')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
}

// The page, its data and its code come in one response: nothing else is fetched before the
// simulator answers clicks (the favicon aside), so a slow network costs one round trip, not four.
test('a lesson is live after a single request', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/module/deeskalieren/');
  await expect(page.locator('.sim').first()).toHaveAttribute('data-live', '');
  expect(requests.filter((path) => path !== '/favicon.svg')).toEqual(['/module/deeskalieren/']);
});

// Pages without an interactive part ship no JavaScript at all (data in JSON script elements aside).
// Interactive parts: an island, the home page's progress per module (data-module-list), or the
// LTI launch's hand-over page (data-lti-start, /lti/start/), which stores the learner's membership.
test('pages without an island ship no script', () => {
  const dist = join(import.meta.dirname, '..', '..', 'dist', 'client');
  const withScripts = builtPages()
    .map((path) => ({ path, html: readFileSync(join(dist, path, 'index.html'), 'utf8') }))
    .filter(({ html }) => !html.includes('data-island=') && !html.includes('data-module-list') && !html.includes('data-lti-start'))
    .filter(({ html }) => [...html.matchAll(/<script\b([^>]*)>/g)].some((m) => !/type="application\/(ld\+)?json"/.test(m[1]!)))
    .map(({ path }) => path);
  expect(builtPages().length).toBeGreaterThan(40);
  expect(withScripts).toEqual([]);
});
