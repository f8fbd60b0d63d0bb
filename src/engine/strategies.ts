/**
 * Can a rule of thumb win a scenario? Plays fixed strategies ("always the warmest choice", "always
 * the best-scoring move now") and counts the routes to a candystorm ending. A scenario that a rule
 * wins teaches the rule, not judgement; a scenario with a single candystorm route teaches one path.
 *
 * Only authored choices are followed: outcomes of free-text `write:` blocks (if a node has them)
 * are not choices a learner can click, so a rule of thumb cannot take them.
 */
import { DIMENSIONS } from './dimensions.ts';
import type { Choice, Outcome, Scenario } from './scenario-schema.ts';
import { initialState, stateKey, type State } from './state.ts';
import { availableChoices, takeChoice } from './transition.ts';

/** One decision on a route: where, and which choice. */
export interface RouteStep {
  nodeId: string;
  choiceId: string;
}

/** Where a strategy ends up. */
export interface ProbeResult {
  /** The choices the strategy took, in order. */
  steps: RouteStep[];
  /** The ending reached, or undefined when the strategy went round a loop or hit a dead end. */
  endingId?: string;
  outcome?: Outcome;
}

/** Picks one of the choices on offer (never called with an empty list). */
export type Strategy = (choices: readonly Choice[]) => Choice;

const points = (c: Choice, d: (typeof DIMENSIONS)[number]) => c.scores?.[d] ?? 0;
const total = (c: Choice) => DIMENSIONS.reduce((sum, d) => sum + points(c, d), 0);

/** The first choice with the highest key; equal keys keep the authored order. */
function highest(choices: readonly Choice[], key: (c: Choice) => [number, number]): Choice {
  let best = choices[0]!;
  for (const c of choices.slice(1)) {
    const [a1, a2] = key(c);
    const [b1, b2] = key(best);
    if (a1 > b1 || (a1 === b1 && a2 > b2)) best = c;
  }
  return best;
}

/** "Always the warmest choice": most empathy; ties go to the most points in the other four dimensions, then to the choice authored first. */
export const warmest: Strategy = (choices) => highest(choices, (c) => [points(c, 'empathy'), total(c) - points(c, 'empathy')]);

/** "Always the best-scoring move now": most points summed over the five dimensions; ties go to the choice authored first. */
export const bestNow: Strategy = (choices) => highest(choices, (c) => [total(c), 0]);

/** Plays a strategy from the start; stops at an ending, a dead end or the first repeated (node, state). */
export function probe(scenario: Scenario, strategy: Strategy): ProbeResult {
  let nodeId = scenario.start;
  let state: State = initialState(scenario);
  const steps: RouteStep[] = [];
  const seen = new Set<string>();
  for (;;) {
    const node = scenario.nodes[nodeId];
    if (!node) return { steps };
    if (node.type === 'ending') return { steps, endingId: nodeId, outcome: node.outcome };
    const key = `${nodeId}#${stateKey(state)}`;
    if (seen.has(key)) return { steps };
    seen.add(key);
    const choices = availableChoices(node, state);
    if (choices.length === 0) return { steps };
    const choice = strategy(choices);
    const next = takeChoice(choice, state);
    if (!next) return { steps };
    steps.push({ nodeId, choiceId: choice.id });
    nodeId = next.nodeId;
    state = next.state;
  }
}

/**
 * In how many decisions two routes differ: the (node, choice) pairs one route takes and the other
 * does not, counted for the route with more of them. A route that swaps one choice and then meets
 * the other again differs in 1; one that goes another way at two points differs in 2.
 */
export function routeDifference(a: readonly RouteStep[], b: readonly RouteStep[]): number {
  const keys = (r: readonly RouteStep[]) => new Set(r.map((s) => `${s.nodeId}/${s.choiceId}`));
  const ka = keys(a);
  const kb = keys(b);
  const only = (x: Set<string>, y: Set<string>) => [...x].filter((k) => !y.has(k)).length;
  return Math.max(only(ka, kb), only(kb, ka));
}

export interface CandystormRoutes {
  /** Distinct choice sequences from the start to a candystorm ending (loops not repeated). */
  count: number;
  /** True when counting stopped at the limit: there are at least `count`. */
  capped: boolean;
  /** The largest difference (see routeDifference) between two of the routes examined. */
  widestDifference: number;
  /** Two routes that differ most, for the report. */
  widestPair?: [RouteStep[], RouteStep[]];
}

/** How many routes are counted at most, and how many are kept to compare with each other. */
export const ROUTE_COUNT_LIMIT = 20_000;
export const ROUTES_COMPARED = 300;

/** Counts the routes to a candystorm ending by depth-first search over (node, state). */
export function candystormRoutes(scenario: Scenario, countLimit = ROUTE_COUNT_LIMIT, compared = ROUTES_COMPARED): CandystormRoutes {
  const kept: RouteStep[][] = [];
  let count = 0;
  let capped = false;
  const onPath = new Set<string>();
  const steps: RouteStep[] = [];
  const walk = (nodeId: string, state: State): void => {
    if (capped) return;
    const node = scenario.nodes[nodeId];
    if (!node) return;
    if (node.type === 'ending') {
      if (node.outcome !== 'candystorm') return;
      count++;
      if (kept.length < compared) kept.push([...steps]);
      if (count >= countLimit) capped = true;
      return;
    }
    const key = `${nodeId}#${stateKey(state)}`;
    if (onPath.has(key)) return;
    onPath.add(key);
    for (const choice of availableChoices(node, state)) {
      const next = takeChoice(choice, state);
      if (!next) continue;
      steps.push({ nodeId, choiceId: choice.id });
      walk(next.nodeId, next.state);
      steps.pop();
    }
    onPath.delete(key);
  };
  walk(scenario.start, initialState(scenario));
  let widestDifference = 0;
  let widestPair: [RouteStep[], RouteStep[]] | undefined;
  for (let i = 0; i < kept.length; i++) {
    for (let j = i + 1; j < kept.length; j++) {
      const d = routeDifference(kept[i]!, kept[j]!);
      if (d > widestDifference) {
        widestDifference = d;
        widestPair = [kept[i]!, kept[j]!];
      }
    }
  }
  return { count, capped, widestDifference, ...(widestPair ? { widestPair } : {}) };
}

/** The strategy figures of one scenario. */
export interface StrategyFigures {
  warmest: ProbeResult;
  bestNow: ProbeResult;
  routes: CandystormRoutes;
}

/** Plays both rules of thumb and counts the candystorm routes. */
export function strategyFigures(scenario: Scenario): StrategyFigures {
  return { warmest: probe(scenario, warmest), bestNow: probe(scenario, bestNow), routes: candystormRoutes(scenario) };
}
