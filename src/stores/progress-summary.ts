/**
 * What the home page shows per module from what this browser stored while playing: not started,
 * started, endings found n of m, best score. It reads the simulator store's progress records and
 * trusts nothing: anything unreadable counts as not played.
 *
 * Deliberately imports nothing from the store: a module shared with the islands' script would make
 * the bundler split that script into chunks, and lesson pages would lose their one-request island
 * (docs/architecture.md). So the page passes each scenario's storage key, made on the server by the
 * store's own `progressKey`, and the few fields read are restated here;
 * tests/unit/progress-summary.test.ts proves they match what the real store writes.
 */

interface StoredRun {
  endingId: string;
  overall: number;
  finishedAt: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readRun(value: unknown): StoredRun | undefined {
  if (!isRecord(value)) return undefined;
  const { endingId, overall, finishedAt } = value;
  if (typeof endingId !== 'string' || typeof overall !== 'number' || !(overall >= 0 && overall <= 100) || typeof finishedAt !== 'string') return undefined;
  return { endingId, overall, finishedAt };
}

export interface ScenarioEndings {
  scenarioId: string;
  /** Where the simulator keeps this scenario's progress: simulator-store.ts `progressKey(scenarioId)`. */
  key: string;
  /** The ids of the scenario's endings as published now. */
  endingIds: readonly string[];
}

export interface ModuleProgress {
  status: 'not-started' | 'started' | 'finished';
  /** Distinct endings of the module's scenarios reached at least once. */
  endingsFound: number;
  endingsTotal: number;
  /** Best overall score 0..100 over the module's finished runs, if any. */
  best?: number;
  /** A run is under way (choices made, no ending yet) in one of its scenarios. */
  inProgress: boolean;
  /** The newest finish time of its runs (ISO), to find where the learner left off. */
  lastFinishedAt?: string;
}

type GetItem = (key: string) => string | null;

/** The runs finished and whether one is under way, as stored for one scenario; undefined if unreadable. */
function storedProgress(getItem: GetItem, key: string): { runs: StoredRun[]; underWay: boolean } | undefined {
  try {
    const raw = getItem(key);
    if (!raw) return undefined;
    const envelope: unknown = JSON.parse(raw);
    const state = isRecord(envelope) ? envelope['state'] : undefined;
    if (!isRecord(state) || !Array.isArray(state['finished']) || !Array.isArray(state['path'])) return undefined;
    const runs = [...state['finished'], ...(state['best'] === undefined ? [] : [state['best']])].map(readRun).filter((r) => r !== undefined);
    return { runs, underWay: state['path'].length > 0 };
  } catch {
    return undefined;
  }
}

export function moduleProgress(getItem: GetItem, scenarios: readonly ScenarioEndings[]): ModuleProgress {
  let endingsFound = 0;
  let endingsTotal = 0;
  let best: number | undefined;
  let inProgress = false;
  let lastFinishedAt: string | undefined;
  let played = 0;
  for (const { key, endingIds } of scenarios) {
    endingsTotal += endingIds.length;
    const progress = storedProgress(getItem, key);
    if (!progress) continue;
    const { runs } = progress;
    const reached = new Set(runs.map((r) => r.endingId));
    endingsFound += endingIds.filter((id) => reached.has(id)).length;
    if (progress.underWay) inProgress = true;
    if (runs.length) played += 1;
    for (const run of runs) {
      best = Math.max(best ?? 0, run.overall);
      if (!lastFinishedAt || run.finishedAt > lastFinishedAt) lastFinishedAt = run.finishedAt;
    }
  }
  const status = played === 0 && !inProgress ? 'not-started' : played === scenarios.length && !inProgress ? 'finished' : 'started';
  return { status, endingsFound, endingsTotal, inProgress, ...(best !== undefined ? { best } : {}), ...(lastFinishedAt ? { lastFinishedAt } : {}) };
}

/**
 * Where "continue" leads: the lowest module with a run under way; else the module after the one
 * played most recently (or that one, when it is the last or not yet finished); else undefined.
 */
export function moduleToContinue(modules: readonly { module: number; progress: ModuleProgress }[]): number | undefined {
  const sorted = [...modules].sort((a, b) => a.module - b.module);
  const underWay = sorted.find((m) => m.progress.inProgress);
  if (underWay) return underWay.module;
  const played = sorted.filter((m) => m.progress.lastFinishedAt).sort((a, b) => (a.progress.lastFinishedAt! < b.progress.lastFinishedAt! ? 1 : -1))[0];
  if (!played) return undefined;
  if (played.progress.status !== 'finished') return played.module;
  const next = sorted.find((m) => m.module > played.module && m.progress.status !== 'finished');
  return next?.module ?? played.module;
}
