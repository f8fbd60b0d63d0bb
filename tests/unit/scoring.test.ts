import { describe, expect, it } from 'vitest';
import { DIMENSIONS, normalise, replay, scoreRun } from '../../src/engine/index.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario, analysis } = loadScenario('valid-minimal.yaml');
const extremes = analysis.extremes!;

describe('normalise', () => {
  it.each([
    { points: 4, best: 4, worst: -2, percent: 100 },
    { points: -2, best: 4, worst: -2, percent: 0 },
    { points: 1, best: 4, worst: -2, percent: 50 },
    { points: 0, best: 0, worst: 0, percent: 100 },
    { points: 9, best: 4, worst: -2, percent: 100 },
    { points: -9, best: 4, worst: -2, percent: 0 },
  ])('scores $points points between $worst and $best as $percent', ({ points, best, worst, percent }) => {
    expect(normalise(points, best, worst)).toBe(percent);
  });
});

describe('graph extremes', () => {
  it('finds the best and worst total per dimension over all complete paths', () => {
    // Enumerate every complete path by hand: (listen|defend) then (hide-troll|argue|thank-ben when listened).
    const paths = [
      ['listen', 'hide-troll'],
      ['listen', 'argue'],
      ['listen', 'thank-ben'],
      ['defend', 'hide-troll'],
      ['defend', 'argue'],
    ];
    const totals = paths.map((p) => {
      const r = replay(scenario, p);
      if (!r.ok) throw new Error(r.error);
      return r.run.totals;
    });
    for (const d of DIMENSIONS) {
      expect(extremes.best[d], d).toBe(Math.max(...totals.map((t) => t[d])));
      expect(extremes.worst[d], d).toBe(Math.min(...totals.map((t) => t[d])));
    }
    expect([extremes.minDecisions, extremes.maxDecisions]).toEqual([2, 2]);
  });
});

describe('scoreRun', () => {
  it('gives full marks on a dimension only to a path that reaches its best total, and names the ending', () => {
    const r = replay(scenario, ['listen', 'hide-troll']);
    if (!r.ok) throw new Error(r.error);
    const score = scoreRun(scenario, r.run, extremes);
    // Empathy: this path collects 2, thanking Ben instead would collect 3 (the best); the worst path -2.
    expect(score.dimensions.empathy).toEqual({ points: 2, best: 3, worst: -2, percent: 80 });
    expect(score.dimensions.deescalation.percent).toBe(100);
    expect(score.dimensions.integrity.percent).toBe(100);
    expect(score.ending).toEqual({ id: 'candy', outcome: 'candystorm' });
  });

  it('gives the worst path zero on every dimension it can lose', () => {
    const r = replay(scenario, ['defend', 'argue']);
    if (!r.ok) throw new Error(r.error);
    const score = scoreRun(scenario, r.run, extremes);
    expect(score.dimensions.empathy.percent).toBe(0);
    expect(score.dimensions.deescalation.percent).toBe(0);
    expect(score.dimensions.integrity.percent).toBe(0);
    expect(score.ending?.outcome).toBe('shitstorm');
    expect(score.overall).toBeLessThan(50);
  });

  it('has no ending while the run is still going', () => {
    const r = replay(scenario, ['listen']);
    if (!r.ok) throw new Error(r.error);
    expect(scoreRun(scenario, r.run, extremes).ending).toBeUndefined();
  });
});
