/**
 * The simulator's one call into the learner side: a finished run goes to the outbox when the learner
 * is a member of a class and the scenario's module is assigned to it. Otherwise nothing happens and
 * the run stays on the device, as it always does in the simulator's own progress.
 */
import { choicePath, type Run, type Scenario } from '../engine/index.ts';
import { enqueue, type QueuedRun } from './outbox.ts';

/** Queues `run` (which must have ended) for the server; never throws, so it cannot break the simulator. */
export function enqueueFinishedRun(scenario: Pick<Scenario, 'id' | 'version' | 'module'>, run: Run): QueuedRun | undefined {
  if (!run.ended || run.scenarioId !== scenario.id) return undefined;
  try {
    return enqueue({
      scenarioId: scenario.id,
      scenarioVersion: run.scenarioVersion,
      module: scenario.module,
      path: choicePath(run),
      finishedAt: new Date().toISOString(),
    });
  } catch {
    // Storage or crypto unavailable: the run is still in the simulator's local progress.
    return undefined;
  }
}
