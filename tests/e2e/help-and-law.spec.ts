/**
 * The help page and the legal orientation page exist in both languages with their key contacts and
 * dated sources, and every page of the built site links to the help page in its footer, so a pupil
 * in trouble finds help from wherever they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages } from './built-pages.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'client');

test('every built page links to the help page of its own language in the footer', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(20);
  const missing = pages.filter((path) => {
    const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
    const footer = html.slice(html.indexOf('<footer'));
    const help = /<html lang="en"/.test(html) ? 'href="/en/help/"' : 'href="/hilfe/"';
    return !footer.includes(help);
  });
  expect(missing).toEqual([]);
});

const helpPages = [
  { path: '/hilfe/', lang: 'de', emergency: 'In Gefahr?', checked: 'Stand: 2026-12', bullying: 'Cybermobbing' },
  { path: '/en/help/', lang: 'en', emergency: 'In danger?', checked: 'Checked: 2026-12', bullying: 'Cyberbullying' },
];

for (const p of helpPages) {
  test(`${p.path} puts the emergency numbers first and names the key contacts with a date`, async ({ page }) => {
    await page.goto(p.path);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    const main = page.locator('main');
    // Emergency before anything else in the article.
    const firstSection = main.locator('article > :nth-child(2)');
    await expect(firstSection).toContainText(p.emergency);
    await expect(firstSection.getByRole('link', { name: '110' })).toHaveAttribute('href', 'tel:110');
    await expect(firstSection.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
    await expect(main.getByRole('link', { name: '116 111' })).toHaveAttribute('href', 'tel:116111');
    // 147 in Austria and in Switzerland.
    await expect(main.getByRole('link', { name: '147', exact: true })).toHaveCount(2);
    await expect(main).toContainText(p.checked);
    await expect(main.getByRole('heading', { name: new RegExp(p.bullying) })).toBeVisible();
    for (const name of ['JUUUPORT', 'krisenchat', 'TelefonSeelsorge', 'HateAid', 'jugendschutz.net']) {
      await expect(main.getByRole('heading', { name, exact: false }).first()).toBeVisible();
    }
  });
}

const lawPages = [
  { path: '/recht/', lang: 'de', checked: 'Stand: 2026-12-03', notAdvice: 'keine Rechtsberatung', help: '/hilfe/' },
  { path: '/en/law/', lang: 'en', checked: 'Checked: 2026-12-03', notAdvice: 'not legal advice', help: '/en/help/' },
];

for (const p of lawPages) {
  test(`${p.path} says it is orientation, not advice, and gives every statement a dated official source`, async ({ page }) => {
    await page.goto(p.path);
    await expect(page.locator('html')).toHaveAttribute('lang', p.lang);
    const main = page.locator('main');
    await expect(main.locator('.law-not-advice')).toContainText(p.notAdvice);
    await expect(main).toContainText(p.checked);
    await expect(main.locator(`a[href="${p.help}"]`).first()).toBeVisible();
    const items = main.locator('.law-item');
    expect(await items.count()).toBeGreaterThanOrEqual(12);
    for (const item of await items.all()) {
      await expect(item.locator('.law-source')).toContainText('2026-12-03');
    }
    for (const section of ['185', '186', '187', '130', '126', '241', '201a', '184b', '184c', '77b', '194', '19']) {
      await expect(main.locator(`a[href="https://www.gesetze-im-internet.de/stgb/__${section}.html"]`).first()).toBeAttached();
    }
    await expect(main.locator('a[href="https://www.gesetze-im-internet.de/kunsturhg/__22.html"]')).toBeAttached();
    await expect(main.locator('a[href^="https://eur-lex.europa.eu/"]').first()).toBeAttached();
  });
}

test('modules 6, 8 and 9 link to the help page, and module 6 to the law page', async ({ page }) => {
  for (const [path, links] of [
    ['/module/trolle-hass-grenzen/', ['/hilfe/', '/recht/']],
    ['/module/dickes-fell/', ['/hilfe/']],
    ['/module/konflikte-im-klassenchat/', ['/hilfe/']],
    ['/en/module/trolls-hate-limits/', ['/en/help/', '/en/law/']],
    ['/en/module/thick-skin/', ['/en/help/']],
    ['/en/module/conflicts-in-the-class-chat/', ['/en/help/']],
  ] as const) {
    await page.goto(path);
    for (const href of links) await expect(page.locator(`main a[href="${href}"]`).first()).toBeAttached();
  }
});
