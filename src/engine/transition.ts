/**
 * One step of the dialogue graph: which choices a node offers in a state, and where a choice leads.
 * The run and the graph analysis both go through here, so they can never disagree.
 */
import { holds } from './conditions.ts';
import { applyEffects } from './effects.ts';
import { exitsOf, possibleOutcomes, type Exit } from './exits.ts';
import type { Choice, DecisionNode } from './scenario-schema.ts';
import type { State } from './state.ts';

/** The choices a decision offers in this state, in the author's order (buttons: never write outcomes). */
export function availableChoices(node: DecisionNode, state: State): Choice[] {
  return node.choices.filter((choice) => holds(choice.when, state));
}

/**
 * Every way out of a decision in this state: the choices on offer, then the write outcomes some reply
 * can take. What the graph analysis walks.
 */
export function availableExits(node: DecisionNode, state: State): { exit: Exit; exitIndex: number }[] {
  const exits = exitsOf(node);
  const outcomes = node.write ? new Set(possibleOutcomes(node.write, state)) : new Set<number>();
  return exits
    .map((exit, exitIndex) => ({ exit, exitIndex }))
    .filter(({ exit }) => (exit.kind === 'choice' ? holds(exit.item.when, state) : outcomes.has(exit.index)));
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

/** Applies a choice or a write outcome: its effects first, then its routes on the new state. */
export function takeChoice(choice: Pick<Choice, 'effects' | 'next'>, state: State): Transition | undefined {
  const after = applyEffects(state, choice.effects);
  const nodeId = resolveNext(choice.next, after);
  return nodeId === undefined ? undefined : { state: after, nodeId };
}
