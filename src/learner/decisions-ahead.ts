/**
 * How many decisions a learner still has ahead at each node, at the fewest: the "m" of "decision
 * n of m" on the class page is the decisions taken plus this. Conditions are ignored (a route
 * counts whether or not it can be taken), so it is an estimate, and never below the truth's
 * shortest way; the server takes it as the device's estimate. Pure, no DOM.
 */
import { exitsOf, type Scenario } from '../engine/index.ts';

/** Every node a decision's exits can lead to, whatever the state. */
function targetsOf(next: string | readonly { to: string }[]): string[] {
  return typeof next === 'string' ? [next] : next.map((r) => r.to);
}

/** Node id → the fewest decisions from there to an ending (0 at an ending; unreachable endings: absent). */
export function decisionsAhead(scenario: Pick<Scenario, 'nodes'>): Map<string, number> {
  const ahead = new Map<string, number>();
  for (const [id, node] of Object.entries(scenario.nodes)) if (node.type === 'ending') ahead.set(id, 0);
  // Relax until nothing shortens: a scenario has a few dozen nodes, so a few rounds suffice.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [id, node] of Object.entries(scenario.nodes)) {
      if (node.type !== 'decision') continue;
      let best = Infinity;
      for (const exit of exitsOf(node)) for (const to of targetsOf(exit.item.next)) best = Math.min(best, (ahead.get(to) ?? Infinity) + 1);
      if (best < (ahead.get(id) ?? Infinity)) {
        ahead.set(id, best);
        changed = true;
      }
    }
  }
  return ahead;
}
