/** Pseudonyms: normalised (NFKC, trimmed, spaces collapsed) and refused when scripts mix like look-alikes. */
import { describe, expect, it } from 'vitest';
import { hasConsistentScripts, normalisePseudonym, scriptsOf } from '../../src/server/services/pseudonym.ts';

describe('normalisePseudonym', () => {
  it.each([
    ['  Anna  ', 'Anna'],
    ['Amsel   Anna', 'Amsel Anna'],
    ['Amsel\t\u00a0Anna', 'Amsel Anna'],
    ['Ａｎｎａ', 'Anna'], // full-width letters
    ['ﬁne', 'fine'], // the fi ligature
    ['Zoe\u0308', 'Zoë'], // a combining diaeresis joins its letter
    ['Ärger', 'Ärger'],
  ])('%j → %j', (raw, expected) => {
    expect(normalisePseudonym(raw)).toBe(expected);
  });
});

describe('hasConsistentScripts', () => {
  it.each([
    ['Anna', ['Latin']],
    ['Jürgen Öztürk', ['Latin']],
    ['Анна', ['Cyrillic']],
    ['Αλέξης', ['Greek']],
    ['محمد', ['Arabic']],
    ['דוד', ['Hebrew']],
    ['अनन्या', ['Devanagari']],
    ['สมชาย', ['Thai']],
    ['김민준', ['Hangul']],
    ['たなか 田中', ['Hiragana', 'Han']],
    ['Tanaka 田中', ['Latin', 'Han']],
    ['Anna 2009', ['Latin']],
    ['Ali-Baba_7', ['Latin']],
  ])('allows %j (%j)', (name, scripts) => {
    expect(scriptsOf(name)).toEqual(scripts);
    expect(hasConsistentScripts(name)).toBe(true);
  });

  it.each([
    ['\u0410nna', 'a Cyrillic А among Latin letters'],
    ['Ann\u0430', 'a Cyrillic а at the end'],
    ['P\u0430ul', 'a Cyrillic а inside'],
    ['\u0391lex', 'a Greek Alpha before Latin'],
    ['Анна Anna', 'two words in two scripts'],
    ['Ali محمد', 'Latin and Arabic'],
    ['김 たなか', 'Hangul and Hiragana'],
  ])('refuses %j (%s)', (name) => {
    expect(hasConsistentScripts(name)).toBe(false);
  });
});
