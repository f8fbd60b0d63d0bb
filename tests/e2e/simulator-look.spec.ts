/**
 * The simulator's look (issue 16): every platform skin used by a lesson, with the settings menu open
 * and a role shown, passes axe in both colour schemes; and on a 390 px phone the ending card (how the
 * run went, endings found, what to try next) fits the debrief's first screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { de } from '../../src/i18n/de.ts';
import { loadContentScenario, pathsToEndings, simulatorPages } from './scenario-paths.ts';
import { clickChoice, openSimulator, settle } from './simulator.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One German practice lesson per platform that the lessons use. */
const byPlatform = new Map<string, { url: string; scenarioId: string }>();
for (const page of simulatorPages().filter((p) => p.locale === 'de' && p.mode === 'practice')) {
  const platform = loadContentScenario(page.scenarioId).platform;
  if (platform && !byPlatform.has(platform)) byPlatform.set(platform, page);
}

/** A path to the scenario's candystorm ending, else to its first ending. */
function bestEndingPath(scenarioId: string): string[] {
  const scenario = loadContentScenario(scenarioId);
  const paths = [...pathsToEndings(scenario)];
  const candy = paths.find(([id]) => {
    const node = scenario.nodes[id];
    return node?.type === 'ending' && node.outcome === 'candystorm';
  });
  return (candy ?? paths[0]!)[1];
}

async function axe(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).include('.sim').withTags(WCAG_TAGS).analyze();
  expect(results.violations).toEqual([]);
}

async function play(page: Page, sim: Locator, path: readonly string[]): Promise<void> {
  for (const id of path) await clickChoice(sim, id);
  await expect(sim.getByTestId('ending')).toBeVisible();
  await settle(page);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`every platform skin, with the settings menu open and a role shown, passes axe (${scheme})`, async ({ page }) => {
      expect(byPlatform.size).toBeGreaterThan(1);
      for (const [platform, lesson] of byPlatform) {
        const sim = await openSimulator(page, lesson.url, lesson.scenarioId);
        await expect(sim).toHaveAttribute('data-platform', platform);
        await sim.getByRole('button', { name: de['settings.open'] }).click();
        await sim.locator('button.sim-who-name').first().click();
        await clickChoice(sim, bestEndingPath(lesson.scenarioId)[0]!);
        await settle(page);
        await axe(page);
      }
    });
  });
}

test('on a 390 px phone the ending card fits the first screen; the opened review passes axe in dark mode', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', colorScheme: 'dark' });
  const page = await context.newPage();
  const lesson = byPlatform.get('whatsapp') ?? [...byPlatform.values()][0]!;
  const sim = await openSimulator(page, lesson.url, lesson.scenarioId);
  await play(page, sim, bestEndingPath(lesson.scenarioId));
  const heading = sim.getByTestId('ending').locator('h3').first();
  await expect(heading).toBeFocused();
  // What the learner sees once focus has brought the ending into view: all of the card.
  const card = sim.getByTestId('ending-card');
  for (const part of [heading, card.getByTestId('overall'), card.getByTestId('endings-found'), card.getByTestId('play-again')]) {
    await expect(part).toBeInViewport({ ratio: 1 });
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await sim.getByTestId('review').locator('summary').click();
  await expect(sim.getByTestId('your-path')).toBeVisible();
  await axe(page);
  await context.close();
});
