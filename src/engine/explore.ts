/**
 * Explores every state a scenario can be in: the graph of (node, state) pairs reachable from the
 * start (or from any point of a run, for advice). Conditions depend on state, so this is the only
 * honest way to say what can be reached. Values are clamped to their scales, so the graph is
 * finite; a limit guards against huge ones.
 */
import type { Scenario } from './scenario-schema.ts';
import { initialState, stateKey, type State } from './state.ts';
import { availableExits, takeChoice } from './transition.ts';

export interface StateEdge {
  /** The choice id, or the write outcome id. */
  choiceId: string;
  /** Index in `exitsOf(node)`: for a choice its index in `choices`, write outcomes come after them. */
  choiceIndex: number;
  /** `write` when the edge is an outcome of the node's write block (no button). */
  kind: 'choice' | 'write';
  to: string;
}

export interface StateVertex {
  key: string;
  nodeId: string;
  state: State;
  isEnding: boolean;
  edges: StateEdge[];
}

export interface Exploration {
  start: string;
  vertices: Map<string, StateVertex>;
  /** True when the limit was hit and the graph is incomplete. */
  truncated: boolean;
}

export const DEFAULT_STATE_LIMIT = 100_000;

/** Where an exploration begins: a node and the state a learner arrives there with. */
export interface ExploreFrom {
  nodeId: string;
  state: State;
}

/** The key of a (node, state) pair in an exploration: equal pairs, equal keys. */
export function vertexKey(nodeId: string, state: State): string {
  return `${nodeId}#${stateKey(state)}`;
}

/**
 * Walks the state graph breadth-first from `from` (default: the scenario's start and initial
 * state). Starting mid-run gives exactly the states still reachable from that point.
 */
export function explore(scenario: Scenario, limit = DEFAULT_STATE_LIMIT, from?: ExploreFrom): Exploration {
  const vertices = new Map<string, StateVertex>();
  const visit = (nodeId: string, state: State): string => {
    const key = vertexKey(nodeId, state);
    if (!vertices.has(key)) {
      vertices.set(key, { key, nodeId, state, isEnding: scenario.nodes[nodeId]?.type === 'ending', edges: [] });
      queue.push(key);
    }
    return key;
  };
  const queue: string[] = [];
  const start = from ? visit(from.nodeId, from.state) : visit(scenario.start, initialState(scenario));
  let truncated = false;
  for (let i = 0; i < queue.length; i++) {
    if (vertices.size > limit) {
      truncated = true;
      break;
    }
    const vertex = vertices.get(queue[i]!)!;
    const node = scenario.nodes[vertex.nodeId];
    if (node?.type !== 'decision') continue;
    for (const { exit, exitIndex } of availableExits(node, vertex.state)) {
      const next = takeChoice(exit.item, vertex.state);
      if (!next || !scenario.nodes[next.nodeId]) continue;
      vertex.edges.push({ choiceId: exit.item.id, choiceIndex: exitIndex, kind: exit.kind, to: visit(next.nodeId, next.state) });
    }
  }
  return { start, vertices, truncated };
}
