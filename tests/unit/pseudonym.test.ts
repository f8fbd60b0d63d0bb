/**
 * Pseudonyms: normalised (NFKC, trimmed, spaces collapsed), refused when scripts mix like look-alikes,
 * and compared by their UTS #39 skeleton so whole-script look-alikes are found.
 */
import { describe, expect, it } from 'vitest';
import { CONFUSABLE_PROTOTYPES } from '../../src/server/services/confusables.ts';
import { hasConsistentScripts, normalisePseudonym, scriptsOf, skeletonOf } from '../../src/server/services/pseudonym.ts';

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

describe('skeletonOf (UTS #39 skeleton over confusables.ts)', () => {
  it.each([
    ['Papa', '\u0420\u0430\u0440\u0430', 'Cyrillic Рара'],
    ['TOM', '\u03a4\u039f\u039c', 'Greek ΤΟΜ'],
    ['ABE', '\u0410\u0412\u0415', 'Cyrillic АВЕ'],
    ['Oscar 1', 'Oscar I', 'digit one and capital I'],
    ['Team 0', 'Team O', 'digit zero and capital O'],
    ['Kim', 'Kirn', 'm and rn'],
    ['Cora', '\u0421\u043e\u0433\u0430', 'Cyrillic Сога (г looks like r)'],
    ['Ölf', '\u04e6lf', 'Cyrillic Ӧ with diaeresis beside Latin Ö (after NFD)'],
  ])('%j and %j look alike (%s)', (a, b) => {
    expect(a).not.toBe(b);
    expect(skeletonOf(a)).toBe(skeletonOf(b));
  });

  it.each([
    ['Anna', 'Анна', 'Cyrillic н looks like a small capital H, not n'],
    ['Kirill', 'Кирилл', 'different letters'],
    ['Ayse', 'Ayşe', 'a cedilla is a different letter'],
    ['Rene', 'René', 'an accent is a different letter'],
    ['anna', 'Anna', 'case is visible'],
    ['Li Lei', '李雷', 'Han'],
  ])('%j and %j do not (%s)', (a, b) => {
    expect(skeletonOf(a)).not.toBe(skeletonOf(b));
  });

  it('maps to prototypes: a prototype already in NFD stays itself (the table was copied, not reworked)', () => {
    expect(CONFUSABLE_PROTOTYPES.size).toBeGreaterThan(250);
    for (const prototype of CONFUSABLE_PROTOTYPES.values()) {
      if (prototype.normalize('NFD') === prototype) expect(skeletonOf(prototype), prototype).toBe(prototype);
    }
  });
});
