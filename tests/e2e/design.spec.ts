/**
 * The look of issue 16: the home page's first action and per-module progress come from what this
 * browser stored while playing; and the colour system passes axe in dark mode as in light mode
 * (site.spec.ts runs axe on every page in the light scheme) on one page of each type.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { fill } from '../../src/i18n/translate.ts';
import { progressKey } from '../../src/stores/simulator-store.ts';
import { loadContentScenario, pathsToEndings, simulatorPages } from './scenario-paths.ts';
import { clickChoice, openSimulator } from './simulator.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('home page progress', () => {
  const page4 = simulatorPages().find((p) => p.locale === 'de' && p.mode === 'practice')!;
  const scenario = loadContentScenario(page4.scenarioId);
  const endingCount = Object.values(scenario.nodes).filter((n) => n.type === 'ending').length;

  test('a first visit offers module 1; after one ending the card counts it and "continue" leads back to the module', async ({ page }) => {
    await page.goto('/');
    const action = page.locator('[data-first-action]');
    await expect(action).toHaveText(de['home.startFirst']);
    await expect(page.locator('[data-progress]').first()).toHaveText(de['home.progressNone']);

    const [, path] = [...pathsToEndings(scenario)][0]!;
    const sim = await openSimulator(page, page4.url, page4.scenarioId);
    for (const id of path) await clickChoice(sim, id);
    await expect(sim.getByTestId('ending')).toBeVisible();

    await page.goto('/');
    const card = page.locator(`.module-card:has(a[href="${page4.url}"])`);
    const moduleNumber = await card.getAttribute('data-module');
    const scenariosOfModule = JSON.parse((await card.getAttribute('data-scenarios'))!) as { endingIds: string[] }[];
    const total = scenariosOfModule.reduce((n, s) => n + s.endingIds.length, 0);
    expect(total).toBeGreaterThanOrEqual(endingCount);
    await expect(card.locator('[data-progress]')).toContainText(fill(de['home.progressEndings'], { found: 1, total }));
    await expect(action).toHaveText(fill(de['home.continue'], { n: moduleNumber! }));
    await expect(action).toHaveAttribute('href', page4.url);
  });

  test('broken storage leaves the page as served', async ({ page }) => {
    await page.goto('/en/');
    await page.evaluate((key) => localStorage.setItem(key, '{"state":{"finished":[{"endingId":7}],"path":"x"}'), progressKey(scenario.id));
    await page.reload();
    await expect(page.locator('[data-first-action]')).toHaveText(en['home.startFirst']);
    await expect(page.locator('[data-progress]').first()).toHaveText(en['home.progressNone']);
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  const lesson = simulatorPages().find((p) => p.locale === 'en' && p.mode === 'practice')!;
  for (const path of ['/', '/en/', '/glossar/', '/en/help/', '/module/', '/trainer/', lesson.url]) {
    test(`axe finds no WCAG 2.2 AA violations on ${path} in the dark colour scheme`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations).toEqual([]);
    });
  }

  test('the simulator mid-run and its feedback pass axe in the dark colour scheme', async ({ page }) => {
    const scenario = loadContentScenario(lesson.scenarioId);
    const [, path] = [...pathsToEndings(scenario)][0]!;
    const sim = await openSimulator(page, lesson.url, lesson.scenarioId);
    await clickChoice(sim, path[0]!);
    await expect(sim.getByTestId('feedback')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('.sim').withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
});
