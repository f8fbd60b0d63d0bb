import { describe, expect, it } from 'vitest';
import { describeGuessability, guessability, guessabilityProblems, share } from '../../src/content-check/guessability.ts';
import type { Scenario } from '../../src/engine/index.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario } = loadScenario('valid-minimal.yaml');

/** A copy of the fixture whose `complaint` decision has choices with these scores and texts. */
function withChoices(choices: { total: number; text: string }[]): Scenario {
  const copy = structuredClone(scenario);
  const node = copy.nodes['complaint'];
  if (node?.type !== 'decision') throw new Error('fixture changed');
  const template = node.choices[0]!;
  node.choices = choices.map((c, i) => ({ ...template, id: `c${i}`, text: { de: c.text, en: c.text }, scores: { clarity: c.total } }));
  delete copy.nodes['troll']; // one decision only; references do not matter to this report
  return copy;
}

describe('the guessability report', () => {
  it.each([
    { name: 'best first and longest', choices: [{ total: 2, text: 'long long long' }, { total: 0, text: 'a' }, { total: -1, text: 'b' }], expected: { first: 1, last: 0, longest: 1 } },
    { name: 'best last', choices: [{ total: 0, text: 'aaaa' }, { total: -1, text: 'b' }, { total: 1, text: 'c' }], expected: { first: 0, last: 1, longest: 0 } },
    { name: 'best in the middle, not longest', choices: [{ total: 0, text: 'aaaa' }, { total: 2, text: 'b' }, { total: 1, text: 'c' }], expected: { first: 0, last: 0, longest: 0 } },
  ])('counts a decision with the $name', ({ choices, expected }) => {
    expect(guessability([withChoices(choices)])).toMatchObject({ decisions: 1, ties: 0, ...expected });
  });

  it('counts a tie for best apart and not as a decision', () => {
    const report = guessability([withChoices([{ total: 2, text: 'a' }, { total: 2, text: 'b' }])]);
    expect(report).toMatchObject({ decisions: 0, ties: 1 });
    expect(share(report.first, report)).toBe(0);
  });

  it('sums over the decisions of all scenarios given', () => {
    const report = guessability([scenario, scenario]);
    const single = guessability([scenario]);
    expect(report.decisions).toBe(single.decisions * 2);
    expect(report.first).toBe(single.first * 2);
  });
});

describe('guessability problems', () => {
  const bestFirst = withChoices([{ total: 2, text: 'a' }, { total: 0, text: 'bb' }, { total: 1, text: 'c' }]);
  const bestMiddle = withChoices([{ total: 0, text: 'a' }, { total: 2, text: 'b' }, { total: 1, text: 'cc' }]);

  it('names the decisions where the best choice is first, and how many to change, once five decisions are judged', () => {
    const report = guessability([bestFirst, bestFirst, bestFirst, bestMiddle, bestMiddle]);
    const [p, ...rest] = guessabilityProblems(report, 'drafts/a.yaml');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'drafts/a.yaml', code: 'guessable', severity: 'error' });
    expect(p!.message).toContain('first option in 3 of 5 decisions (60 %; at most 40 % allowed)');
    expect(p!.message).toContain('valid-minimal/complaint');
    // 40 % of 5 is 2: one of the three must change.
    expect(p!.fix).toBe('In at least 1 of these decisions, move the best choice away from the first place.');
  });

  it('does not judge fewer than five decisions, and says so in the summary', () => {
    const report = guessability([bestFirst, bestFirst, bestFirst, bestFirst]);
    expect(guessabilityProblems(report, 'x.yaml')).toEqual([]);
    expect(describeGuessability(report)).toContain('not applied below 5 decisions');
  });

  it('says it measured nothing, rather than "over 0 decisions", when no scenario could be counted', () => {
    const line = describeGuessability(guessability([]));
    expect(line).toMatch(/^guessability: not measured/);
    expect(line).not.toContain('over 0 decisions');
  });
});
