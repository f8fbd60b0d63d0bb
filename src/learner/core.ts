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
 * scenario is assigned to the class; otherwise nothing happens and the run stays on the
 * device, in the simulator's own progress. Never throws, so it cannot break the simulator.
 */
export function submitFinishedRun(scenario: Pick<Scenario, 'id' | 'module'>, run: FinishedRun): QueuedRun | undefined {
  try {
    const assignment = assignmentOf(scenario);
    if (!assignment) return undefined;
    const path = pathToSend(run.path, assignment.collectReplies === true);
    return outbox.enqueue({ id: run.id ?? newRunId(), scenarioId: scenario.id, scenarioVersion: run.scenarioVersion, path, finishedAt: run.finishedAt, ...(run.seed === undefined ? {} : { seed: run.seed }) });
  } catch {
    // Storage or crypto unavailable: the run is still in the simulator's local progress.
    return undefined;
  }
}

/**
 * Sends the disputes a learner made after the run had ended (after the last move, or in the test-mode
 * debrief): the run goes to the outbox again under its id, with its path as it may leave the device.
 * A run still queued just gets the new path; one already sent is sent again, and the server replaces
 * its stored disputes (and nothing else). Nothing happens where the run was never handed to a class.
 * Never throws.
 */
export function resendDisputes(scenario: Pick<Scenario, 'id' | 'module'>, run: FinishedRun): QueuedRun | undefined {
  try {
    const assignment = assignmentOf(scenario);
    if (!assignment || run.id === undefined) return undefined;
    const path = pathToSend(run.path, assignment.collectReplies === true);
    return outbox.requeue({ id: run.id, scenarioId: scenario.id, scenarioVersion: run.scenarioVersion, path, finishedAt: run.finishedAt, ...(run.seed === undefined ? {} : { seed: run.seed }) });
  } catch {
    return undefined;
  }
}
