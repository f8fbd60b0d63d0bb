/**
 * `question`: a genuine question to the person: a sentence ending in "?" that is neither a request
 * phrased as a question ("Kannst du mir bitte die Nummer schicken?") nor a rhetorical attack
 * ("Geht's noch?", "?!", "???", or a question that insults, accuses or mocks).
 */
import { matchInSentence, overlaps, type Context } from '../context.ts';
import type { FeatureId, Hit, Range } from '../types.ts';

const ATTACKS: FeatureId[] = ['insult', 'you-accusation', 'threat', 'sarcasm'];

/** Finds genuine questions; runs after the attack detectors. */
export function detectQuestion(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const attacks = ATTACKS.flatMap((id) => ctx.found.get(id) ?? []);
  for (const s of ctx.sentences) {
    if (!s.terminator.includes('?') && !s.terminator.includes('？')) continue;
    if (/[!！]/u.test(s.terminator) || (s.terminator.match(/[?？]/gu) ?? []).length >= 3) continue;
    if (s.end - s.first < 2 || ctx.tokens[s.first]!.quoted) continue;
    const range: Range = [s.start, s.stop];
    if (attacks.some((a) => overlaps(a.range, range))) continue;
    if (matchInSentence(ctx, ctx.lexicon.questionRhetorical, s).length > 0) continue;
    // A request phrased as a question opens the sentence (after at most a greeting or name).
    if (matchInSentence(ctx, ctx.lexicon.questionRequest, s).some((m) => m.first <= s.first + 2)) continue;
    hits.push({ range, evidence: 'sentence ending in "?"' });
  }
  return hits;
}
