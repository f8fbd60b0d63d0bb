import { expect, test } from '@playwright/test';
import { analyseScenario, replay, scoreRun } from '../../src/engine/index.ts';
import { loadContentScenario, pathsToEndings, simulatorPages } from './scenario-paths.ts';
import { clickChoice, openSimulator, pressChoice } from './simulator.ts';

for (const { url, locale, scenarioId } of simulatorPages()) {
  const scenario = loadContentScenario(scenarioId);
  const extremes = analyseScenario(scenario).extremes!;
  const endings = pathsToEndings(scenario);

  test.describe(`${scenarioId} on ${url}`, () => {
    test('every ending of the scenario can be reached', () => {
      const endingIds = Object.entries(scenario.nodes).filter(([, n]) => n.type === 'ending').map(([id]) => id);
      expect([...endings.keys()].sort()).toEqual(endingIds.sort());
    });

    for (const [endingId, path] of endings) {
      test(`reaches the ending "${endingId}" by mouse and shows the engine's scores`, async ({ page }) => {
        const sim = await openSimulator(page, url);
        for (const choiceId of path) {
          await clickChoice(sim, choiceId);
          await expect(sim.getByTestId('feedback')).toBeVisible();
        }
        const ending = sim.getByTestId('ending');
        await expect(ending).toHaveAttribute('data-ending', endingId);
        await expect(ending).toContainText((scenario.nodes[endingId] as { title: Record<string, string> }).title[locale]!);
        const run = replay(scenario, path);
        if (!run.ok) throw new Error(run.error);
        const score = scoreRun(scenario, run.run, extremes);
        await expect(sim.getByTestId('overall')).toContainText(String(score.overall));
        for (const [dimension, value] of Object.entries(score.dimensions)) {
          await expect(ending.locator(`[data-dimension="${dimension}"]`)).toContainText(String(value.percent));
        }
      });
    }

    test('plays to an ending with the keyboard alone, focus following each move', async ({ page }) => {
      const [endingId, path] = [...endings.entries()].at(-1)!;
      const sim = await openSimulator(page, url);
      await page.keyboard.press('Tab');
      for (const choiceId of path) {
        await pressChoice(page, sim, choiceId);
        if (choiceId !== path.at(-1)) await expect(sim.getByTestId('feedback').locator('h3')).toBeFocused();
      }
      await expect(sim.getByTestId('ending')).toHaveAttribute('data-ending', endingId);
      await expect(sim.getByTestId('ending').locator('h3')).toBeFocused();
    });
  });
}
