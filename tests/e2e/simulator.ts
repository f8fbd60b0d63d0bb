/** Page helpers for the simulator: wait for hydration, pick choices by mouse or keyboard. */
import { expect, type Locator, type Page } from '@playwright/test';

/** Opens the page and returns the simulator of `scenarioId` (or the first one) once it is live. */
export async function openSimulator(page: Page, url: string, scenarioId?: string): Promise<Locator> {
  await page.goto(url);
  const sim = scenarioId ? page.locator(`.sim[data-scenario="${scenarioId}"]`) : page.locator('.sim');
  const live = sim.first();
  await live.scrollIntoViewIfNeeded();
  // Click only after hydration: the island marks its root `data-live` from its first effect on.
  await expect(live).toHaveAttribute('data-live', '');
  return live;
}

export async function clickChoice(sim: Locator, choiceId: string): Promise<void> {
  await sim.locator(`button[data-choice="${choiceId}"]`).click();
}

/** Tabs from the current focus to the choice and presses Enter: no mouse involved. */
export async function pressChoice(page: Page, sim: Locator, choiceId: string): Promise<void> {
  const target = sim.locator(`button[data-choice="${choiceId}"]`);
  await expect(target).toBeVisible();
  for (let i = 0; i < 400; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach choice ${choiceId} with the Tab key`);
}

/** Waits until no new comment is on its way and no animation runs: the state a reader sees. */
export async function settle(page: Page): Promise<void> {
  await expect(page.getByTestId('typing')).toHaveCount(0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}
