/**
 * The learned model's view of a reply: hashed, binary features from the tokeniser's tokens (word
 * unigrams and bigrams, character 3–5-grams inside words, words near a "you"), emoji, and the rule
 * analyser's own findings. Pure TypeScript (no node: imports), so it could run in the analyser
 * unchanged if a later experiment shows the model helps.
 */
import type { Sentence, Token } from '../../src/analysis/tokenise.ts';
import type { FeatureId, ReplyLang } from '../../src/analysis/types.ts';

/** Number of hash buckets (a power of two). Changing it needs a fresh training run. */
export const HASH_BUCKETS = 1 << 16;

/** Words that address the other person; the words right after them carry most accusations. */
const YOU_WORDS = new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'ihr', 'euch', 'euer', 'eure', 'sie', 'ihnen', 'you', 'your', 'youre', "you're", 'ur', 'u', 'yourself', 'ya']);

const EMOJI = /\p{Extended_Pictographic}/gu;

/** The bucket of one feature string: FNV-1a over UTF-16 code units (fixed, fast, identical in every engine). */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (HASH_BUCKETS - 1);
}

/** Adds the hashed features of tokens `[first, end)` (one sentence or the whole reply) to `out`. */
function addTokenFeatures(tokens: readonly Token[], first: number, end: number, text: string, from: number, to: number, out: Set<number>): void {
  let lastYou = -10;
  for (let i = first; i < end; i++) {
    const t = tokens[i]!;
    // A quoted word is the other person's, not the writer's: it gets its own feature space.
    const q = t.quoted ? 'q' : '';
    const w = t.skel;
    out.add(hash(`${q}w:${w}`));
    const prev = i > first ? tokens[i - 1]! : undefined;
    if (prev && prev.sentence === t.sentence) out.add(hash(`${q}b:${prev.skel} ${w}`));
    if (!t.quoted && i - lastYou <= 3 && tokens[lastYou]!.clause === t.clause) out.add(hash(`y:${w}`));
    if (YOU_WORDS.has(t.norm)) lastYou = i;
    if (!t.isNumber && w.length >= 3) {
      const padded = `<${w}>`;
      for (let n = 3; n <= 5; n++) for (let k = 0; k + n <= padded.length; k++) out.add(hash(`${q}c:${padded.slice(k, k + n)}`));
    }
  }
  for (const m of text.slice(from, to).matchAll(EMOJI)) out.add(hash(`e:${m[0]}`));
}

/** The features of a whole reply: its words, the rules' findings and the language. Sorted bucket ids. */
export function replyFeatures(text: string, lang: ReplyLang, tokens: readonly Token[], sentences: readonly Sentence[], ruleFeatures: Iterable<FeatureId>): number[] {
  const out = new Set<number>();
  out.add(hash(`lang:${lang}`));
  addTokenFeatures(tokens, 0, tokens.length, text, 0, text.length, out);
  for (const s of sentences) if (s.terminator.includes('?')) out.add(hash('p:?'));
  if (/!{2,}|\?{2,}/.test(text)) out.add(hash('p:!!'));
  for (const id of ruleFeatures) out.add(hash(`r:${id}`));
  return [...out].sort((a, b) => a - b);
}
