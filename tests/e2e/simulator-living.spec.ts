import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { progressKey } from '../../src/stores/simulator-store.ts';
import { loadContentScenario, pathsToEndings, simulatorPages } from './scenario-paths.ts';
import { clickChoice, openSimulator, settle } from './simulator.ts';

const { url, scenarioId } = simulatorPages().find((p) => p.locale === 'de' && p.mode === 'practice')!;
const scenario = loadContentScenario(scenarioId);
const endings = [...pathsToEndings(scenario).values()];
const longest = endings.reduce((a, b) => (b.length > a.length ? b : a));

const axe = (page: Page) =>
  new AxeBuilder({ page }).include('.sim').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

test('a reload in the middle of a run resumes at the same decision with the same thread', async ({ page }) => {
  let sim = await openSimulator(page, url, scenarioId);
  for (const id of longest.slice(0, 2)) await clickChoice(sim, id);
  await settle(page);
  const posts = await sim.getByTestId('post').count();
  const audience = await sim.getByTestId('audience').textContent();
  await page.reload();
  sim = await openSimulator(page, url, scenarioId);
  await expect(sim.locator(`button[data-choice="${longest[2]}"]`)).toBeVisible();
  await expect(sim.getByTestId('post')).toHaveCount(posts);
  await expect(sim.getByTestId('audience')).toHaveText(audience!);
  await expect(sim.getByTestId('notice')).toHaveCount(0);
});

test('the debrief shows both paths and jumps back to an earlier decision to try again', async ({ page }) => {
  const sim = await openSimulator(page, url, scenarioId);
  for (const id of longest) await clickChoice(sim, id);
  const debrief = sim.getByTestId('ending');
  await expect(debrief.getByTestId('your-path').locator('[data-step]')).toHaveCount(longest.length);
  // The review is collapsed: the first screen is the ending card.
  await expect(debrief.getByTestId('best-path')).toBeHidden();
  await debrief.getByTestId('review').locator('summary').click();
  await expect(debrief.getByTestId('best-path').locator(':scope > li').first()).toBeVisible();
  // This path is not the best one: at least one decision names a stronger alternative.
  await expect(debrief.getByTestId('better').first()).toBeVisible();
  await debrief.locator('button[data-jump="1"]').click();
  await expect(sim.getByTestId('ending')).toHaveCount(0);
  await expect(sim.locator(`button[data-choice="${longest[1]}"]`)).toBeVisible();
  await expect(sim.getByTestId('own-post').or(sim.getByTestId('move-note'))).toHaveCount(1);
});

test('a muted simulator stays muted after a reload, and loads no sound at all', async ({ page }) => {
  const sounds: string[] = [];
  page.on('request', (r) => r.url().includes('/sounds/') && sounds.push(r.url()));
  let sim = await openSimulator(page, url, scenarioId);
  // Sound lives in the settings menu.
  await sim.getByRole('button', { name: 'Einstellungen' }).click();
  const toggle = sim.getByRole('button', { name: /^Ton/ });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await page.reload();
  sim = await openSimulator(page, url, scenarioId);
  await sim.getByRole('button', { name: 'Einstellungen' }).click();
  await expect(sim.getByRole('button', { name: /^Ton/ })).toHaveAttribute('aria-pressed', 'false');
  await clickChoice(sim, longest[0]!);
  await settle(page);
  expect(sounds).toEqual([]);
});

test('with sound on, a move plays a cue from our own server, and nothing plays before it', async ({ page }) => {
  const sounds: string[] = [];
  page.on('request', (r) => r.url().includes('/sounds/') && sounds.push(new URL(r.url()).pathname));
  const sim = await openSimulator(page, url, scenarioId);
  await page.waitForTimeout(300);
  expect(sounds).toEqual([]);
  await clickChoice(sim, longest[0]!);
  await expect.poll(() => sounds.length).toBeGreaterThan(0);
  expect(sounds.every((s) => /^\/sounds\/[a-z-]+\.(ogg|mp3)$/.test(s))).toBe(true);
});

test('corrupt progress in storage is discarded with a notice and the simulator still works', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, '{"state": not json'), progressKey(scenarioId));
  const sim = await openSimulator(page, url, scenarioId);
  await expect(sim.getByTestId('notice')).toBeVisible();
  await clickChoice(sim, longest[0]!);
  await expect(sim.getByTestId('feedback')).toBeVisible();
  await sim.getByTestId('notice').getByRole('button').click();
  await expect(sim.getByTestId('notice')).toHaveCount(0);
});

test('progress of a foreign shape is discarded too', async ({ page }) => {
  await page.addInitScript((key) => localStorage.setItem(key, JSON.stringify({ state: { path: 'x' }, version: 1 })), progressKey(scenarioId));
  const sim = await openSimulator(page, url, scenarioId);
  await expect(sim.getByTestId('notice')).toBeVisible();
  await expect(sim.locator('button[data-choice]').first()).toBeVisible();
});

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('new comments arrive one after another behind a typing indicator and are announced one at a time', async ({ page }) => {
    const sim = await openSimulator(page, url, scenarioId);
    const before = await sim.getByTestId('post').count();
    await clickChoice(sim, longest[0]!);
    await expect(sim.getByTestId('typing')).toBeVisible();
    // The choices wait until everything has arrived.
    await expect(sim.locator('button[data-choice]')).toHaveCount(0);
    await settle(page);
    expect(await sim.getByTestId('post').count()).toBeGreaterThan(before);
    const announcer = sim.getByTestId('announcer');
    await expect(announcer).toHaveAttribute('aria-live', 'polite');
    await expect(announcer).toContainText(/:/);
    await expect(sim.locator('button[data-choice]').first()).toBeVisible();
  });
});

test('axe finds nothing in the thread, the feedback and the debrief', async ({ page }) => {
  const sim = await openSimulator(page, url, scenarioId);
  expect((await axe(page)).violations).toEqual([]);
  await clickChoice(sim, longest[0]!);
  await settle(page);
  await expect(sim.getByTestId('feedback')).toBeVisible();
  expect((await axe(page)).violations).toEqual([]);
  for (const id of longest.slice(1)) await clickChoice(sim, id);
  await expect(sim.getByTestId('ending')).toBeVisible();
  await settle(page);
  expect((await axe(page)).violations).toEqual([]);
});

test('time pressure is off until switched on, counts down, and can be paused', async ({ page }) => {
  const sim = await openSimulator(page, url, scenarioId);
  await expect(sim.locator('.sim-pressure-clock')).toHaveCount(0);
  await sim.getByRole('button', { name: 'Einstellungen' }).click();
  await sim.getByLabel(/Zeitdruck/).check();
  // The clock stays in view with the menu closed again (Escape).
  await page.keyboard.press('Escape');
  await expect(sim.getByRole('button', { name: 'Einstellungen' })).toHaveAttribute('aria-expanded', 'false');
  const clock = sim.locator('.sim-pressure-clock');
  await expect(clock).toHaveText(/60/);
  await expect(clock).not.toHaveText(/60/, { timeout: 3000 });
  await sim.getByRole('button', { name: 'Pause' }).click();
  const frozen = await clock.textContent();
  await page.waitForTimeout(1500);
  await expect(clock).toHaveText(frozen!);
});

test('at 320 px wide the simulator needs no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  const sim = await openSimulator(page, url, scenarioId);
  await clickChoice(sim, longest[0]!);
  await settle(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
