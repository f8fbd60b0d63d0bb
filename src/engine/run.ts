/**
 * A run: one learner's way through one scenario. Immutable and JSON-serialisable; fully determined by
 * the scenario (id and version) and its path (choice ids and written replies' features), so the
 * server can replay and re-score it.
 */
import { FEATURE_IDS, type FeatureId } from '../analysis/types.ts';
import { addScores, zeroScores, type Scores } from './dimensions.ts';
import { normaliseFeatures, writeOutcomeFor } from './exits.ts';
import type { Choice, DecisionNode, Scenario, ScenarioNode, WriteBlock } from './scenario-schema.ts';
import { initialState, type State } from './state.ts';
import { availableChoices, takeChoice } from './transition.ts';

/**
 * What the engine needs of a written reply: the analyser's features (as data; the engine never runs
 * the analyser), the analyser's version and the reply's length in UTF-16 code units.
 */
export interface ReplyFeatures {
  features: FeatureId[];
  /** `ANALYSER_VERSION` of the analyser that found the features. */
  analyser: string;
  /** `text.length` of the reply. */
  length: number;
}

/**
 * A written reply as a run keeps it: the features plus, optionally, the text (kept on the device; sent
 * only where the trainer collects replies) and the features the learner disputed ("this is wrong").
 * Neither changes the outcome.
 */
export interface WrittenReply extends ReplyFeatures {
  text?: string;
  /** The language the reply was analysed in: with `text`, the server can analyse it again. */
  lang?: 'de' | 'en';
  disputed?: FeatureId[];
}

/** A written reply in a run's path (what the browser sends and the server replays). */
export interface WrittenStep {
  write: WrittenReply;
}

/** One entry of a run's path: a choice id, or a written reply. */
export type PathStep = string | WrittenStep;

/** True for a written reply in a path. */
export function isWrittenStep(step: PathStep): step is WrittenStep {
  return typeof step === 'object' && step !== null && 'write' in step;
}

export interface Step {
  /** The decision the choice was made at. */
  nodeId: string;
  /** The choice id, or for a written reply the id of the outcome it took. */
  choiceId: string;
  /** The state before the choice. */
  before: State;
  /** Only for a written reply: what was written (features, analyser, length, maybe text). */
  reply?: WrittenReply;
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
}

/**
 * Why a move was refused. `not-a-write-decision`: a written reply at a node without `write:`;
 * `invalid-reply`: features not a list of feature ids, a length that is no whole number from 0 to the
 * block's `maxLength`, a text whose length differs from `length`, or disputed ids that are no features.
 */
export type ChooseError =
  | 'run-ended'
  | 'wrong-scenario'
  | 'unknown-choice'
  | 'choice-unavailable'
  | 'no-route'
  | 'not-a-write-decision'
  | 'invalid-reply';
export type ChooseResult = { ok: true; run: Run } | { ok: false; error: ChooseError };

export function startRun(scenario: Scenario): Run {
  const node = scenario.nodes[scenario.start];
  return {
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

/** The choices the learner can pick from now. */
export function choicesNow(scenario: Scenario, run: Run): Choice[] {
  const node = currentDecision(scenario, run);
  return node && !run.ended ? availableChoices(node, run.state) : [];
}

/** The write block of the decision the run waits at: the learner may write a reply now. */
export function writeNow(scenario: Scenario, run: Run): WriteBlock | undefined {
  return run.ended ? undefined : currentDecision(scenario, run)?.write;
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

const FEATURE_COUNT = FEATURE_IDS.length;

const isFeatureList = (list: unknown): list is FeatureId[] =>
  Array.isArray(list) && list.every((f) => typeof f === 'string' && normaliseFeatures([f]).length === 1);

/**
 * True when `reply` is a written reply: a list of feature ids, an analyser string, a whole length
 * from 0, and if present a text of exactly that length and disputed features that are feature ids.
 */
function isReplyShape(reply: unknown): reply is WrittenReply {
  if (typeof reply !== 'object' || reply === null) return false;
  const r = reply as Record<string, unknown>;
  return (
    isFeatureList(r.features) &&
    typeof r.analyser === 'string' &&
    Number.isInteger(r.length) &&
    (r.length as number) >= 0 &&
    (r.text === undefined || (typeof r.text === 'string' && r.text.length === r.length)) &&
    (r.lang === undefined || r.lang === 'de' || r.lang === 'en') &&
    (r.disputed === undefined || isFeatureList(r.disputed))
  );
}

/** The longest text a stored written step may carry (the largest `maxLength` a write block allows). */
export const MAX_WRITTEN_TEXT = 2000;

/**
 * True when `value` is a path entry: a choice id (1..80 characters) or a written step whose reply
 * has the right shape (feature ids, analyser, length; text and disputed optional). For checking
 * stored or received paths before replaying them; replay still checks each step against its node.
 */
export function isPathStep(value: unknown): value is PathStep {
  if (typeof value === 'string') return value.length > 0 && value.length <= 80;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== 'write') return false;
  const reply = (value as WrittenStep).write;
  return (
    isReplyShape(reply) &&
    reply.features.length <= FEATURE_COUNT &&
    (reply.disputed?.length ?? 0) <= FEATURE_COUNT &&
    reply.length <= MAX_WRITTEN_TEXT &&
    reply.analyser.length <= 40
  );
}

/**
 * Takes a written reply at the current decision and returns the new run: the outcome is the first of
 * the write block whose `if` holds for the state and the reply's features. Never throws, never changes
 * the old run. The step keeps the reply (features sorted and without duplicates; text and disputed
 * features as given) and the outcome's id as `choiceId`.
 */
export function chooseWritten(scenario: Scenario, run: Run, reply: WrittenReply): ChooseResult {
  if (run.scenarioId !== scenario.id || run.scenarioVersion !== scenario.version) {
    return { ok: false, error: 'wrong-scenario' };
  }
  const node = currentDecision(scenario, run);
  if (run.ended || !node) return { ok: false, error: 'run-ended' };
  if (!node.write) return { ok: false, error: 'not-a-write-decision' };
  if (!isReplyShape(reply) || reply.length > node.write.maxLength) return { ok: false, error: 'invalid-reply' };
  const features = normaliseFeatures(reply.features);
  const outcome = writeOutcomeFor(node.write, run.state, features);
  if (!outcome) return { ok: false, error: 'no-route' };
  const next = takeChoice(outcome, run.state);
  if (!next) return { ok: false, error: 'no-route' };
  const kept: WrittenReply = { ...reply, features, ...(reply.disputed ? { disputed: normaliseFeatures(reply.disputed) } : {}) };
  return {
    ok: true,
    run: {
      ...run,
      nodeId: next.nodeId,
      state: next.state,
      steps: [...run.steps, { nodeId: run.nodeId, choiceId: outcome.id, before: run.state, reply: kept }],
      totals: addScores(run.totals, outcome.scores),
      ended: scenario.nodes[next.nodeId]?.type === 'ending',
    },
  };
}

export type ReplayResult =
  | { ok: true; run: Run }
  | { ok: false; error: ChooseError; /** Index of the path entry that failed. */ at: number };

/**
 * Rebuilds a run from its path: how the server re-scores a result. A written step's outcome is
 * recomputed from its features; an outcome id sent as a plain string is refused (`unknown-choice`),
 * so a browser cannot pick the outcome it likes.
 */
export function replay(scenario: Scenario, path: readonly PathStep[]): ReplayResult {
  let run = startRun(scenario);
  for (const [at, step] of path.entries()) {
    const result = isWrittenStep(step) ? chooseWritten(scenario, run, step.write) : choose(scenario, run, step);
    if (!result.ok) return { ok: false, error: result.error, at };
    run = result.run;
  }
  return { ok: true, run };
}

/** The run as it was before its n-th choice: "jump back to this decision". */
export function rewind(scenario: Scenario, run: Run, toStep: number): ReplayResult {
  return replay(scenario, choicePath({ ...run, steps: run.steps.slice(0, Math.max(0, toStep)) }));
}

/**
 * The path of a run: choice ids, and `{ write: … }` for written replies. With the scenario id and
 * version, all that is needed to reproduce it.
 */
export function choicePath(run: Run): PathStep[] {
  return run.steps.map((s) => (s.reply ? { write: s.reply } : s.choiceId));
}
