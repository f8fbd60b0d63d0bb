import { describe, expect, it } from 'vitest';
import { analyseScenario, formatPath, replay, type Scenario } from '../../src/engine/index.ts';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import { fixturePath, loadScenario } from './load-fixture.ts';

describe('loops', () => {
  const { scenario, analysis } = loadScenario('valid-loop.yaml');

  it('allows a loop that carries no points, and sees it can be gone round without end', () => {
    expect(analysis.problems).toEqual([]);
    expect(analysis.extremes).toMatchObject({ minDecisions: 1, maxDecisions: Infinity });
  });

  it('counts the best and worst totals over paths through the loop too', () => {
    // hide scores integrity +2 whether it comes first or after waiting; insult -2.
    expect(analysis.extremes!.best).toMatchObject({ integrity: 2, deescalation: 0 });
    expect(analysis.extremes!.worst).toMatchObject({ integrity: -2, deescalation: -2 });
  });

  it('routes by the state the loop built up: hiding after waiting is too late', () => {
    const early = replay(scenario, ['hide']);
    const late = replay(scenario, ['wait', 'hide']);
    expect(early.ok && early.run.nodeId).toBe('calm');
    expect(late.ok && late.run.nodeId).toBe('loud');
  });

  it('rejects a loop that collects points each time round', () => {
    const { problems } = checkScenarioFile(fixturePath('broken/scoring-loop.yaml'));
    expect(problems.map((p) => [p.code, formatPath(p.path)])).toEqual([['scoring-loop', 'nodes.rant.choices[0].scores']]);
    expect(problems[0]!.line).toBe(28); // `scores: { deescalation: 1 }`
  });
});

describe('indistinguishable choices', () => {
  const { scenario } = loadScenario('valid-minimal.yaml');
  const withTwin = (change: (twin: Scenario['nodes'][string] & { type: 'decision' }) => void): Scenario => {
    const copy = structuredClone(scenario);
    const node = copy.nodes['complaint'] as Scenario['nodes'][string] & { type: 'decision' };
    const twin = structuredClone(node.choices[0]!);
    twin.id = 'listen-twin';
    node.choices.push(twin);
    change(node);
    return copy;
  };
  const codes = (s: Scenario) => analyseScenario(s).problems.map((p) => p.code);

  it.each([
    { what: 'an exact copy', change: () => {} },
    { what: 'the same mood changes written in another order', change: (n: { choices: { effects?: object }[] }) => {
      const e = n.choices[2]!.effects as { moods: Record<string, number> };
      n.choices[2]!.effects = { ...e, moods: Object.fromEntries(Object.entries(e.moods).reverse()) };
    } },
    { what: '`next` as a plain id and as a single route', change: (n: { choices: { next: unknown }[] }) => {
      n.choices[2]!.next = [{ to: n.choices[0]!.next as string }];
    } },
    { what: 'a score of 0 written out', change: (n: { choices: { scores?: Record<string, number> }[] }) => {
      n.choices[2]!.scores = { ...n.choices[2]!.scores, solution: 0 };
    } },
  ])('are found when the twin differs only by $what', ({ change }) => {
    expect(codes(withTwin(change as never))).toContain('indistinguishable-choices');
  });

  it('are not reported when one point differs', () => {
    const s = withTwin((n) => {
      n.choices[2]!.scores = { ...n.choices[2]!.scores, clarity: 1 };
    });
    expect(codes(s)).not.toContain('indistinguishable-choices');
  });
});

describe('the state limit', () => {
  it('names the limit, not the count it stopped at', () => {
    const { scenario } = loadScenario('valid-minimal.yaml');
    const problem = analyseScenario(scenario, 3).problems.find((p) => p.code === 'too-complex');
    expect(problem?.message).toContain('more than 3 distinct states');
  });
});
