/**
 * Words in the page's language (issue 14, item 6): form errors arrive as codes and become words of
 * the page's locale, glossary credits read in the page's language, and avatars take initials from
 * the words of a name only.
 */
import { describe, expect, it } from 'vitest';
import { apiEn } from '../../src/i18n/api-en.ts';
import { isPageProblemCode, pageProblemText } from '../../src/i18n/page-problems.ts';
import { creditIn } from '../../src/lessons/glossary-schema.ts';
import { initialsOf } from '../../src/islands/Simulator/Avatar.tsx';

describe('page problems', () => {
  it('has words in both languages for every code the API knows, and they differ by language', () => {
    for (const code of Object.keys(apiEn)) {
      expect(isPageProblemCode(code), code).toBe(true);
      const de = pageProblemText('de', code);
      const en = pageProblemText('en', code);
      expect(de, code).not.toMatch(/\{\w+\}/);
      expect(en, code).not.toMatch(/\{\w+\}/);
      expect(de, code).not.toBe(en);
    }
  });

  it('says a wrong sign-in in German on German pages', () => {
    expect(pageProblemText('de', 'sign-in-invalid')).toBe('E-Mail oder Passwort stimmt nicht.');
  });

  it('never repeats text from the URL: anything but a known code gets the generic message', () => {
    for (const text of ['Call +49 000 now', '<b>x</b>', '', 'toString', '__proto__', 'constructor']) {
      expect(isPageProblemCode(text), text).toBe(false);
      expect(pageProblemText('de', text)).toBe('Bitte versuch es noch einmal.');
      expect(pageProblemText('en', text)).toBe('Please try again.');
    }
  });
});

describe('glossary credits', () => {
  it('joins names with "und" and "seit" on German pages and leaves English as written', () => {
    expect(creditIn('de', 'Roger Fisher and William Ury (1981)')).toBe('Roger Fisher und William Ury (1981)');
    expect(creditIn('de', 'Bund für Soziale Verteidigung (since 2018)')).toBe('Bund für Soziale Verteidigung (seit 2018)');
    expect(creditIn('en', 'Roger Fisher and William Ury (1981)')).toBe('Roger Fisher and William Ury (1981)');
    // Only whole words: a name containing "and" stays.
    expect(creditIn('de', 'Alexander Sandberg (2001)')).toBe('Alexander Sandberg (2001)');
  });
});

describe('avatar initials', () => {
  it('takes letters from words only, never brackets or signs', () => {
    expect(initialsOf('Alex')).toBe('A');
    expect(initialsOf('Du (Alex)')).toBe('DA');
    expect(initialsOf('@alex_7b')).toBe('A7');
    expect(initialsOf('Bäckerei Sonnenkorn')).toBe('BS');
    expect(initialsOf('SV Blau-Weiß Eichenried')).toBe('SE');
    expect(initialsOf('(…)')).toBe('?');
  });
});
