/**
 * `question`: a genuine question to the person: a sentence ending in "?" that is neither a request
 * phrased as a question ("Kannst du mir bitte die Nummer schicken?") nor a rhetorical attack
 * ("Geht's noch?", "?!", "??", a question that insults, accuses or mocks, or a short echo of the
 * other person's words followed by a rebuttal).
 */
import { matchInSentence, overlaps, type Context } from '../context.ts';
import type { FeatureId, Hit, Range } from '../types.ts';

const ATTACKS: FeatureId[] = ['insult', 'you-accusation', 'threat', 'sarcasm'];

// Words a real question opens with; a short "question" without one that is followed by more text
// echoes the other person's words back ("Nie wieder?", "Useless liars? Says the person who…").
const OPENERS = new Set(('wer was wann wo wie warum wieso weshalb welche welcher welches welchen woher wohin womit hast hat habt haben bist ist sind seid '
  + 'kannst kann konnen konntest willst magst mochtest darf darfst soll sollen gibt geht brauchst weisst alles du sie ihr '
  + 'who what when where why how which do does did is are was were have has can could would will should shall may any anything everything all you ok okay').split(' '));

function isEcho(ctx: Context, index: number): boolean {
  const s = ctx.sentences[index]!;
  return index + 1 < ctx.sentences.length && s.end - s.first <= 6 && !OPENERS.has(ctx.tokens[s.first]!.norm);
}

/** Finds genuine questions; runs after the attack detectors. */
export function detectQuestion(ctx: Context): Hit[] {
  const hits: Hit[] = [];
  const attacks = ATTACKS.flatMap((id) => ctx.found.get(id) ?? []);
  const insults = ctx.found.get('insult') ?? [];
  for (const [index, s] of ctx.sentences.entries()) {
    if (!s.terminator.includes('?') && !s.terminator.includes('？')) continue;
    if (/[!！]/u.test(s.terminator) || (s.terminator.match(/[?？]/gu) ?? []).length >= 2) continue;
    if (s.end - s.first < 2 || ctx.tokens[s.first]!.quoted) continue;
    const range: Range = [s.start, s.stop];
    // An attack up to the next sentence (an emoji after the "?" included) makes the question rhetorical.
    const reach: Range = [s.start, ctx.sentences[index + 1]?.start ?? ctx.text.length];
    if (attacks.some((a) => overlaps(a.range, reach))) continue;
    // An insult in the sentence after answers the question itself ("Going to the press over a photo?
    // Get a grip 😂"): it was asked to mock (1.3).
    const after: Range = [reach[1], ctx.sentences[index + 2]?.start ?? ctx.text.length];
    if (after[0] < after[1] && insults.some((a) => overlaps(a.range, after))) continue;
    if (isEcho(ctx, index)) continue;
    if (matchInSentence(ctx, ctx.lexicon.questionRhetorical, s).length > 0) continue;
    // A request phrased as a question opens the sentence (after at most a greeting or name).
    if (matchInSentence(ctx, ctx.lexicon.questionRequest, s).some((m) => m.first <= s.first + 2)) continue;
    hits.push({ range, evidence: 'sentence ending in "?"' });
  }
  return hits;
}
