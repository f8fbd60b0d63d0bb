/** What the live views derive from a snapshot with the engine: the run, its thread, choice texts. */
import { exitsOf, replay, startRun, threadOf, type Choice, type Locale, type PathStep, type Run, type Scenario } from '../../engine/index.ts';

/** The room's run (the start when the path no longer fits the scenario, which the server prevents). */
export function roomRun(scenario: Scenario, path: readonly PathStep[]): Run {
  const replayed = replay(scenario, path);
  return replayed.ok ? replayed.run : startRun(scenario);
}

export function threadOfPath(scenario: Scenario, path: readonly PathStep[]) {
  return threadOf(scenario, roomRun(scenario, path));
}

/** The choice `choiceId` of the decision `nodeId`. */
export function choiceAt(scenario: Scenario, nodeId: string, choiceId: string): Choice | undefined {
  const node = scenario.nodes[nodeId];
  return node?.type === 'decision' ? node.choices.find((c) => c.id === choiceId) : undefined;
}

/** The steps (decision and choice) of a path (choice ids and written replies). */
export function stepsOf(scenario: Scenario, path: readonly PathStep[]): { nodeId: string; choiceId: string }[] {
  return roomRun(scenario, path).steps.map((s) => ({ nodeId: s.nodeId, choiceId: s.choiceId }));
}

/**
 * The feedback of the outcome a posted written reply took at step `step` of the room's path (the
 * same words a learner gets after writing that reply alone), or undefined if that step was a choice.
 */
export function postedReplyFeedback(scenario: Scenario, path: readonly PathStep[], step: number, locale: Locale): string | undefined {
  const taken = roomRun(scenario, path).steps[step];
  const node = taken ? scenario.nodes[taken.nodeId] : undefined;
  if (!taken?.reply || node?.type !== 'decision') return undefined;
  const exit = exitsOf(node).find((e) => e.kind === 'write' && e.item.id === taken.choiceId);
  return exit?.item.feedback[locale];
}
