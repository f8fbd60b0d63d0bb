/**
 * A learner with a keyboard only, in each language: from the home page through the skip link to the
 * first module, into its simulator, through the scenario to the debrief, and "play again". One goto,
 * then keys alone (Tab, Enter): no clicks, no focus() calls. At every stop the focused element is the
 * one expected and shows a visible focus ring; on the way there, every element Tab passes does too.
 */
import { expect, test } from '@playwright/test';
import type { Locale } from '../../src/engine/index.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { homeUrl } from '../../src/i18n/routes.ts';
import { expectVisibleFocus, tabTo } from './focus.ts';
import { loadContentScenario, pathsToEndings, simulatorPages } from './scenario-paths.ts';
import { clickChoice, openSimulator, settle } from './simulator.ts';

const strings = { de, en } as const;

for (const locale of ['de', 'en'] as const satisfies Locale[]) {
  test(`${locale}: home → skip link → first module → simulator → debrief → play again, by keyboard alone`, async ({ page }) => {
    test.setTimeout(90_000);
    const t = strings[locale];
    await page.goto(homeUrl(locale));

    // The skip link is the first stop, and Enter puts focus on the main content.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: t['nav.skip'] })).toBeFocused();
    await expectVisibleFocus(page, 'skip link');
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
    await expectVisibleFocus(page, 'main');

    // From main, Tab leads to the first action ("Start with module 1"); Enter opens it.
    const firstAction = page.locator('[data-first-action]');
    await expect(firstAction).toHaveText(t['home.startFirst']);
    const href = await firstAction.getAttribute('href');
    const lesson = simulatorPages().find((p) => p.url === href && p.mode === 'practice');
    if (!lesson) throw new Error(`the first module (${href}) has no practice-mode simulator to play`);
    await tabTo(page, firstAction, 'the first action');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${lesson.url}$`));

    // The lesson's "To the simulator" link jumps there.
    const jump = page.getByRole('link', { name: t['lesson.toSimulator'] });
    await tabTo(page, jump, 'the link to the simulator');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${lesson.url}#simulator$`));

    // Into the simulator: Tab through the lesson to the first choice, once the island is live.
    const sim = page.locator(`.sim[data-scenario="${lesson.scenarioId}"]`).first();
    await expect(sim).toHaveAttribute('data-live', '');
    const path = [...pathsToEndings(loadContentScenario(lesson.scenarioId)).values()].reduce((a, b) => (b.length > a.length ? b : a));
    for (const [i, choiceId] of path.entries()) {
      await tabTo(page, sim.locator(`button[data-choice="${choiceId}"]`), `choice ${i + 1} (${choiceId})`);
      await page.keyboard.press('Enter');
      if (i < path.length - 1) {
        // Practice mode: focus moves to the feedback on the move.
        await expect(sim.getByTestId('feedback').getByRole('heading', { name: t['sim.feedback'] })).toBeFocused();
        await expectVisibleFocus(page, `feedback after choice ${i + 1}`);
        await settle(page);
      }
    }

    // The debrief: its heading has focus once the last comments are in.
    const debrief = sim.getByTestId('ending');
    await expect(debrief).toBeVisible();
    await settle(page);
    await expect(debrief.locator('h3').first()).toBeFocused();
    await expectVisibleFocus(page, 'debrief heading');

    // "Play again", reached by Tab from the heading: the run starts over at the first decision.
    const again = debrief.getByRole('button', { name: t['sim.restart'] });
    await tabTo(page, again, 'play again');
    await page.keyboard.press('Enter');
    await expect(debrief).toHaveCount(0);
    const first = sim.locator(`button[data-choice="${path[0]}"]`);
    await expect(first).toBeVisible();
    // Focus lands on the new run's question, and Tab goes on from there to its first choice.
    await expect(sim.locator('.sim-choices h3')).toBeFocused();
    await expectVisibleFocus(page, 'the question of the new run');
    await tabTo(page, first, 'the first choice of the new run');
  });
}

// The pressed button disappears with the debrief: focus must go to the new run's question, not to <body>.
for (const control of ['play again', 'back to decision 1'] as const) {
  test(`after "${control}" in the debrief, focus moves into the new run`, async ({ page }) => {
    const lesson = simulatorPages().find((p) => p.locale === 'de' && p.mode === 'practice')!;
    const path = [...pathsToEndings(loadContentScenario(lesson.scenarioId)).values()][0]!;
    const sim = await openSimulator(page, lesson.url, lesson.scenarioId);
    for (const id of path) await clickChoice(sim, id);
    await expect(sim.getByTestId('ending').locator('h3').first()).toBeFocused();
    const button = control === 'play again' ? sim.getByRole('button', { name: de['sim.restart'] }) : sim.locator('button[data-jump="0"]');
    if (control !== 'play again') {
      // The review is collapsed: open it by keyboard first.
      const summary = sim.getByTestId('review').locator('summary');
      await tabTo(page, summary, 'the review');
      await page.keyboard.press('Enter');
    }
    await tabTo(page, button, control);
    await page.keyboard.press('Enter');
    await expect(sim.getByTestId('ending')).toHaveCount(0);
    await expect(sim.locator('.sim-choices h3')).toBeFocused({ timeout: 2000 });
    await expectVisibleFocus(page, `after ${control}`);
  });
}
