/**
 * `insult`: insults, name-calling, slurs and mocking by the writer. Not when the word is quoted (the
 * other person's words), not when negated in its clause ("nicht dumm", "you're not an idiot"), but
 * still when the negation belongs to another clause ("Ich will dich nicht beleidigen, aber du Opfer").
 * Words such as "lost", "Opfer" or "dumm" count only when aimed at someone ("du bist so lost") or
 * when they stand alone as a vocative or verdict ("…, troll.", "Lächerlich.").
 */
import { hitOf, inQuoteSpan, isAddressed, isNegatedBefore, isQuoted, matchEverySentence, overlaps, rangeOf, type Context } from '../context.ts';
import type { Hit } from '../types.ts';

// The clown face, the middle finger and the skull ("I'm dead" laughing at someone) mock on their
// own; other emoji (🙏, ❤️, 😂) do not insult.
const MOCKING_EMOJI = /\u{1F921}|\u{1F595}|\u{1F480}/gu;
// The skull after one's own mistake ("mein Fehler 💀") laughs at oneself, not at the reader.
const SELF_MOCKING = new Set(['sorry', 'sry', 'fehler', 'bad', 'mistake', 'entschuldigung', 'oops', 'ups', 'unser', 'our', 'mein', 'my']);

/**
 * True when the words make up a clause of their own: a vocative tacked on ("…, troll.") or a one-word
 * verdict ("Lächerlich."). "Dumm gelaufen" has more words, so it is no insult.
 */
function standsAlone(ctx: Context, first: number, end: number): boolean {
  const { tokens } = ctx;
  const clause = tokens[first]!.clause;
  if (!((first === 0 || tokens[first - 1]!.clause !== clause) && (end === tokens.length || tokens[end]!.clause !== clause))) return false;
  // Tacked on after something else ("…, troll.") or a sentence of its own ("Lächerlich."); an opening
  // word ("Fett, danke!", "Crazy, right?") is slang or surprise, not a verdict on the reader.
  const sentence = ctx.sentences[tokens[first]!.sentence]!;
  return first > sentence.first || end === sentence.end;
}

/** Finds insults; see the file comment for the rules. */
export function detectInsult(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const selfMocking = ctx.tokens.some((t) => SELF_MOCKING.has(t.norm));
  for (const m of matchEverySentence(ctx, ctx.lexicon.insult)) {
    if (!isQuoted(ctx, m) && !isNegatedBefore(ctx, m.first)) hits.push(hitOf(ctx, m, 'insult word list'));
  }
  for (const m of matchEverySentence(ctx, ctx.lexicon.insultAddressed)) {
    if (isQuoted(ctx, m) || isNegatedBefore(ctx, m.first)) continue;
    // Alone, the word may be aimed at the writer's own side ("Das war unser Fehler, peinlich."): not then.
    if (isAddressed(ctx, m.first) || (standsAlone(ctx, m.first, m.end) && !selfMocking)) hits.push(hitOf(ctx, m, 'insult aimed at someone'));
  }
  // Innocent uses ("Opfer von Mobbing", "idiotensicher", "the clown at the circus") are no insult.
  const innocent = matchEverySentence(ctx, ctx.lexicon.insultExcept).map((m) => rangeOf(ctx, m.first, m.end));
  const kept = innocent.length === 0 ? hits : hits.filter((h) => !innocent.some((r) => overlaps(h.range, r)));
  for (const e of ctx.text.matchAll(MOCKING_EMOJI)) {
    const range: [number, number] = [e.index, e.index + e[0].length];
    if (e[0] === '\u{1F480}' && selfMocking) continue;
    if (!inQuoteSpan(ctx, range)) kept.push({ range, evidence: `mocking emoji ${e[0]}` });
  }
  return kept;
}
