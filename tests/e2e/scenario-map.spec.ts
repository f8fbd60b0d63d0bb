/**
 * The scenario map on a trainer-notes page: a picture with an accessible name, in a region the
 * keyboard can reach and scroll, and the same graph as a list for those who cannot see it.
 */
import { expect, test } from '@playwright/test';
import { simulatorPages } from './scenario-paths.ts';

/** The scenarios embedded in a lesson: its trainer notes draw one map each. */
const scenariosOn = (url: string) => new Set(simulatorPages().filter((p) => p.url === url).map((p) => p.scenarioId)).size;

test('the German trainer notes of module 4 show each scenario’s map with a text outline', async ({ page }) => {
  await page.goto('/module/deeskalieren/trainer/');
  const section = page.getByRole('region', { name: 'Szenario-Karte', exact: true });
  await expect(section.getByRole('heading', { level: 2, name: 'Szenario-Karte' })).toBeVisible();
  const pictures = section.getByRole('img', { name: /^Szenario-Karte: / });
  expect(scenariosOn('/module/deeskalieren/')).toBeGreaterThan(1);
  await expect(pictures).toHaveCount(scenariosOn('/module/deeskalieren/'));
  // The picture's description names what the drawing shows in words.
  await expect(pictures.first()).toHaveAccessibleDescription(/stärkste Weg/);

  // The scrollable picture is reachable by keyboard and shows where focus is.
  const scroller = section.locator('.map-scroll').first();
  await scroller.focus();
  await expect(scroller).toBeFocused();
  await expect(scroller).toHaveCSS('outline-style', 'solid');

  // The outline opens with the keyboard and lists the start decision with its choices.
  const summary = section.locator('summary').first();
  await summary.focus();
  await page.keyboard.press('Enter');
  const outline = section.locator('.map-outline').first();
  await expect(outline.locator('li').first()).toContainText('▶ start');
  await expect(outline).toContainText('führt zu');
  await expect(outline).toContainText('★ stärkster Weg');
});

test('the English trainer notes show the map in English', async ({ page }) => {
  await page.goto('/en/module/de-escalation/trainer/');
  await expect(page.getByRole('heading', { level: 2, name: 'Scenario map' })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Scenario map: / })).toHaveCount(scenariosOn('/en/module/de-escalation/'));
  await expect(page.locator('svg.scenario-map').first()).toContainText('Ending: candystorm');
});
