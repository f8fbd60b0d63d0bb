/**
 * The ways out of a decision: its authored choices, then the outcomes of its `write:` block. The graph
 * analysis (explore, path extremes, advice) walks exits, so a written reply's outcomes count as edges
 * like choices do; only the buttons (`availableChoices`) leave them out.
 */
import { FEATURE_IDS, type FeatureId } from '../analysis/types.ts';
import { holds } from './conditions.ts';
import type { ProblemPath } from './problems.ts';
import type { Choice, Condition, DecisionNode, WriteBlock, WriteOutcome } from './scenario-schema.ts';
import type { State } from './state.ts';

/** One way out of a decision. */
export type Exit =
  | { kind: 'choice'; /** Index in `node.choices`. */ index: number; item: Choice }
  | { kind: 'write'; /** Index in `node.write.outcomes`. */ index: number; item: WriteOutcome };

/** Choices first (so an exit's index equals the choice's index for choices), then write outcomes. */
export function exitsOf(node: DecisionNode): Exit[] {
  return [
    ...node.choices.map((item, index): Exit => ({ kind: 'choice', index, item })),
    ...(node.write?.outcomes ?? []).map((item, index): Exit => ({ kind: 'write', index, item })),
  ];
}

/** Where an exit is written inside its node, e.g. `['write', 'outcomes', 2]`. */
export function exitPath(exit: Exit): ProblemPath {
  return exit.kind === 'choice' ? ['choices', exit.index] : ['write', 'outcomes', exit.index];
}

/** Sorted, without duplicates and unknown ids: the form the engine stores and compares. */
export function normaliseFeatures(features: readonly string[]): FeatureId[] {
  return FEATURE_IDS.filter((id) => features.includes(id));
}

/**
 * The outcome a reply with these features takes in this state: the first whose `if` holds. Always
 * one for a checked scenario (the last outcome has no `if`).
 */
export function writeOutcomeFor(write: WriteBlock, state: State, features: readonly FeatureId[]): WriteOutcome | undefined {
  return write.outcomes.find((o) => holds(o.if, state, features));
}

/** The features a condition tests with `has`, `hasAny` or `lacks`, nested `any` included. */
export function replyFeaturesOf(condition: Condition | undefined, into = new Set<FeatureId>()): Set<FeatureId> {
  if (!condition) return into;
  for (const f of [...(condition.has ?? []), ...(condition.hasAny ?? []), ...(condition.lacks ?? [])]) into.add(f);
  condition.any?.forEach((c) => replyFeaturesOf(c, into));
  return into;
}

/** True when the condition tests the reply (`has`, `hasAny`, `lacks`) anywhere. */
export function testsReply(condition: Condition | undefined): boolean {
  return replyFeaturesOf(condition).size > 0;
}

/**
 * The indexes of the outcomes some reply can take in this state. Only the features the outcomes test
 * matter, so every subset of those is tried (at most 2^13, in practice a few dozen).
 */
export function possibleOutcomes(write: WriteBlock, state: State): number[] {
  const tested = new Set<FeatureId>();
  write.outcomes.forEach((o) => replyFeaturesOf(o.if, tested));
  const list = [...tested];
  const found = new Set<number>();
  for (let mask = 0; mask < 1 << list.length; mask++) {
    const features = list.filter((_, i) => mask & (1 << i));
    const index = write.outcomes.findIndex((o) => holds(o.if, state, features));
    if (index >= 0) found.add(index);
    if (found.size === write.outcomes.length) break;
  }
  return [...found].sort((a, b) => a - b);
}
