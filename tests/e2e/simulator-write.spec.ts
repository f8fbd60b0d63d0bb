/**
 * Write decisions in a real Chromium against the built site, by keyboard alone, in German and
 * English: play choices to the first write decision of a lesson's scenario, find the reply box from
 * the choices ("write your own reply"), write and send, then play on to an ending (writing again at
 * any further write decision) and check that the debrief shows the learner's own words marked. Axe
 * runs on the simulator at the write decision and with the written feedback.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { choicesNow, choose, startRun, writeNow, type Run, type Scenario } from '../../src/engine/index.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { loadContentScenario, simulatorPages } from './scenario-paths.ts';
import { openSimulator, pressChoice, settle } from './simulator.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const strings = { de, en } as const;
const REPLY = {
  de: 'Ich verstehe deinen Ärger, das tut mir leid. Schreib uns bitte heute per DM, dann klären wir das.',
  en: "I understand why you're annoyed, and I'm sorry. Please DM us today and we'll sort it out.",
} as const;

/** The shortest path of choice ids from the start to a write decision, or undefined. */
function pathToWrite(scenario: Scenario): string[] | undefined {
  const queue: Run[] = [startRun(scenario)];
  const seen = new Set<string>();
  while (queue.length) {
    const run = queue.shift()!;
    if (writeNow(scenario, run)) return run.steps.map((s) => s.choiceId);
    for (const choice of choicesNow(scenario, run)) {
      const next = choose(scenario, run, choice.id);
      if (!next.ok || next.run.ended) continue;
      const key = `${next.run.nodeId}|${JSON.stringify(next.run.state)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      queue.push(next.run);
    }
  }
  return undefined;
}

/** Tabs forward until `target` has focus, then returns; no mouse. */
async function tabTo(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < 400; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${what} with the Tab key`);
}

const pages = simulatorPages().filter((p) => p.mode === 'practice' && pathToWrite(loadContentScenario(p.scenarioId)) !== undefined);

for (const locale of ['de', 'en'] as const) {
  const page0 = pages.find((p) => p.locale === locale);
  test(`${locale}: a write decision is played to an ending by keyboard alone, and the debrief marks the learner's words`, async ({ page }) => {
    test.skip(!page0, `no ${locale} lesson has a scenario with a write decision yet`);
    const t = strings[locale];
    const scenario = loadContentScenario(page0!.scenarioId);
    const sim = await openSimulator(page, page0!.url, page0!.scenarioId);
    await sim.locator('h2').focus();
    for (const id of pathToWrite(scenario)!) {
      await settle(page);
      await pressChoice(page, sim, id);
    }
    let wrote = 0;
    for (let move = 0; move < 40; move++) {
      await settle(page);
      if ((await sim.getByTestId('ending').count()) > 0) break;
      const goto = sim.getByTestId('goto-write');
      if ((await goto.count()) > 0) {
        if (wrote === 0) expect((await new AxeBuilder({ page }).include(`.sim[data-scenario="${scenario.id}"]`).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
        await tabTo(page, goto, 'the "write your own reply" button');
        await page.keyboard.press('Enter');
        const box = sim.getByTestId('write-box').getByRole('textbox');
        await expect(box).toBeFocused();
        await page.keyboard.type(REPLY[locale]);
        await tabTo(page, sim.getByRole('button', { name: t['reply.send'] }), 'the send button');
        await page.keyboard.press('Enter');
        await expect(sim.getByTestId('own-post').filter({ hasText: REPLY[locale] })).toHaveCount(1);
        const feedback = sim.getByTestId('feedback');
        await expect(feedback.getByTestId('written-feedback')).toBeVisible();
        await expect(feedback.locator('mark').first()).toBeVisible();
        if (wrote === 0) expect((await new AxeBuilder({ page }).include(`.sim[data-scenario="${scenario.id}"]`).withTags(WCAG_TAGS).analyze()).violations).toEqual([]);
        wrote++;
        continue;
      }
      const first = sim.locator('button[data-choice]').first();
      await pressChoice(page, sim, (await first.getAttribute('data-choice'))!);
    }
    expect(wrote).toBeGreaterThan(0);
    const ending = sim.getByTestId('ending');
    await expect(ending).toBeVisible();
    // The decision review is folded (<details>): opened from the keyboard like the rest of the run.
    await sim.getByTestId('review').locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(sim.getByTestId('review')).toHaveAttribute('open', '');
    const review = ending.getByTestId('written-feedback').first();
    // The learner's text exactly, once the bracketed feature names after the marks are left out.
    const shown = (await review.locator('.reply-highlighted').textContent())!;
    expect(shown.replace(/ ?\[[^\]]*\]/g, '')).toBe(REPLY[locale]);
    await expect(review.locator('mark').first()).toBeVisible();
    await expect(review.locator('.reply-mark-label').first()).toContainText('[');
  });
}
