/** What the live views derive from a snapshot with the engine: the run, its thread, choice texts. */
import { replay, startRun, threadOf, type Choice, type PathStep, type Run, type Scenario } from '../../engine/index.ts';

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
