import { expect, test } from '@playwright/test';
import { analyseScenario, replay, scoreRun } from '../../src/engine/index.ts';
import { loadContentScenario, pathsToEndings, simulatorPages } from './scenario-paths.ts';
import { clickChoice, openSimulator, pressChoice } from './simulator.ts';

// Every scenario on every lesson page, to every ending, each ending played once: by mouse or by
// keyboard alone, in German or in English, the four ways taking turns from ending to ending (so every
// scenario with four endings sees all four, and each language both ways). Playing each ending twice
// or four times cost a third of CI's time budget and found nothing once did not: the engine and the
// texts of both languages are checked without a browser (tests/unit, check:content).
const WAYS = [
  { locale: 'de', byMouse: true },
  { locale: 'en', byMouse: false },
  { locale: 'de', byMouse: false },
  { locale: 'en', byMouse: true },
] as const;

for (const { url, locale, scenarioId, mode } of simulatorPages()) {
  const scenario = loadContentScenario(scenarioId);
  const extremes = analyseScenario(scenario).extremes!;
  const endings = pathsToEndings(scenario);

  test.describe(`${scenarioId} on ${url}`, () => {
    test('every ending of the scenario can be reached', () => {
      const endingIds = Object.entries(scenario.nodes).filter(([, n]) => n.type === 'ending').map(([id]) => id);
      expect([...endings.keys()].sort()).toEqual(endingIds.sort());
    });

    for (const [index, [endingId, path]] of [...endings].entries()) {
      const way = WAYS[index % WAYS.length]!;
      if (way.locale !== locale) continue;
      const byMouse = way.byMouse;
      if (byMouse) test(`reaches the ending "${endingId}" by mouse and shows the engine's scores`, async ({ page }) => {
        const sim = await openSimulator(page, url, scenarioId);
        for (const choiceId of path) {
          await clickChoice(sim, choiceId);
          if (mode === 'practice' && choiceId !== path.at(-1)) await expect(sim.getByTestId('feedback')).toBeVisible();
          if (mode === 'test') await expect(sim.getByTestId('feedback')).toHaveCount(0);
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
        await expect(sim.getByTestId('your-path').locator('[data-step]')).toHaveCount(path.length);
      });

      if (!byMouse) test(`reaches the ending "${endingId}" with the keyboard alone, focus following each move`, async ({ page }) => {
        const sim = await openSimulator(page, url, scenarioId);
        for (const choiceId of path) {
          await pressChoice(page, sim, choiceId);
          if (choiceId === path.at(-1)) break;
          const expected = mode === 'practice' ? sim.getByTestId('feedback').locator('h3') : sim.locator('.sim-choices h3');
          await expect(expected).toBeFocused();
        }
        await expect(sim.getByTestId('ending')).toHaveAttribute('data-ending', endingId);
        await expect(sim.getByTestId('ending').locator('h3')).toBeFocused();
      });
    }
  });
}
