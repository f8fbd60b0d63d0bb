/**
 * The analyser's floors over every labelled reply in tests/replies/ (nothing excluded; the
 * layouts are described in scripts/reply-eval/read-labelled.ts): precision
 * ≥ 0.9 for insult, threat, shouting and personal-data (never accuse a learner wrongly) and
 * macro-F1 ≥ 0.8. The same computation prints the table in `npm run eval:replies`.
 */
import { describe, expect, it } from 'vitest';
import { LABELLED_DIR } from '../../scripts/eval-replies.ts';
import { readLabelledDirectory } from '../../scripts/reply-eval/read-labelled.ts';
import { evaluateReplies, MACRO_F1_FLOOR, PRECISION_CRITICAL, PRECISION_FLOOR } from '../../scripts/reply-eval/score.ts';

const { replies, problems, sources } = readLabelledDirectory(LABELLED_DIR);
const result = evaluateReplies(replies);

describe('reply analyser against the labelled replies', () => {
  it('reads every line of every labelled file', () => {
    expect(sources.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(replies.length).toBeGreaterThan(0);
  });

  it.each(PRECISION_CRITICAL)(`keeps precision for %s at or above ${PRECISION_FLOOR}`, (feature) => {
    const score = result.overall.features.find((f) => f.feature === feature)!;
    const wrong = result.disagreements.filter((d) => d.wrong.includes(feature)).map((d) => `${d.id}: ${d.text}`);
    // No prediction at all means nobody was accused: precision is undefined, not a failure.
    if (score.precision !== null) expect(score.precision, `wrongly flagged:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it(`keeps macro-F1 at or above ${MACRO_F1_FLOOR}`, () => {
    expect(result.overall.macroF1).not.toBeNull();
    expect(result.overall.macroF1!).toBeGreaterThanOrEqual(MACRO_F1_FLOOR);
  });
});

describe('the scoring itself', () => {
  const reply = (id: string, text: string, labels: string[]) => ({ file: 't', line: 1, id, lang: 'en' as const, commentId: undefined, text, labels: labels as never[] });

  it('counts a wrong flag against precision and a miss against recall', () => {
    const r = evaluateReplies([reply('a', 'you idiot', ['insult']), reply('b', 'Thanks a lot!', []), reply('c', 'What happened?', ['question', 'acknowledge'])]);
    const get = (id: string) => r.overall.features.find((f) => f.feature === id)!;
    expect(get('insult')).toMatchObject({ truePositives: 1, falsePositives: 0, precision: 1, recall: 1, support: 1 });
    expect(get('thanks')).toMatchObject({ truePositives: 0, falsePositives: 1, precision: 0, recall: null, f1: 0 });
    expect(get('acknowledge')).toMatchObject({ falseNegatives: 1, recall: 0, f1: 0 });
    expect(r.overall.excludedFromMacro).toContain('threat');
    expect(r.overall.excludedFromMacro).not.toContain('thanks');
  });
});
