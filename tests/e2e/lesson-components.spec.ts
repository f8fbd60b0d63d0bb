import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages.ts';

const lesson = builtPages().find((p) => p === '/module/deeskalieren/')!;

test('a glossary term opens its definition with the keyboard and closes with Escape', async ({ page }) => {
  await page.goto(lesson);
  const term = page.locator('button.mdx-term').first();
  await expect(term).toBeVisible();
  const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(popover).toBeHidden();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('link')).toHaveAttribute('href', /\/glossar\/#/);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

test('the glossary link of a term leads to its entry', async ({ page }) => {
  await page.goto(lesson);
  const term = page.locator('button.mdx-term').first();
  await term.click();
  const link = page.locator(`#${await term.getAttribute('popovertarget')}`).getByRole('link');
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeVisible();
});

test('a self-check is answered with the keyboard, scored at once and remembered after a reload', async ({ page }) => {
  await page.goto(lesson);
  const check = page.locator('form.mdx-self-check').first();
  await check.scrollIntoViewIfNeeded();
  await expect(check).toHaveAttribute('data-live', '');
  const radios = check.getByRole('radio');
  await radios.first().focus();
  await page.keyboard.press('ArrowDown'); // moves to and selects the second option
  await expect(radios.nth(1)).toBeChecked();
  await check.getByRole('button').focus();
  await page.keyboard.press('Enter');
  const result = check.locator('.mdx-self-check-result');
  await expect(result).toContainText(/Richtig|Noch nicht/);
  const verdict = await result.textContent();
  await page.reload();
  const again = page.locator('form.mdx-self-check').first();
  await again.scrollIntoViewIfNeeded();
  await expect(again).toHaveAttribute('data-live', '');
  await expect(again.getByRole('radio').nth(1)).toBeChecked();
  await expect(again.locator('.mdx-self-check-result')).toHaveText(verdict!);
});

test('the module overview lists every module with duration, level and KMK competences', async ({ page }) => {
  await page.goto('/module/');
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(10);
  for (const row of await rows.all()) {
    await expect(row.locator('td').nth(0)).toHaveText(/\d+ Minuten/);
    await expect(row.locator('td').nth(2)).toContainText(/\d\.\d/);
  }
  await expect(page.getByRole('heading', { name: /Reihenfolge/ })).toBeVisible();
});

test('every lesson links to its trainer notes, and they to the lesson', async ({ page }) => {
  await page.goto(lesson);
  await page.getByRole('link', { name: 'Hinweise für Lehrkräfte' }).click();
  await expect(page).toHaveURL(/\/module\/deeskalieren\/trainer\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Zur Lektion' }).click();
  await expect(page).toHaveURL(/\/module\/deeskalieren\/$/);
});
