import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStorage } from './memory-storage.ts';
import { replay, startRun, type Run } from '../../src/engine/index.ts';
import type { FinishedRun } from '../../src/stores/progress.ts';
import { createSimulatorStore, MAX_FINISHED, PROGRESS_VERSION, progressKey } from '../../src/stores/simulator-store.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario } = loadScenario('valid-minimal.yaml');
const KEY = progressKey(scenario.id);


let storage: MemoryStorage;
let previous: PropertyDescriptor | undefined;

beforeEach(() => {
  previous = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  storage = new MemoryStorage();
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
});

afterEach(() => {
  if (previous) Object.defineProperty(globalThis, 'localStorage', previous);
  else Reflect.deleteProperty(globalThis, 'localStorage');
});

function replayed(path: string[]): Run {
  const result = replay(scenario, path);
  if (!result.ok) throw new Error(`fixture path ${path.join(',')} does not replay: ${result.error}`);
  return result.run;
}

function finishedRun(overall: number, path = ['listen', 'hide-troll']): FinishedRun {
  return { scenarioVersion: scenario.version, path, endingId: replayed(path).nodeId, overall, finishedAt: '2025-01-01T00:00:00.000Z' };
}

function store(value: unknown, version = PROGRESS_VERSION) {
  storage.setItem(KEY, JSON.stringify({ state: value, version }));
}

async function hydrated() {
  const s = createSimulatorStore(scenario);
  await s.persist.rehydrate();
  return s;
}

describe('simulator store: restoring progress', () => {
  it('starts a fresh run without a notice when nothing is stored', async () => {
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario));
    expect(s.getState().notice).toBeUndefined();
    expect(s.getState().finished).toEqual([]);
    expect(storage.removed).toEqual([]);
  });

  it('replays a stored path to the same node and state as the engine', async () => {
    const path = ['listen'];
    const runs = [finishedRun(70)];
    store({ scenarioVersion: scenario.version, path, finished: runs });
    const s = await hydrated();
    const expected = replayed(path);
    expect(s.getState().run.nodeId).toBe(expected.nodeId);
    expect(s.getState().run.state).toEqual(expected.state);
    expect(s.getState().run).toEqual(expected);
    expect(s.getState().run).not.toEqual(startRun(scenario));
    expect(s.getState().finished).toEqual(runs);
    expect(s.getState().notice).toBeUndefined();
    // A restored run replaces the fresh one as a whole.
    expect(s.getState().generation).toBeGreaterThan(0);
  });

  it('starts afresh with "scenario-changed" for a path of another scenario version, keeping finished runs', async () => {
    const runs = [finishedRun(55), finishedRun(40, ['defend', 'argue'])];
    const best = finishedRun(55);
    store({ scenarioVersion: scenario.version + 1, path: ['listen'], finished: runs, best });
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario));
    expect(s.getState().notice).toBe('scenario-changed');
    expect(s.getState().finished).toEqual(runs);
    expect(s.getState().best).toEqual(best);
  });

  it('discards corrupt JSON with "progress-reset"', async () => {
    const corrupt = '{"state": {"path": [';
    storage.setItem(KEY, corrupt);
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario));
    expect(s.getState().notice).toBe('progress-reset');
    expect(storage.removed).toContain(KEY);
    // Whatever is stored afterwards is no longer the corrupt text (see the report: the store's
    // notice writes a fresh progress back right after the removal).
    const after = storage.getItem(KEY);
    expect(after).not.toBe(corrupt);
    if (after !== null) expect(JSON.parse(after)).toMatchObject({ version: PROGRESS_VERSION, state: { path: [], finished: [] } });
  });

  it('discards an envelope without state with "progress-reset"', async () => {
    storage.setItem(KEY, JSON.stringify({ version: 1 }));
    const s = await hydrated();
    expect(s.getState().notice).toBe('progress-reset');
    expect(storage.removed).toContain(KEY);
  });

  it('rejects a foreign shape with "progress-reset"', async () => {
    storage.setItem(KEY, JSON.stringify({ state: { path: 'x' }, version: 1 }));
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario));
    expect(s.getState().notice).toBe('progress-reset');
  });

  it('rejects a path that cannot be replayed with "progress-reset", keeping finished runs', async () => {
    const runs = [finishedRun(80)];
    store({ scenarioVersion: scenario.version, path: ['listen', 'no-such-choice'], finished: runs });
    expect(replay(scenario, ['listen', 'no-such-choice']).ok).toBe(false);
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario));
    expect(s.getState().notice).toBe('progress-reset');
    expect(s.getState().finished).toEqual(runs);
  });

  it('keeps the readable finished runs of data from a newer version and drops its path', async () => {
    const readable = [finishedRun(90), finishedRun(30, ['defend', 'argue'])];
    const unreadable = { scenarioVersion: 'one', path: 'x', overall: 500 };
    store({ scenarioVersion: scenario.version, path: ['listen'], finished: [readable[0], unreadable, readable[1]], extra: true }, 99);
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario));
    expect(s.getState().finished).toEqual(readable);
    expect(s.getState().notice).toBeUndefined();
    // What is written back is the current version without the path.
    const written = JSON.parse(storage.getItem(KEY)!) as { version: number; state: { path: string[]; finished: unknown[] } };
    expect(written.version).toBe(PROGRESS_VERSION);
    expect(written.state.path).toEqual([]);
    expect(written.state.finished).toEqual(readable);
  });
});

describe('simulator store: playing', () => {
  it('keeps at most MAX_FINISHED runs, newest first, and the best even after it falls out', async () => {
    const s = await hydrated();
    for (const id of ['listen', 'hide-troll']) s.getState().choose(id, 0);
    expect(s.getState().run.ended).toBe(true);

    const top = 99;
    const scores = [top, ...Array.from({ length: MAX_FINISHED + 5 }, (_, i) => 10 + i)];
    for (const overall of scores) s.getState().recordFinish(overall);

    const { finished, best } = s.getState();
    expect(finished).toHaveLength(MAX_FINISHED);
    expect(finished.map((f) => f.overall)).toEqual(scores.slice(-MAX_FINISHED).reverse());
    expect(finished.some((f) => f.overall === top)).toBe(false);
    expect(best?.overall).toBe(Math.max(...scores));
    expect(best).toMatchObject({ path: ['listen', 'hide-troll'], endingId: s.getState().run.nodeId });

    // Also what is stored for the next visit.
    const written = JSON.parse(storage.getItem(KEY)!) as { state: { finished: FinishedRun[]; best?: FinishedRun } };
    expect(written.state.finished).toHaveLength(MAX_FINISHED);
    expect(written.state.best?.overall).toBe(top);
  });

  it('records nothing for a run that has not ended', async () => {
    const s = await hydrated();
    s.getState().choose('listen', 0);
    s.getState().recordFinish(50);
    expect(s.getState().finished).toEqual([]);
    expect(s.getState().best).toBeUndefined();
  });

  it('bumps generation on jumpTo and restart, but not on a move', async () => {
    const s = await hydrated();
    const g0 = s.getState().generation;
    s.getState().choose('listen', 0);
    s.getState().choose('hide-troll', 3);
    expect(s.getState().generation).toBe(g0);

    s.getState().jumpTo(1);
    expect(s.getState().generation).toBe(g0 + 1);
    expect(s.getState().run).toEqual(replayed(['listen']));
    expect(s.getState().last).toBeUndefined();

    s.getState().restart();
    expect(s.getState().generation).toBe(g0 + 2);
    expect(s.getState().run).toEqual(startRun(scenario));
  });

  it('refuses an unknown choice with an error instead of moving', async () => {
    const s = await hydrated();
    s.getState().choose('no-such-choice', 0);
    expect(s.getState().error).toBe('unknown-choice');
    expect(s.getState().run).toEqual(startRun(scenario));
  });
});
