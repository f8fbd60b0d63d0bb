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

// axe, hydration and console errors on every built page: accessibility.spec.ts (one load per page).

// The page, its data and its code come in one response: nothing else is fetched before the
// simulator answers clicks (the favicon aside), so a slow network costs one round trip, not four.
test('a lesson is live after a single request', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/module/deeskalieren/');
  await expect(page.locator('.sim').first()).toHaveAttribute('data-live', '');
  expect(requests.filter((path) => path !== '/favicon.svg')).toEqual(['/module/deeskalieren/']);
});

// Lesson pages and the other pages with an island each get a script of their own (LessonIsland.astro,
// ReactIsland.astro, src/build/island-bundles.mjs): the other one is a single request as well.
test('a page with a non-lesson island is live after a single request too', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/beitreten/');
  await expect(page.locator('[data-island="JoinForm"] > [data-live]')).toHaveCount(1);
  expect(requests.filter((path) => path !== '/favicon.svg')).toEqual(['/beitreten/']);
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
