/**
 * Tells the class where the learner is ("playing decision n of m" on the class page): after each
 * move in an assigned scenario, one small POST /api/progress with the scenario, the decision now
 * open and the estimated number of decisions on the path. Only for members whose class assigned the
 * scenario; fire and forget (a lost report costs the class page one update, the run itself goes
 * through the outbox). The same report is never sent twice in a row.
 */
import type { Run, Scenario } from '../engine/index.ts';
import { postProgress } from './api-client.ts';
import { decisionsAhead } from './decisions-ahead.ts';
import { assignmentOf, currentMembership } from './membership-store.ts';

/** What the watcher needs of the simulator's store (src/stores/simulator-store.ts). */
interface RunSource {
  subscribe(listener: (state: { run: Run }, previous: { run: Run }) => void): () => void;
}

/**
 * Reports every move of `store`'s runs of `scenario` until the returned function is called. A run
 * that has ended or not begun (a restart) is not "playing": the run itself or nothing follows.
 */
export function watchProgress(store: RunSource, scenario: Pick<Scenario, 'id' | 'module' | 'nodes'>): () => void {
  let ahead: Map<string, number> | undefined;
  let last = '';
  return store.subscribe(({ run }, previous) => {
    if (run === previous.run || run.ended || run.steps.length === 0) return;
    try {
      const token = currentMembership()?.token;
      if (!token || !assignmentOf(scenario)) return;
      ahead ??= decisionsAhead(scenario);
      const decision = run.steps.length + 1;
      const decisions = Math.max(decision, run.steps.length + (ahead.get(run.nodeId) ?? 1));
      const key = `${scenario.id}|${decision}|${decisions}`;
      if (key === last) return;
      last = key;
      void postProgress(token, { scenarioId: scenario.id, decision, decisions });
    } catch {
      // Storage unavailable: no report, the simulator goes on.
    }
  });
}
