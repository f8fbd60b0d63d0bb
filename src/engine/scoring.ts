/**
 * Scores a run on the five dimensions, normalised against the best and worst complete paths:
 * 100 means as good as any path through this scenario can be, 0 as bad as any can be.
 */
import type { PathExtremes } from './analyse-graph.ts';
import { DIMENSIONS, type Dimension } from './dimensions.ts';
import type { Run } from './run.ts';
import type { Outcome, Scenario } from './scenario-schema.ts';

export interface DimensionScore {
  /** Points collected on this run. */
  points: number;
  /** The most and fewest points any complete path collects. */
  best: number;
  worst: number;
  /** 0..100, rounded. */
  percent: number;
}

export interface RunScore {
  dimensions: Record<Dimension, DimensionScore>;
  /** The mean of the five percentages, rounded. */
  overall: number;
  /** The ending reached, when the run is over. */
  ending?: { id: string; outcome: Outcome };
}

export function normalise(points: number, best: number, worst: number): number {
  // A dimension no choice moves cannot be done badly: full marks.
  if (best === worst) return 100;
  return Math.round(Math.min(1, Math.max(0, (points - worst) / (best - worst))) * 100);
}

/** `extremes` needs only the best and worst totals (what the island gets from the build). */
export function scoreRun(scenario: Scenario, run: Run, extremes: Pick<PathExtremes, 'best' | 'worst'>): RunScore {
  const dimensions = {} as Record<Dimension, DimensionScore>;
  for (const d of DIMENSIONS) {
    const best = extremes.best[d];
    const worst = extremes.worst[d];
    dimensions[d] = { points: run.totals[d], best, worst, percent: normalise(run.totals[d], best, worst) };
  }
  const overall = Math.round(DIMENSIONS.reduce((sum, d) => sum + dimensions[d].percent, 0) / DIMENSIONS.length);
  const node = scenario.nodes[run.nodeId];
  return {
    dimensions,
    overall,
    ...(run.ended && node?.type === 'ending' ? { ending: { id: run.nodeId, outcome: node.outcome } } : {}),
  };
}
