/**
 * Advice for the debrief: the best path through a scenario, and for each decision a learner made,
 * the choice that would have led furthest. "Best" means the best ending first (a candystorm beats a
 * calmed thread, whatever the points), then the most points, the five dimensions weighed equally:
 * a move that scores well now but closes the way to the best ending (an over-promise) is not advised.
 *
 * Exact, on the state graph: a choice's route and what it offers later depend on the state, so the
 * plain node graph would give advice a learner cannot follow. The graph is condensed to its strongly
 * connected components as in path-extremes.ts, because a loop (e.g. waiting until the storm tops out)
 * can be gone round for ever; the checker rejects loops that score, so moves inside a component are
 * worth nothing and every state of a component has the same best. Equal totals go to the shorter
 * path, then to the choice the author wrote first, so the advice is the same every time.
 */
import { DIMENSIONS } from './dimensions.ts';
import { OUTCOMES } from './scenario-vocabulary.ts';
import { exitsOf } from './exits.ts';
import { DEFAULT_STATE_LIMIT, explore, vertexKey, type Exploration, type StateEdge, type StateVertex } from './explore.ts';
import type { Run } from './run.ts';
import type { Choice, Scenario } from './scenario-schema.ts';

/**
 * An ending's rank counts this much more than any sum of points, so the best ending always wins;
 * a path's points stay far below it (five dimensions, at most 2 each, on paths of at most a few
 * hundred decisions).
 */
const OUTCOME_WEIGHT = 1_000_000;
const pointsPart = (combined: number) => combined - Math.round(combined / OUTCOME_WEIGHT) * OUTCOME_WEIGHT;
import { initialState, type State } from './state.ts';
import { strongComponents } from './strong-components.ts';

/** The quality of a choice for advice: its points summed over the five dimensions, equally weighted. */
export function choiceValue(choice: Pick<Choice, 'scores'>): number {
  return DIMENSIONS.reduce((sum, d) => sum + (choice.scores?.[d] ?? 0), 0);
}

/** A best way on: the choice ids to an ending, and the summed points they collect. */
export interface BestContinuation {
  choiceIds: string[];
  total: number;
}

/** Best values over one exploration, and the move a best path makes from any of its states. */
interface BestTable {
  exploration: Exploration;
  /** The points a best way from a state to an ending collects; -Infinity when no ending can be reached. */
  value(key: string): number;
  /** The ending's rank and the points together, for comparing ways (see OUTCOME_WEIGHT). */
  rankedValue(key: string): number;
  /** The points of a move. */
  points(vertex: StateVertex, edge: StateEdge): number;
  /** The move a best path makes from a state; undefined at an ending or where none is reachable. */
  bestEdge(key: string): StateEdge | undefined;
}

function bestTable(scenario: Scenario, exploration: Exploration): BestTable {
  const vertex = (k: string) => exploration.vertices.get(k)!;
  const components = strongComponents(exploration.vertices.keys(), (k) => vertex(k).edges.map((e) => e.to));
  const componentOf = new Map<string, number>();
  components.forEach((members, ci) => members.forEach((k) => componentOf.set(k, ci)));
  const points = (v: StateVertex, e: StateEdge): number => {
    const node = scenario.nodes[v.nodeId];
    const exit = node?.type === 'decision' ? exitsOf(node)[e.choiceIndex] : undefined;
    return exit ? choiceValue(exit.item) : 0;
  };
  const best: number[] = [];
  /** Fewest moves from a state to an ending on a path with the best total. */
  const moves = new Map<string, number>();
  const isBestExit = (v: StateVertex, e: StateEdge, ci: number): boolean => {
    const target = componentOf.get(e.to)!;
    return target !== ci && best[ci]! > -Infinity && points(v, e) + best[target]! === best[ci];
  };

  // Components come out sinks first, so every component's successors are done before it.
  components.forEach((members, ci) => {
    let b = -Infinity;
    for (const key of members) {
      const v = vertex(key);
      if (v.isEnding) {
        const node = scenario.nodes[v.nodeId];
        b = Math.max(b, node?.type === 'ending' ? OUTCOMES.indexOf(node.outcome) * OUTCOME_WEIGHT : 0);
      }
      for (const e of v.edges) {
        const target = componentOf.get(e.to)!;
        if (target !== ci) b = Math.max(b, points(v, e) + best[target]!);
      }
    }
    best[ci] = b;
    if (b === -Infinity) return;
    // Among the best paths, the shortest: equal totals (e.g. waiting in a loop that scores nothing,
    // then the same good move) must not send the learner round the loop. Members with a best exit
    // are seeds with their own count; the rest count moves inside the component to them, found by a
    // breadth-first search backwards that takes seeds and queue in order of their counts.
    const seeds: { key: string; moves: number }[] = [];
    const incoming = new Map<string, string[]>();
    for (const key of members) {
      const v = vertex(key);
      let fewest = v.isEnding ? 0 : Infinity;
      for (const e of v.edges) {
        if (componentOf.get(e.to) === ci) {
          const list = incoming.get(e.to);
          if (list) list.push(key);
          else incoming.set(e.to, [key]);
        } else if (isBestExit(v, e, ci)) fewest = Math.min(fewest, 1 + moves.get(e.to)!);
      }
      if (fewest < Infinity) seeds.push({ key, moves: fewest });
    }
    seeds.sort((a, b) => a.moves - b.moves);
    const queue: string[] = [];
    let s = 0;
    let q = 0;
    while (s < seeds.length || q < queue.length) {
      const seed = seeds[s];
      let key: string;
      // A seed goes first on a tie: its count is final, one found through the queue could be larger.
      if (seed && (q === queue.length || seed.moves <= moves.get(queue[q]!)!)) {
        s++;
        if (moves.has(seed.key)) continue;
        moves.set(seed.key, seed.moves);
        key = seed.key;
      } else key = queue[q++]!;
      for (const from of incoming.get(key) ?? []) {
        if (!moves.has(from)) {
          moves.set(from, moves.get(key)! + 1);
          queue.push(from);
        }
      }
    }
  });

  return {
    exploration,
    points,
    value: (key) => {
      const b = best[componentOf.get(key)!]!;
      return b === -Infinity ? b : pointsPart(b);
    },
    rankedValue: (key) => best[componentOf.get(key)!]!,
    bestEdge(key) {
      const v = vertex(key);
      const here = moves.get(key);
      if (v.isEnding || here === undefined) return undefined;
      const ci = componentOf.get(key)!;
      // Each best move keeps the best total and is one move closer to the ending; edges are in the
      // author's order, so `find` breaks the remaining ties towards the choice written first.
      return v.edges.find(
        (e) => (componentOf.get(e.to) === ci || isBestExit(v, e, ci)) && moves.get(e.to)! + 1 === here,
      );
    },
  };
}

/** The table for the states reachable from a point; undefined when there are too many to be exact. */
function tableFrom(scenario: Scenario, nodeId: string, state: State): BestTable | undefined {
  const exploration = explore(scenario, DEFAULT_STATE_LIMIT, { nodeId, state });
  return exploration.truncated ? undefined : bestTable(scenario, exploration);
}

function continuation(table: BestTable, key: string): BestContinuation | undefined {
  const total = table.value(key);
  if (total === -Infinity) return undefined;
  const choiceIds: string[] = [];
  // Ends: every best move is one move closer to an ending.
  for (let edge = table.bestEdge(key); edge; edge = table.bestEdge(edge.to)) choiceIds.push(edge.choiceId);
  return { choiceIds, total };
}

/**
 * The choices with the highest summed points from a node in a state to an ending, and that total.
 * Among paths with equal totals the shortest wins (so it never goes round a loop), then the one
 * whose choices come first in the author's order. Undefined when no ending can be reached from
 * there (or the state graph from there is too large to be exact).
 */
export function bestContinuation(scenario: Scenario, nodeId: string, state: State): BestContinuation | undefined {
  const table = tableFrom(scenario, nodeId, state);
  return table && continuation(table, table.exploration.start);
}

/** The best path from the start: what the debrief shows beside the learner's. */
export function bestPath(scenario: Scenario): BestContinuation | undefined {
  return bestContinuation(scenario, scenario.start, initialState(scenario));
}

/** Advice on one decision of a run. */
export interface StepAdvice {
  /** Index of the step in the run. */
  step: number;
  nodeId: string;
  /** The choice the learner made. */
  chosen: string;
  /** The first choice of the best continuation from the state before the step. */
  best: string;
  /** True when the chosen choice can still reach the best ending with the best total (even if another id ties). */
  isBest: boolean;
  /** The most points the chosen choice plus the best way on after it can collect. */
  chosenValue: number;
  /** The points of the best way on (best ending first, then most points); can be below chosenValue when the chosen way collects more points towards a worse ending. */
  bestValue: number;
}

/**
 * For each decision of a run, the best choice there and how much more it could have led to.
 * A run of another scenario version gets no advice; a step that is no legal move from its state, or
 * after which no ending can be reached (neither happens in a checked scenario), is left out.
 */
export function adviseRun(scenario: Scenario, run: Run): StepAdvice[] {
  if (run.scenarioId !== scenario.id || run.scenarioVersion !== scenario.version || run.steps.length === 0) return [];
  // Every state of a run is reachable from the start, and a state's best depends only on what can be
  // reached from it, so one exploration from the start serves every step.
  const fromStart = tableFrom(scenario, scenario.start, initialState(scenario));
  return run.steps.flatMap((step, i): StepAdvice[] => {
    const key = vertexKey(step.nodeId, step.before);
    // A run edited by hand may pass states the start cannot reach: explore from there instead.
    const table = fromStart?.exploration.vertices.has(key) ? fromStart : tableFrom(scenario, step.nodeId, step.before);
    const vertex = table?.exploration.vertices.get(key);
    const chosen = vertex?.edges.find((e) => e.choiceId === step.choiceId);
    const best = table?.bestEdge(key);
    if (!table || !vertex || !chosen || !best) return [];
    const chosenValue = table.points(vertex, chosen) + table.value(chosen.to);
    if (chosenValue === -Infinity) return [];
    const bestValue = table.value(key);
    const isBest = table.points(vertex, chosen) + table.rankedValue(chosen.to) === table.rankedValue(key);
    return [{ step: i, nodeId: step.nodeId, chosen: step.choiceId, best: best.choiceId, isBest, chosenValue, bestValue }];
  });
}
