/**
 * The accessibility sweep over the public site (issue 6): axe, hydration without console errors,
 * language attributes, the skip link and the language switch on every built page and the 404 page;
 * a Tab walk with a visible focus ring through one page of each type in both languages; axe on the
 * states a page load alone cannot reach (the 404 page, the debrief in English and in test mode, an answered
 * self-check, an open glossary term); and, from the lesson sources, that the titles in the other
 * language carry their own lang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import type { Locale } from '../../src/engine/index.ts';
import { builtPages } from './built-pages.ts';
import { loadContentScenario, pathsToEndings, simulatorPages } from './scenario-paths.ts';
import { clickChoice, openSimulator, settle } from './simulator.ts';
import { expectVisibleFocus, tabThroughPage } from './focus.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const strings = { de, en } as const;
const localeOf = (path: string): Locale => (path.startsWith('/en/') ? 'en' : 'de');
const other = (locale: Locale): Locale => (locale === 'de' ? 'en' : 'de');
const isLessonPage = (path: string) => path.includes('/module/') && !/\/(trainer|arbeitsblatt|worksheet)\/$/.test(path) && !/\/module\/$/.test(path);

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations, `axe on ${what}`).toEqual([]);
}

/** The first Tab reaches the skip link, which is then on screen; Enter puts focus on <main>. */
async function expectSkipLink(page: Page, locale: Locale): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: strings[locale]['nav.skip'] });
  await expect(skip).toBeFocused();
  await expectVisibleFocus(page, 'the skip link');
  await expect(skip).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  await expectVisibleFocus(page, 'main after the skip link');
}

/** <html lang> is the page's locale, and the switch names the other language in that language. */
async function expectLanguages(page: Page, locale: Locale): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  const switchLink = page.getByRole('navigation', { name: strings[locale]['nav.language'] }).getByRole('link');
  await expect(switchLink).toHaveText(strings[locale]['nav.switchTo']);
  await expect(switchLink).toHaveAttribute('lang', other(locale));
  await expect(switchLink).toHaveAttribute('hreflang', other(locale));
}

// Every built page, loaded once: axe, its islands hydrated without a console error, html lang, the
// language switch, the skip link. (One load per page for all five: lesson pages are the heaviest
// pages there are, and loading each one once per check cost minutes of CI.)
for (const path of builtPages()) {
  test(`${path}: axe finds nothing, islands hydrate without a console error, html lang, a language switch in its own language, a working skip link`, async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path);
    // Lesson pages hold a simulator; trainer notes, worksheets and the overview do not.
    if (isLessonPage(path)) await expect(page.locator('.sim').first()).toBeAttached();
    // Islands are rendered on the server and hydrated from the page's inline script: a mismatch
    // between the two, or a script error, shows up in the console.
    for (const island of await page.locator('[data-island]').all()) await expect(island.locator(':scope > [data-live]')).toHaveCount(1);
    await expectNoAxeViolations(page, path);
    const locale = localeOf(path);
    await expectLanguages(page, locale);
    await expectSkipLink(page, locale);
    expect(errors).toEqual([]);
  });
}

test('the 404 page (German with an English part): lang on the page and the passage, skip link, axe', async ({ page }) => {
  for (const path of ['/gibt-es-nicht/', '/en/does-not-exist/']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expectLanguages(page, 'de');
    // The English half says so, so a screen reader switches voice.
    const englishLink = page.getByRole('link', { name: en['notFound.text'] });
    expect(await englishLink.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    await expectNoAxeViolations(page, path);
    await expectSkipLink(page, 'de');
  }
});

// One page of each type in both languages: every focusable element shows where focus is.
const lessonOf = (locale: Locale) => simulatorPages().find((p) => p.locale === locale && p.mode === 'practice')!.url;
const pageTypes: Record<Locale, Record<string, string>> = {
  de: { home: '/', overview: '/module/', lesson: lessonOf('de'), glossary: '/glossar/', 'trainer notes': `${lessonOf('de')}trainer/`, join: '/beitreten/', 404: '/gibt-es-nicht/' },
  en: { home: '/en/', overview: '/en/module/', lesson: lessonOf('en'), glossary: '/en/glossary/', 'trainer notes': `${lessonOf('en')}trainer/`, join: '/en/join/', 404: '/en/does-not-exist/' },
};
for (const [locale, types] of Object.entries(pageTypes)) {
  for (const [type, path] of Object.entries(types)) {
    test(`${locale} ${type} (${path}): Tab reaches every focusable element, each with a visible focus ring`, async ({ page }) => {
      await page.goto(path);
      // Islands join the tab order when they hydrate: walk the page as the learner gets it.
      // Some hydrate only once visible, so each is scrolled to (the walk itself uses keys only).
      for (const root of await page.locator('.sim, form.mdx-self-check, div.join').all()) {
        await root.scrollIntoViewIfNeeded();
        await expect(root).toHaveAttribute('data-live', '');
      }
      const visited = await tabThroughPage(page);
      test.info().annotations.push({ type: 'focusable elements', description: String(visited) });
    });
  }
}

// States of the islands that a page load does not show.
for (const locale of ['de', 'en'] as const) {
  for (const mode of ['practice', 'test'] as const) {
    const target = simulatorPages().find((p) => p.locale === locale && p.mode === mode);
    if (!target) continue;
    test(`axe finds nothing in the ${locale} debrief of a ${mode}-mode simulator (${target.url})`, async ({ page }) => {
      const path = [...pathsToEndings(loadContentScenario(target.scenarioId)).values()][0]!;
      const sim = await openSimulator(page, target.url, target.scenarioId);
      for (const id of path) await clickChoice(sim, id);
      await expect(sim.getByTestId('ending')).toBeVisible();
      await settle(page);
      await expectNoAxeViolations(page, `${target.url} after the debrief`);
    });
  }
}

for (const locale of ['de', 'en'] as const) {
  test(`axe finds nothing on a ${locale} lesson with an answered self-check and an open glossary term`, async ({ page }) => {
    await page.goto(lessonOf(locale));
    const check = page.locator('form.mdx-self-check').first();
    await check.scrollIntoViewIfNeeded();
    await expect(check).toHaveAttribute('data-live', '');
    for (const fieldset of await check.locator('fieldset').all()) await fieldset.getByRole('radio').first().check();
    await check.getByRole('button').first().click();
    await expectNoAxeViolations(page, `${lessonOf(locale)} with an answered self-check`);
    const term = page.locator('button.mdx-term').first();
    await term.click();
    await expect(page.locator('.mdx-term-popover:popover-open')).toBeVisible();
    await expectNoAxeViolations(page, `${lessonOf(locale)} with an open term`);
  });
}

// Content: a source whose title is in the other language says so. Not a language detector: each
// lesson's sources list is compared with its translation's, where the titles are the same words.
test('in every lesson the source titles in the other language carry a lang attribute', () => {
  const root = join(import.meta.dirname, '..', '..', 'content', 'lessons');
  const heading = { de: '## Quellen', en: '## Sources' } as const;
  const checked: string[] = [];
  for (const locale of ['de', 'en'] as const) {
    for (const file of readdirSync(join(root, locale)).filter((f) => f.endsWith('.mdx'))) {
      const body = readFileSync(join(root, locale, file), 'utf8');
      const start = body.indexOf(heading[locale]);
      expect(start, `${locale}/${file} has a sources section`).toBeGreaterThan(-1);
      const items = body.slice(start).split('\n').filter((l) => l.startsWith('- '));
      for (const item of items) {
        const marked = [...item.matchAll(/<span lang="(de|en)">([^<]+)<\/span>/g)];
        for (const [, lang] of marked) expect(lang, `${locale}/${file}: ${item}`).toBe(other(locale));
        // Titles known to be English or German, as they appear in these lists.
        const foreign = locale === 'de' ? ENGLISH_TITLES : GERMAN_TITLES;
        for (const title of foreign) {
          if (!item.includes(title)) continue;
          expect(marked.some(([, , text]) => text!.includes(title)), `${locale}/${file}: "${title}" is wrapped in <span lang="${other(locale)}">`).toBe(true);
          checked.push(title);
        }
      }
    }
  }
  // The list below matches the sources, so the loop above really checked something.
  expect(checked.length).toBeGreaterThan(40);
});

test('the glossary writes credits in the page language and marks English titles on the German page, German titles on the English page', async ({ page }) => {
  await page.goto('/glossar/');
  const sources = page.locator('.glossary-source');
  expect(await sources.count()).toBeGreaterThan(5);
  await expect(page.locator('#batna .glossary-source')).toContainText('Roger Fisher und William Ury (1981)');
  await expect(page.locator('#batna .glossary-source [lang="en"]')).toHaveText('Getting to Yes');
  await expect(page.locator('#shitstorm-skala .glossary-source [lang]')).toHaveCount(0);
  await page.goto('/en/glossary/');
  await expect(page.locator('#shitstorm-skala .glossary-source [lang="de"]')).toHaveText('Shitstorm-Skala');
  await expect(page.locator('#batna .glossary-source [lang]')).toHaveCount(0);
});

/** Titles in the lessons' sources, by language: extend when a lesson cites a new work. */
const ENGLISH_TITLES = [
  'Online damage control',
  'Changing deliberative norms',
  'How community feedback shapes user behavior',
  'How Community Feedback Shapes User Behavior',
  'Lonely together?',
  'Nonviolent Communication',
  'Parent Effectiveness Training',
  'Empathy-based counterspeech',
  'Getting to Yes',
  'Solution-Focused Brief Therapy',
];
const GERMAN_TITLES = ['Die Shitstorm-Skala', 'Shitstorm-Skala', 'Miteinander reden 1', 'Gemeinsam gegen Hass im Netz', 'Konfliktmanagement'];
