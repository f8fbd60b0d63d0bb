/**
 * A run: one learner's way through one scenario. Immutable and JSON-serialisable; fully determined by
 * the scenario (id and version) and the list of choice ids, so the server can replay and re-score it.
 */
import { addScores, zeroScores, type Scores } from './dimensions.ts';
import { inRunOrder } from './choice-order.ts';
import type { Choice, DecisionNode, Scenario, ScenarioNode } from './scenario-schema.ts';
import { initialState, type State } from './state.ts';
import { availableChoices, takeChoice } from './transition.ts';

export interface Step {
  /** The decision the choice was made at. */
  nodeId: string;
  choiceId: string;
  /** The state before the choice. */
  before: State;
}

export interface Run {
  scenarioId: string;
  scenarioVersion: number;
  /** Where the run is now: a decision, or the ending once it is over. */
  nodeId: string;
  state: State;
  /** Every choice made, in order. */
  steps: Step[];
  /** Points per dimension summed over the choices made. */
  totals: Scores;
  /** True once an ending is reached. */
  ended: boolean;
  /**
   * The seed of the order in which this run shows choices (choice-order.ts). Chosen when the run
   * starts and kept by rewind and replay; runs from before seeds existed have none.
   */
  seed?: number;
}

export type ChooseError = 'run-ended' | 'wrong-scenario' | 'unknown-choice' | 'choice-unavailable' | 'no-route';
export type ChooseResult = { ok: true; run: Run } | { ok: false; error: ChooseError };

export function startRun(scenario: Scenario, seed?: number): Run {
  const node = scenario.nodes[scenario.start];
  return {
    ...(seed === undefined ? {} : { seed }),
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    nodeId: scenario.start,
    state: initialState(scenario),
    steps: [],
    totals: zeroScores(),
    ended: node?.type === 'ending',
  };
}

export function currentNode(scenario: Scenario, run: Run): ScenarioNode | undefined {
  return scenario.nodes[run.nodeId];
}

/** The decision the run waits at, or undefined once it has ended. */
export function currentDecision(scenario: Scenario, run: Run): DecisionNode | undefined {
  const node = currentNode(scenario, run);
  return node?.type === 'decision' ? node : undefined;
}

/** The choices the learner can pick from now, in the order this run shows them (its seed's shuffle). */
export function choicesNow(scenario: Scenario, run: Run): Choice[] {
  const node = currentDecision(scenario, run);
  return node && !run.ended ? inRunOrder(node, run.nodeId, availableChoices(node, run.state), run.seed) : [];
}

/** Makes a choice and returns the new run; never throws, never changes the old run. */
export function choose(scenario: Scenario, run: Run, choiceId: string): ChooseResult {
  if (run.scenarioId !== scenario.id || run.scenarioVersion !== scenario.version) {
    return { ok: false, error: 'wrong-scenario' };
  }
  const node = currentDecision(scenario, run);
  if (run.ended || !node) return { ok: false, error: 'run-ended' };
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) return { ok: false, error: 'unknown-choice' };
  if (!availableChoices(node, run.state).includes(choice)) return { ok: false, error: 'choice-unavailable' };
  const next = takeChoice(choice, run.state);
  if (!next) return { ok: false, error: 'no-route' };
  return {
    ok: true,
    run: {
      ...run,
      nodeId: next.nodeId,
      state: next.state,
      steps: [...run.steps, { nodeId: run.nodeId, choiceId, before: run.state }],
      totals: addScores(run.totals, choice.scores),
      ended: scenario.nodes[next.nodeId]?.type === 'ending',
    },
  };
}

export type ReplayResult =
  | { ok: true; run: Run }
  | { ok: false; error: ChooseError; /** Index of the choice id that failed. */ at: number };

/** Rebuilds a run from its choice ids (and its order seed, if any): how the server re-scores a result. */
export function replay(scenario: Scenario, choiceIds: readonly string[], seed?: number): ReplayResult {
  let run = startRun(scenario, seed);
  for (const [at, choiceId] of choiceIds.entries()) {
    const result = choose(scenario, run, choiceId);
    if (!result.ok) return { ok: false, error: result.error, at };
    run = result.run;
  }
  return { ok: true, run };
}

/** The run as it was before its n-th choice: "jump back to this decision". */
export function rewind(scenario: Scenario, run: Run, toStep: number): ReplayResult {
  return replay(
    scenario,
    run.steps.slice(0, Math.max(0, toStep)).map((s) => s.choiceId),
    run.seed,
  );
}

/** The choice ids of a run: with the scenario id and version, all that is needed to reproduce it. */
export function choicePath(run: Run): string[] {
  return run.steps.map((s) => s.choiceId);
}
