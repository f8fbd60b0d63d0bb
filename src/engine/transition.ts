/**
 * One step of the dialogue graph: which choices a node offers in a state, and where a choice leads.
 * The run and the graph analysis both go through here, so they can never disagree.
 */
import { holds } from './conditions.ts';
import { applyEffects } from './effects.ts';
import type { Choice, DecisionNode } from './scenario-schema.ts';
import type { State } from './state.ts';

/** The choices a decision offers in this state, in the author's order. */
export function availableChoices(node: DecisionNode, state: State): Choice[] {
  return node.choices.filter((choice) => holds(choice.when, state));
}

/** The node a choice's `next` leads to in the given state (the state after the choice's effects). */
export function resolveNext(next: Choice['next'], state: State): string | undefined {
  if (typeof next === 'string') return next;
  return next.find((route) => holds(route.if, state))?.to;
}

export interface Transition {
  state: State;
  nodeId: string;
}

/** Applies a choice: its effects first, then its routes on the new state. */
export function takeChoice(choice: Choice, state: State): Transition | undefined {
  const after = applyEffects(state, choice.effects);
  const nodeId = resolveNext(choice.next, after);
  return nodeId === undefined ? undefined : { state: after, nodeId };
}
