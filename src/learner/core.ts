/**
 * The learner core: the page's one outbox, wired to the membership, and the one way a finished run
 * reaches it. Framework-free; islands subscribe to `membershipStore` and `outbox.store`.
 *
 * Dependencies run one way: core → outbox → api-client, core → membership-store → api-client. The
 * outbox and the membership never call each other; what one means for the other is decided here:
 * - a 401 from POST /api/runs: ask the server whether the membership still exists (refresh);
 * - the membership's token goes (left, deleted, ended): the queue goes too, it can never be sent.
 */
import type { Scenario } from '../engine/index.ts';
import type { PathStep } from '../engine/run.ts';
import type { FinishedRun } from '../stores/progress.ts';
import { newRunId } from '../stores/run-id.ts';
import { assignmentOf, currentMembership, membershipStore, refresh } from './membership-store.ts';
import { createOutbox, type QueuedRun } from './outbox.ts';

/** The page's one outbox. */
export const outbox = createOutbox({
  token: () => currentMembership()?.token,
  onUnauthorized: () => refresh(),
});

membershipStore.subscribe((state, previous) => {
  const before = previous.membership?.token;
  if (before !== undefined && state.membership?.token !== before) outbox.clear();
});

/**
 * The path as it may leave the device: a written reply's text only when the assignment collects
 * written replies (docs/privacy.md); otherwise its features, analyser version and length alone.
 */
export function pathToSend(path: readonly PathStep[], collectReplies: boolean): PathStep[] {
  return path.map((step) => {
    if (typeof step === 'string' || collectReplies || step.write.text === undefined) return step;
    const { text: _dropped, ...rest } = step.write;
    return { write: rest };
  });
}

/**
 * Hands a finished run to the class: queued (and sent) when the learner is a member and the
 * scenario's module is assigned to the class; otherwise nothing happens and the run stays on the
 * device, in the simulator's own progress. Never throws, so it cannot break the simulator.
 */
export function submitFinishedRun(scenario: Pick<Scenario, 'id' | 'module'>, run: FinishedRun): QueuedRun | undefined {
  try {
    const assignment = assignmentOf(scenario.module);
    if (!assignment) return undefined;
    const path = pathToSend(run.path, assignment.collectReplies === true);
    return outbox.enqueue({ id: run.id ?? newRunId(), scenarioId: scenario.id, scenarioVersion: run.scenarioVersion, path, finishedAt: run.finishedAt });
  } catch {
    // Storage or crypto unavailable: the run is still in the simulator's local progress.
    return undefined;
  }
}
