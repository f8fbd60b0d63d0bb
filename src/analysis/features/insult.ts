/**
 * `insult`: insults, name-calling, slurs and mocking by the writer. Not when the word is quoted (the
 * other person's words) or reported ("jemand, der andere Vollpfosten nennt", "calling staff clowns"),
 * not when negated in its clause ("nicht dumm", "you're not an idiot"), but still when the negation
 * belongs to another clause ("Ich will dich nicht beleidigen, aber du Opfer").
 * Words such as "lost", "Opfer" or "dumm" count only when aimed at someone ("du bist so lost"), when
 * they stand alone as a vocative or verdict ("…, troll.", "Lächerlich."), or close a verdict on a third
 * person ("der Typ ist ein Clown", "run by clowns").
 * Laughing at the reader ("lol", "😂") next to a you-accusation or sarcasm is mocking, so an insult too
 * (`detectMockingLaughter`, which runs after the you-accusation detector). A name echoed as a question
 * of its own ("Gutmenschen? Wir sind…") is the other person's word, like a quote.
 */
import { hitOf, inQuoteSpan, isAddressed, isNegatedBefore, isQuoted, matchEverySentence, overlaps, rangeOf, type Context } from '../context.ts';
import { findMatches, type Match } from '../pattern.ts';
import type { Hit } from '../types.ts';

// The clown face, the middle finger and the skull ("I'm dead" laughing at someone) mock on their
// own; other emoji (🙏, ❤️, 😂) do not insult.
const MOCKING_EMOJI = /\u{1F921}|\u{1F595}|\u{1F480}/gu;
// Tears of laughter: mocking only next to an attack on the reader.
const LAUGHING_EMOJI = /\u{1F602}|\u{1F923}/gu;
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

/** True when a naming verb ("nennt", "calling") stands in the same clause up to 4 words before or 2 after the match: the insult is reported, not used. */
function isReported(ctx: Context, m: Match): boolean {
  const { tokens, lexicon } = ctx;
  const clause = tokens[m.first]!.clause;
  for (let i = m.first - 1; i >= 0 && i >= m.first - 4 && tokens[i]!.clause === clause; i--) if (lexicon.namingVerbs.has(tokens[i]!.norm)) return true;
  for (let i = m.end; i < tokens.length && i < m.end + 2 && tokens[i]!.clause === clause; i++) if (lexicon.namingVerbs.has(tokens[i]!.norm)) return true;
  return false;
}

/**
 * True when the match closes its clause and a verdict frame ("ist ein", "is an absolute", "run by")
 * ends at most two words before it: a name given to a third person ("der Typ ist ein absoluter Clown").
 * Adjectives before a noun ("ein dummer Fehler") do not close the clause, so they do not count.
 */
function closesVerdict(ctx: Context, m: Match): boolean {
  const { tokens } = ctx;
  const clause = tokens[m.first]!.clause;
  if (m.end < tokens.length && tokens[m.end]!.clause === clause) return false;
  let from = m.first;
  while (from > 0 && from > m.first - 5 && tokens[from - 1]!.clause === clause) from -= 1;
  if (from === m.first) return false;
  return findMatches(tokens, ctx.lexicon.verdictFrame, from, m.first, ctx.lexicon.negators).some((f) => m.first - f.end <= 2);
}

/**
 * True when the match is one word making a whole sentence ending in "?": the other person's word echoed back before an
 * answer ("Gutmenschen? Wir sind Ehrenamtliche…", "Thieves? …"), like a quote (1.3).
 */
function isEchoed(ctx: Context, m: Match): boolean {
  const sentence = ctx.sentences[ctx.tokens[m.first]!.sentence]!;
  // One word only: a phrase with a question mark is asked, not echoed ("Wer hat dich gefragt?").
  return m.end - m.first === 1 && sentence.first === m.first && sentence.end === m.end && sentence.terminator.startsWith('?');
}

/** Finds insults; see the file comment for the rules. */
export function detectInsult(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const selfMocking = ctx.tokens.some((t) => SELF_MOCKING.has(t.norm));
  for (const m of matchEverySentence(ctx, ctx.lexicon.insult)) {
    if (!isQuoted(ctx, m) && !isReported(ctx, m) && !isNegatedBefore(ctx, m.first) && !isEchoed(ctx, m)) hits.push(hitOf(ctx, m, 'insult word list'));
  }
  for (const m of matchEverySentence(ctx, ctx.lexicon.insultAddressed)) {
    if (isQuoted(ctx, m) || isReported(ctx, m) || isNegatedBefore(ctx, m.first) || isEchoed(ctx, m)) continue;
    // Alone, the word may be aimed at the writer's own side ("Das war unser Fehler, peinlich."): not then.
    if (isAddressed(ctx, m.first) || (standsAlone(ctx, m.first, m.end) && !selfMocking)) hits.push(hitOf(ctx, m, 'insult aimed at someone'));
    else if (closesVerdict(ctx, m)) hits.push(hitOf(ctx, m, 'insulting verdict on someone'));
  }
  // Innocent uses ("Opfer von Mobbing", "idiotensicher", "the clown at the circus") are no insult.
  const innocent = matchEverySentence(ctx, ctx.lexicon.insultExcept).map((m) => rangeOf(ctx, m.first, m.end));
  const kept = innocent.length === 0 ? hits : hits.filter((h) => !innocent.some((r) => overlaps(h.range, r)));
  // The eye roll at the reader (1.3): mocking in a reply that shows no goodwill and does not roll its
  // eyes at its own mistake. Goodwill is known only later, so this is decided in detectMockingLaughter.
  for (const e of ctx.text.matchAll(MOCKING_EMOJI)) {
    const range: [number, number] = [e.index, e.index + e[0].length];
    if (e[0] === '\u{1F480}' && selfMocking) continue;
    if (!inQuoteSpan(ctx, range)) kept.push({ range, evidence: `mocking emoji ${e[0]}` });
  }
  return kept;
}

/**
 * A you-statement ("ur so mad", "du bist") in a reply that shows no goodwill (no acknowledging,
 * apology or thanks) is what laughter turns into mockery ("lol ur so mad over a flute").
 */
function laughsAtAYouStatement(ctx: Context): boolean {
  if (showsGoodwill(ctx)) return false;
  return matchEverySentence(ctx, ctx.lexicon.youStatement).some((m) => !isQuoted(ctx, m));
}

/** Acknowledging, apologising or thanking: laughter in such a reply is friendly. */
function showsGoodwill(ctx: Context): boolean {
  for (const id of ['acknowledge', 'apology', 'thanks'] as const) if ((ctx.found.get(id) ?? []).length > 0) return true;
  return false;
}

/**
 * Laughing at the reader: "lol", "haha" or 😂/🤣 in a reply that also accuses the reader ("lol ur so
 * mad", "du checkst es nicht, lol"). Runs after `detectYouAccusation`; its hits add to `insult`.
 */
export function detectMockingLaughter(ctx: Context): Hit[] {
  const eyeRolls = eyeRollsAtTheReader(ctx);
  return [...eyeRolls, ...laughterAtTheReader(ctx)];
}

// The eye roll (🙄); the upside-down face (🙃) is irony more often than mockery, so only sarcasm.
const EYE_ROLL = /\u{1F644}/gu;

/** 🙄 in a reply without acknowledging, apology or thanks, and not after the writer's own mistake. */
function eyeRollsAtTheReader(ctx: Context): Hit[] {
  if (!ctx.text.includes('\u{1F644}') || showsGoodwill(ctx) || ctx.tokens.some((t) => SELF_MOCKING.has(t.norm))) return [];
  const hits: Hit[] = [];
  for (const e of ctx.text.matchAll(EYE_ROLL)) {
    const range: [number, number] = [e.index, e.index + e[0].length];
    if (!inQuoteSpan(ctx, range)) hits.push({ range, evidence: 'eye roll at the reader 🙄' });
  }
  return hits;
}

/** Laughter at the reader; see `detectMockingLaughter`. */
function laughterAtTheReader(ctx: Context): Hit[] {
  // Laughter with sarcasm and no goodwill laughs at the reader too ("Haha, sehr witzig", "😂😂 die arme Torlatte"; 1.3).
  const sarcastic = (ctx.found.get('sarcasm') ?? []).length > 0 && !showsGoodwill(ctx);
  if ((ctx.found.get('you-accusation') ?? []).length === 0 && !sarcastic && !laughsAtAYouStatement(ctx)) return [];
  const hits: Hit[] = [];
  for (const t of ctx.tokens) if (!t.quoted && ctx.lexicon.laughing.has(t.norm)) hits.push({ range: [t.start, t.end], evidence: `laughing at the reader: "${t.raw}"` });
  for (const e of ctx.text.matchAll(LAUGHING_EMOJI)) {
    const range: [number, number] = [e.index, e.index + e[0].length];
    if (!inQuoteSpan(ctx, range)) hits.push({ range, evidence: `laughing at the reader ${e[0]}` });
  }
  return hits;
}
