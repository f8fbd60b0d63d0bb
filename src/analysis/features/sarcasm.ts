/**
 * `sarcasm`: listed sarcastic turns ("na toll", "thanks for nothing", "good job, Einstein"), the
 * eye-roll emoji and the "/s" marker, and a mock verdict making a sentence of its own after a claim
 * ("… Logisch.", "… Classic."), and scare quotes around a word of service ("unser 'Service'"). Deliberately narrow: sarcasm without a marker is not found.
 */
import { hitOf, inQuoteSpan, isQuoted, matchEverySentence, type Context } from '../context.ts';
import type { Hit, Range } from '../types.ts';

// 🙄 (eye roll), 🙃 (upside-down face), 😒 (unamused) and "/s" mark irony; 😂 alone does not.
const MARKERS = /\u{1F644}|\u{1F643}|\u{1F612}|(?<![\p{L}\p{N}])\/s(?![\p{L}\p{N}])/gu;
// Clapping between words ("great 👏 job 👏 guys 👏") mocks; a clap after a sentence ("Danke 👏👏") does not.
const CLAP_BETWEEN_WORDS = /(?:[\p{L}\p{N}]+\s*\u{1F44F}\s*){3,}/gu;

// Mock verdicts that make a sentence of their own after a claim ("Klar, der Trainer ist schuld.
// Logisch.", "Blame the juniors again. Classic."): said, not meant. Folded words, joined by spaces.
const IRONIC_VERDICTS = new Set(['logisch', 'sehr logisch', 'klassiker', 'fortschritt', 'respekt', 'starke leistung', 'classic', 'shocking', 'shocker', 'groundbreaking', 'revolutionary', 'who knew', 'big surprise', 'what a surprise', 'how shocking', 'stunning', 'genius', 'brilliant', 'priceless', 'iconic']);

/**
 * A sentence that is only an ironic verdict and follows another sentence (1.3). As the reply's first
 * sentence such a word is sincere more often ("Respekt! Ihr habt…").
 */
function ironicVerdicts(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  for (const [index, s] of ctx.sentences.entries()) {
    if (index === 0 || s.end - s.first > 3 || s.end === s.first) continue;
    const words = ctx.tokens.slice(s.first, s.end);
    if (words.some((t) => t.quoted) || !IRONIC_VERDICTS.has(words.map((t) => t.norm).join(' '))) continue;
    hits.push({ range: [words[0]!.start, words[words.length - 1]!.end], evidence: 'ironic verdict after a claim' });
  }
  return hits;
}

// Scare quotes: a word of service or quality put in quotes by the writer ("unser 'Service'", "your
// \"support\"", "die „Experten“") says it is not meant. Folded words.
const SCARE_QUOTED = new Set(['service', 'kundenservice', 'support', 'help', 'hilfe', 'experts', 'expert', 'experten', 'experte', 'profis', 'profi', 'professionals', 'professional', 'quality', 'qualitat', 'beratung', 'customer', 'care', 'kundenfreundlich', 'fair', 'fairness', 'apology', 'entschuldigung', 'information', 'informationen', 'transparenz', 'transparency', 'sorry', 'kompetenz', 'journalism', 'journalismus']);

/** One or two quoted words, all of them from `SCARE_QUOTED`, and not the whole reply (1.3). */
function scareQuotes(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const { tokens } = ctx;
  for (const [qs, qe] of ctx.quotes) {
    const inside = tokens.filter((t) => t.start >= qs && t.end <= qe);
    if (inside.length === 0 || inside.length > 2 || inside.length === tokens.length) continue;
    if (inside.every((t) => SCARE_QUOTED.has(t.norm))) hits.push({ range: [qs, qe], evidence: 'scare quotes' });
  }
  return hits;
}

/** Finds sarcasm markers. */
export function detectSarcasm(ctx: Context): Hit[] {
  const hits = matchEverySentence(ctx, ctx.lexicon.sarcasm)
    .filter((m) => !isQuoted(ctx, m))
    .map((m) => hitOf(ctx, m, 'sarcasm word list'));
  hits.push(...ironicVerdicts(ctx));
  if (ctx.quotes.length > 0) hits.push(...scareQuotes(ctx));
  // The clapping pattern backtracks over every word: only run it when there is a clap at all.
  const claps = ctx.text.includes('\u{1F44F}') ? [...ctx.text.matchAll(CLAP_BETWEEN_WORDS)] : [];
  for (const e of [...ctx.text.matchAll(MARKERS), ...claps]) {
    const range: Range = [e.index, e.index + e[0].length];
    if (!inQuoteSpan(ctx, range)) hits.push({ range, evidence: `sarcasm marker ${e[0]}` });
  }
  return hits;
}
