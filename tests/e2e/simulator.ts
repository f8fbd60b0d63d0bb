/** Page helpers for the simulator: wait for hydration, pick choices by mouse or keyboard. */
import { expect, type Locator, type Page } from '@playwright/test';

export async function openSimulator(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const island = page.locator('astro-island').filter({ has: page.locator('.sim') }).first();
  await island.scrollIntoViewIfNeeded();
  // Click only after hydration: Astro removes the `ssr` attribute once the island is live.
  await expect(island).not.toHaveAttribute('ssr', /.*/);
  return island.locator('.sim');
}

export async function clickChoice(sim: Locator, choiceId: string): Promise<void> {
  await sim.locator(`button[data-choice="${choiceId}"]`).click();
}

/** Tabs from the current focus to the choice and presses Enter: no mouse involved. */
export async function pressChoice(page: Page, sim: Locator, choiceId: string): Promise<void> {
  const target = sim.locator(`button[data-choice="${choiceId}"]`);
  await expect(target).toBeVisible();
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach choice ${choiceId} with the Tab key`);
}
