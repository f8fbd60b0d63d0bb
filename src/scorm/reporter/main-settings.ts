/**
 * How the reporter hands a resumed run to the simulator: the simulator store's storage key and the
 * record zustand's persist middleware reads (src/stores/simulator-store.ts). Repeated here rather than
 * imported, so the reporter's bundle stays free of the store, zustand and the engine;
 * tests/unit/scorm/package-parts.test.ts checks that the store reads this record.
 */
import type { SuspendedScenario } from '../suspend-data.ts';

/** The simulator store's storage key for a scenario. */
export const progressKeyOf = (scenarioId: string) => `candystorm:progress:${scenarioId}`;
export const PROGRESS_FORMAT = 1;

/** What the simulator store persists, as zustand's persist middleware writes it. */
export function progressRecord(entry: SuspendedScenario): string {
  return JSON.stringify({ state: { scenarioVersion: entry.v, path: entry.p, ...(entry.s === undefined ? {} : { seed: entry.s }), finished: [] }, version: PROGRESS_FORMAT });
}

