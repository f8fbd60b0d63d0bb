/**
 * Analyser 1.2.0's general rules, each with the case it must find and the near miss it must leave
 * alone: reported insults, verdicts on a third person, laughing at the reader, conditional escalation,
 * structural blame and perceived feelings. Our own sentences, not items of any labelled set.
 */
import { describe, expect, it } from 'vitest';
import type { FeatureId } from '../../../src/analysis/index.ts';
import { finds, type Row } from './found.ts';

const TABLE: [FeatureId, Row[]][] = [
  ['insult', [
    // A name reported, not used by the writer, is no insult; the same name used is one.
    ['de', 'Mit jemandem, der andere Trottel nennt, rede ich nicht.', false],
    ['de', 'Du bist ein Trottel.', true],
    ['en', 'People calling our drivers morons will be blocked.', false],
    ['en', 'You absolute moron.', true],
    // A verdict on a third person, closing its clause, insults; an adjective before a noun does not.
    ['de', 'Der neue Schiedsrichter ist ein totaler Versager', true],
    ['de', 'Das war ein dummer Fehler von uns.', false],
    ['en', 'That shop is run by clowns.', true],
    ['en', 'We went to the circus and the clown was great.', false],
    // Laughter with an attack on the reader mocks; laughter with thanks does not.
    ['en', 'lol ur so salty about a game', true],
    ['en', 'haha you were right, thanks for the tip', false],
    ['de', 'du hast keine ahnung lol', true],
    ['de', 'Danke dir, haha, du bist die Beste', false],
    // A rude command without a name is no insult (adjudication rule).
    ['de', 'Halt dich da raus, das geht nur uns beide an.', false],
  ]],
  ['threat', [
    ['en', 'Keep posting this and we will tell every shop in the county who you are.', true],
    ['en', 'Keep posting this and we will hide your comments.', false],
    ['de', 'Noch so ein Post und die ganze Schule sieht deine Chatverläufe.', true],
    ['de', 'Noch so ein Post und wir blenden ihn aus.', false],
  ]],
  ['you-accusation', [
    ['en', "You're the one who picked the cheapest option.", true],
    ['en', 'You picked a great colour, by the way.', false],
    ['de', 'Sie sind genau die Art Kunde, die nie zufrieden ist.', true],
    ['de', 'Sie sind jederzeit willkommen.', false],
    ['de', 'Ihr seid doch selber nie beim Training.', true],
  ]],
  ['acknowledge', [
    ['de', 'Ich sehe, wie sehr dich das ärgert.', true],
    ['de', 'Ich sehe dich morgen beim Training.', false],
    ['en', 'We get the frustration, honestly.', true],
    ['en', 'We get the parcel tomorrow.', false],
  ]],
];

describe('analyser 1.2.0 general rules', () => {
  for (const [feature, rows] of TABLE) {
    for (const [lang, text, expected] of rows) {
      it(`${feature} ${expected ? 'found' : 'not found'} [${lang}] ${text}`, () => {
        expect(finds(text, lang, feature)).toBe(expected);
      });
    }
  }
});
