/**
 * The strategy probes and the check built on them, on fixture scenarios whose answers are known by
 * construction (see the comments at the top of tests/fixtures/scenarios/strategy/*.yaml).
 */
import { describe, expect, it } from 'vitest';
import { bestNow, candystormRoutes, probe, routeDifference, warmest } from '../../src/engine/strategies.ts';
import { readSelfChecks, selfCheckProblems, selfCheckReport } from '../../src/content-check/self-checks.ts';
import { describeStrategies, strategyProblems, strategyReport } from '../../src/content-check/strategy-check.ts';
import { loadScenario } from './load-fixture.ts';

const judgement = loadScenario('strategy/judgement.yaml').scenario;
const ruleWins = loadScenario('strategy/rule-wins.yaml').scenario;
const ids = (r: { steps: { nodeId: string; choiceId: string }[] }) => r.steps.map((s) => `${s.nodeId}/${s.choiceId}`);

describe('the rule-of-thumb probes', () => {
  it('"warmest" takes the most empathy and is caught by the over-promise', () => {
    const r = probe(judgement, warmest);
    expect(ids(r)).toEqual(['open/promise', 'middle/thank']);
    expect(r).toMatchObject({ endingId: 'calm', outcome: 'calmed' });
  });

  it('"best now" takes the highest sum and breaks a tie by the authored order', () => {
    // middle: thank (2+1) and correct (1+2) tie at 3; thank is authored first.
    const r = probe(judgement, bestNow);
    expect(ids(r)).toEqual(['open/promise', 'middle/thank']);
    expect(r.outcome).toBe('calmed');
  });

  it('both rules win the fixture built for them', () => {
    expect(probe(ruleWins, warmest).outcome).toBe('candystorm');
    expect(probe(ruleWins, bestNow).outcome).toBe('candystorm');
  });

  it('"warmest" breaks an empathy tie by the other dimensions', () => {
    const [a, b] = [
      { id: 'a', scores: { empathy: 1, clarity: 0 } },
      { id: 'b', scores: { empathy: 1, clarity: 2 } },
    ] as unknown as Parameters<typeof warmest>[0];
    expect(warmest([a!, b!]).id).toBe('b');
    expect(bestNow([a!, b!]).id).toBe('b');
  });
});

describe('candystorm routes', () => {
  it('counts every route and finds two that differ in two decisions', () => {
    const r = candystormRoutes(judgement);
    expect(r.count).toBe(2);
    expect(r.capped).toBe(false);
    expect(r.widestDifference).toBe(2);
  });

  it('finds a single route where there is one', () => {
    expect(candystormRoutes(ruleWins)).toMatchObject({ count: 1, widestDifference: 0 });
  });

  it('stops at the count limit and says so', () => {
    expect(candystormRoutes(judgement, 1)).toMatchObject({ count: 1, capped: true });
  });

  it('measures the difference of two routes in decisions', () => {
    const a = [{ nodeId: 'n1', choiceId: 'x' }, { nodeId: 'n2', choiceId: 'y' }];
    expect(routeDifference(a, a)).toBe(0);
    expect(routeDifference(a, [{ nodeId: 'n1', choiceId: 'z' }, { nodeId: 'n2', choiceId: 'y' }])).toBe(1);
    expect(routeDifference(a, [{ nodeId: 'n1', choiceId: 'z' }, { nodeId: 'n3', choiceId: 'y' }])).toBe(2);
  });
});

describe('the strategy check', () => {
  const rows = (scenario: typeof judgement, n: number) => strategyReport(Array.from({ length: n }, (_, i) => ({ file: `s${i}.yaml`, scenario })));

  it('fails when a rule of thumb wins too many scenarios, naming the files and a fix', () => {
    const problems = strategyProblems(rows(ruleWins, 4), 'content/scenarios/');
    const limits = problems.filter((p) => p.code === 'rule-of-thumb-wins');
    expect(limits).toHaveLength(2);
    expect(limits[0]!.message).toContain('always the warmest choice');
    expect(limits[0]!.message).toContain('s0.yaml, s1.yaml, s2.yaml, s3.yaml');
    expect(limits[0]!.fix).toMatch(/In at least 3 of these/);
    expect(limits[1]!.message).toContain('always the best-scoring move now');
    const single = problems.filter((p) => p.code === 'single-candystorm-route');
    expect(single.map((p) => p.file)).toEqual(['s0.yaml', 's1.yaml', 's2.yaml', 's3.yaml']);
  });

  it('passes scenarios that only judgement wins, and allows a quarter won by "warmest"', () => {
    expect(strategyProblems(rows(judgement, 4), 'content/scenarios/')).toEqual([]);
    const mixed = [...rows(judgement, 3), ...strategyReport([{ file: 'x.yaml', scenario: ruleWins }])];
    expect(strategyProblems(mixed, 'c/').map((p) => p.code)).toEqual(['single-candystorm-route']);
  });

  it('applies no limit below four scenarios but still prints the figures', () => {
    const few = rows(ruleWins, 3);
    expect(strategyProblems(few, 'c/')).toEqual([]);
    expect(describeStrategies(few).join('\n')).toMatch(/rule-wins\s+candystorm\s+candystorm\s+1 \(0\)/);
  });
});

describe('self-check guessability', () => {
  const tag = (options: string[], correct: number, applied = false) =>
    `<SelfCheck\n  ${applied ? 'applied\n  ' : ''}id="q${correct}"\n  question="?"\n  options={${JSON.stringify(options)}}\n  correct={${correct}}\n  explanation="…"\n/>`;

  it('reads whether the right answer is the longest and whether the question is applied', () => {
    const checks = readSelfChecks(`# L\n\n${tag(['kurz', 'die lange richtige', 'mittel'], 1)}\n\n${tag(['lang lang lang', 'b'], 1, true)}`);
    expect(checks).toEqual([
      { id: 'q1', line: 3, applied: false, rightIsLongest: true },
      { id: 'q1', line: 11, applied: true, rightIsLongest: false },
    ]);
  });

  it('fails above 40 % longest-right and on a lesson without an applied question', () => {
    const longest = readSelfChecks(tag(['a', 'bbbb'], 1, true));
    const other = readSelfChecks(tag(['aaaa', 'b'], 1));
    const report = selfCheckReport([{ file: 'l1.mdx', checks: [...longest, ...longest, ...other] }, { file: 'l2.mdx', checks: other }]);
    expect(report).toMatchObject({ total: 4, rightIsLongest: 2, withoutApplied: ['l2.mdx'] });
    const problems = selfCheckProblems(report, 'content/lessons/');
    expect(problems.map((p) => [p.code, p.file])).toEqual([
      ['self-check-guessable', 'content/lessons/'],
      ['no-applied-question', 'l2.mdx'],
    ]);
    expect(selfCheckProblems(selfCheckReport([{ file: 'l1.mdx', checks: [...longest, ...other, ...other] }]), 'c/')).toEqual([]);
  });
});
