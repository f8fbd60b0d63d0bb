/**
 * `shouting`: capitals beyond acronyms, or runs of three or more "!"/"?". One capitalised word under
 * six letters ("Das ist NICHT ok"), known acronyms (DHL, DSGVO) and "?!" are not shouting.
 */
import { INVISIBLE } from '../normalise.ts';
import type { Context } from '../context.ts';
import type { Hit, Range } from '../types.ts';

const PUNCT_RUN = /[!?！？]{3,}/gu;

/** Finds shouted words and punctuation runs. */
export function detectShouting(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const shouted: { range: Range; letters: number }[] = [];
  for (const t of ctx.tokens) {
    // Cheap test first: a word whose letters after the first are all lower case is not in capitals.
    const rest = t.raw.slice(1);
    if (rest === rest.toLowerCase()) continue;
    const word = t.raw.replace(INVISIBLE, '');
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2 || /\p{N}/u.test(word)) continue; // "4G", "H2O" are names, not volume
    if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
    if (ctx.lexicon.acronyms.has(letters.toUpperCase())) continue;
    // Three letters or fewer without a vowel look like an acronym (DPD, KFZ), not like a shout.
    if (letters.length <= 3 && !/[AEIOUÄÖÜY]/u.test(letters)) continue;
    shouted.push({ range: [t.start, t.end], letters: letters.length });
  }
  const total = shouted.reduce((sum, s) => sum + s.letters, 0);
  if (shouted.some((s) => s.letters >= 6) || (shouted.length >= 2 && total >= 6)) {
    for (const s of shouted) hits.push({ range: s.range, evidence: 'words in capitals' });
  }
  for (const m of ctx.text.matchAll(PUNCT_RUN)) hits.push({ range: [m.index, m.index + m[0].length], evidence: `"${m[0]}": three or more ! or ?` });
  return hits;
}
