/**
 * What a simulator remembers about one scenario, and how stored data is checked before it is used.
 * Only the path (choice ids, written replies' features) is stored: a run is rebuilt by replaying it.
 * Hand-written checks instead of zod keep zod out of the island's bundle.
 */
import { isPathStep, type PathStep } from '../engine/index.ts';
import { isRunId } from './run-id.ts';

export interface FinishedRun {
  /**
   * The run's id (a UUID, made when the run ended), the server's idempotency key. Runs finished
   * before ids existed have none; they were never sent by id.
   */
  id?: string;
  scenarioVersion: number;
  /** Choice ids, and `{ write: … }` for written replies (their text stays on this device). */
  path: PathStep[];
  endingId: string;
  /** Overall score 0..100 when it was played. */
  overall: number;
  /** ISO date. */
  finishedAt: string;
}

export interface Progress {
  /** The scenario version the current path belongs to. */
  scenarioVersion: number;
  /** Choice ids and written replies of the run in progress. */
  path: PathStep[];
  finished: FinishedRun[];
  best?: FinishedRun;
}

const isPath = (v: unknown): v is PathStep[] => Array.isArray(v) && v.length <= 200 && v.every(isPathStep);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readFinished(value: unknown): FinishedRun | undefined {
  if (!isRecord(value)) return undefined;
  const { id, scenarioVersion, path, endingId, overall, finishedAt } = value;
  if (!Number.isInteger(scenarioVersion) || !isPath(path) || typeof endingId !== 'string') return undefined;
  if (typeof overall !== 'number' || overall < 0 || overall > 100 || typeof finishedAt !== 'string') return undefined;
  // An id is optional (older runs have none); one that is not a UUID is dropped, not the run.
  return { ...(isRunId(id) ? { id } : {}), scenarioVersion: scenarioVersion as number, path, endingId, overall, finishedAt };
}

/** The progress in `value` if it has the current shape, else undefined. */
export function readProgress(value: unknown): Progress | undefined {
  if (!isRecord(value)) return undefined;
  const { scenarioVersion, path, finished, best } = value;
  if (!Number.isInteger(scenarioVersion) || !isPath(path) || !Array.isArray(finished)) return undefined;
  const runs = finished.map(readFinished);
  if (runs.some((r) => r === undefined)) return undefined;
  const bestRun = best === undefined ? undefined : readFinished(best);
  if (best !== undefined && !bestRun) return undefined;
  return { scenarioVersion: scenarioVersion as number, path, finished: runs as FinishedRun[], ...(bestRun ? { best: bestRun } : {}) };
}

/**
 * Reads progress stored under another version. Newer data (a learner went back to an older build,
 * e.g. after a rollback) keeps its finished runs where they still read correctly, but not the run in
 * progress, whose meaning may have changed. Older data: version 1 is the first shape, so there is
 * none yet; when the shape changes, convert version 1 here. Whatever is returned is still checked by
 * readProgress in the store's merge.
 */
export function migrateProgress(state: unknown, version: number, current: number): unknown {
  if (version > current && isRecord(state) && Array.isArray(state['finished'])) {
    const finished = state['finished'].map(readFinished).filter((r): r is FinishedRun => r !== undefined);
    return { scenarioVersion: -1, path: [], finished };
  }
  return state;
}
