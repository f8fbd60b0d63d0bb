/**
 * Whether a simulator run on this page is under way (choices made, no ending reached yet), read
 * from what the simulator store persists. The service worker's update waits for this to be false:
 * a reload in the middle of a run would cost the learner their moment, even though the path survives.
 *
 * The registration runs inside the islands' script (hydrate-islands.ts), so the store's own key is
 * used; the fields read are restated here, and tests/unit/run-in-progress.test.ts proves they match
 * what the real store writes.
 */
import { progressKey } from '../stores/simulator-store.ts';

/** The store's key for a scenario's progress (simulator-store.ts `progressKey`). */
export const progressKeyOf = progressKey;

type GetItem = (key: string) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the stored progress under `key` has a path that is not its newest finished run's. */
export function runUnderWay(getItem: GetItem, key: string): boolean {
  try {
    const raw = getItem(key);
    if (!raw) return false;
    const envelope: unknown = JSON.parse(raw);
    const state = isRecord(envelope) ? envelope['state'] : undefined;
    if (!isRecord(state) || !Array.isArray(state['path']) || state['path'].length === 0) return false;
    // The move that ends a run stores its path and its record in one write (simulator-store.ts).
    const newest: unknown = Array.isArray(state['finished']) ? state['finished'][0] : undefined;
    return !(isRecord(newest) && JSON.stringify(newest['path']) === JSON.stringify(state['path']));
  } catch {
    return false;
  }
}

/** The scenario ids of the islands on a page, from the props each island was rendered with. */
export function scenarioIdsOf(propsTexts: readonly string[]): string[] {
  const ids: string[] = [];
  for (const text of propsTexts) {
    try {
      const props: unknown = JSON.parse(text);
      const scenario = isRecord(props) ? props['scenario'] : undefined;
      if (isRecord(scenario) && typeof scenario['id'] === 'string') ids.push(scenario['id']);
    } catch {
      // Props that do not parse belong to an island that was left static: no run there.
    }
  }
  return ids;
}

/** True when any of the scenarios has a run under way. */
export function anyRunUnderWay(getItem: GetItem, scenarioIds: readonly string[]): boolean {
  return scenarioIds.some((id) => runUnderWay(getItem, progressKeyOf(id)));
}
