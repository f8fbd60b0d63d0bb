/**
 * "Endings found n of m" for one scenario, from what this device stored: the distinct endings
 * reached by the finished runs the store keeps (and its best run, kept even when it drops out of
 * `finished`), counted only where the scenario still has that ending. The home page counts the same
 * way per module (src/stores/progress-summary.ts).
 */
import type { Scenario } from '../../engine/index.ts';

export interface EndingsFound {
  found: number;
  total: number;
}

/** The ids of the scenario's endings, in authored order. */
export function endingIdsOf(scenario: Pick<Scenario, 'nodes'>): string[] {
  return Object.entries(scenario.nodes)
    .filter(([, node]) => node.type === 'ending')
    .map(([id]) => id);
}

/** How many of the scenario's endings the stored runs reached. */
export function endingsFound(scenario: Pick<Scenario, 'nodes'>, runs: readonly { endingId: string }[]): EndingsFound {
  const ids = endingIdsOf(scenario);
  const reached = new Set(runs.map((r) => r.endingId));
  return {
    found: ids.filter((id) => reached.has(id)).length,
    total: ids.length,
  };
}
