/**
 * How the reporter hands a resumed run to the simulator: under the simulator store's own storage key,
 * the record zustand's persist middleware reads (src/stores/simulator-store.ts owns both; the
 * bundler keeps only these two constants of it). tests/unit/scorm/package-parts.test.ts checks that
 * the store reads this record as the run to continue.
 */
import { PROGRESS_VERSION, progressKey } from '../../stores/simulator-store.ts';
import type { SuspendedScenario } from '../suspend-data.ts';

/** The simulator store's storage key for a scenario. */
export const progressKeyOf = progressKey;

/** What the simulator store persists, as zustand's persist middleware writes it. */
export function progressRecord(entry: SuspendedScenario): string {
  return JSON.stringify({ state: { scenarioVersion: entry.v, path: entry.p, ...(entry.s === undefined ? {} : { seed: entry.s }), finished: [] }, version: PROGRESS_VERSION });
}
