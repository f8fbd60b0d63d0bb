import { describe, expect, it, vi } from 'vitest';
import { useMemoryStorage } from './memory-storage.ts';
import { choiceValue, replay, scoreRun, startRun, type Run } from '../../src/engine/index.ts';
import type { FinishedRun } from '../../src/stores/progress.ts';
import { createSimulatorStore, MAX_FINISHED, PROGRESS_VERSION, progressKey, type SimulatorStoreOptions } from '../../src/stores/simulator-store.ts';
import { loadScenario } from './load-fixture.ts';

const { scenario, analysis } = loadScenario('valid-minimal.yaml');
const extremes = analysis.extremes!;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Ends in "candy" (the best ending) and in "storm" (the worst). */
const GOOD = ['listen', 'hide-troll'];
const BAD = ['defend', 'argue'];
const KEY = progressKey(scenario.id);


const storage = useMemoryStorage();

/** The choice-order seed every store in these tests draws (the order itself is tested in choice-order.test.ts). */
const SEED = 4242;

function replayed(path: string[]): Run {
  const result = replay(scenario, path, SEED);
  if (!result.ok) throw new Error(`fixture path ${path.join(',')} does not replay: ${result.error}`);
  return result.run;
}

function finishedRun(overall: number, path = ['listen', 'hide-troll']): FinishedRun {
  return { scenarioVersion: scenario.version, path, endingId: replayed(path).nodeId, overall, finishedAt: '2025-01-01T00:00:00.000Z' };
}

function store(value: unknown, version = PROGRESS_VERSION) {
  storage().setItem(KEY, JSON.stringify({ state: value, version }));
}

async function hydrated(options: Partial<SimulatorStoreOptions> = {}) {
  const s = createSimulatorStore(scenario, { extremes, newSeed: () => SEED, ...options });
  await s.persist.rehydrate();
  return s;
}

function stored(): { version: number; state: { path: string[]; finished: FinishedRun[]; best?: FinishedRun } } {
  return JSON.parse(storage().getItem(KEY)!) as never;
}

describe('simulator store: restoring progress', () => {
  it('starts a fresh run without a notice when nothing is stored', async () => {
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
    expect(s.getState().notice).toBeUndefined();
    expect(s.getState().finished).toEqual([]);
    expect(storage().removed).toEqual([]);
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
    expect(s.getState().run).not.toEqual(startRun(scenario, SEED));
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
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
    expect(s.getState().notice).toBe('scenario-changed');
    expect(s.getState().finished).toEqual(runs);
    expect(s.getState().best).toEqual(best);
  });

  it('discards corrupt JSON with "progress-reset"', async () => {
    const corrupt = '{"state": {"path": [';
    storage().setItem(KEY, corrupt);
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
    expect(s.getState().notice).toBe('progress-reset');
    expect(storage().removed).toContain(KEY);
    // Whatever is stored afterwards is no longer the corrupt text (see the report: the store's
    // notice writes a fresh progress back right after the removal).
    const after = storage().getItem(KEY);
    expect(after).not.toBe(corrupt);
    if (after !== null) expect(JSON.parse(after)).toMatchObject({ version: PROGRESS_VERSION, state: { path: [], finished: [] } });
  });

  it('discards an envelope without state with "progress-reset"', async () => {
    storage().setItem(KEY, JSON.stringify({ version: 1 }));
    const s = await hydrated();
    expect(s.getState().notice).toBe('progress-reset');
    expect(storage().removed).toContain(KEY);
  });

  it('rejects a foreign shape with "progress-reset"', async () => {
    storage().setItem(KEY, JSON.stringify({ state: { path: 'x' }, version: 1 }));
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
    expect(s.getState().notice).toBe('progress-reset');
  });

  it('rejects a path that cannot be replayed with "progress-reset", keeping finished runs', async () => {
    const runs = [finishedRun(80)];
    store({ scenarioVersion: scenario.version, path: ['listen', 'no-such-choice'], finished: runs });
    expect(replay(scenario, ['listen', 'no-such-choice']).ok).toBe(false);
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
    expect(s.getState().notice).toBe('progress-reset');
    expect(s.getState().finished).toEqual(runs);
  });

  it('keeps the readable finished runs of data from a newer version and drops its path', async () => {
    const readable = [finishedRun(90), finishedRun(30, ['defend', 'argue'])];
    const unreadable = { scenarioVersion: 'one', path: 'x', overall: 500 };
    store({ scenarioVersion: scenario.version, path: ['listen'], finished: [readable[0], unreadable, readable[1]], extra: true }, 99);
    const s = await hydrated();
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
    expect(s.getState().finished).toEqual(readable);
    expect(s.getState().notice).toBeUndefined();
    // What is written back is the current version without the path.
    const written = JSON.parse(storage().getItem(KEY)!) as { version: number; state: { path: string[]; finished: unknown[] } };
    expect(written.version).toBe(PROGRESS_VERSION);
    expect(written.state.path).toEqual([]);
    expect(written.state.finished).toEqual(readable);
  });
});

describe('simulator store: playing', () => {
  it('keeps at most MAX_FINISHED runs, newest first, and the best even after it falls out', async () => {
    const s = await hydrated();
    const play = (path: string[]) => {
      s.getState().restart();
      for (const id of path) s.getState().choose(id, 0);
    };
    play(GOOD);
    const top = s.getState().finished[0]!;
    for (let i = 0; i < MAX_FINISHED + 2; i++) play(BAD);

    const { finished, best } = s.getState();
    expect(finished).toHaveLength(MAX_FINISHED);
    expect(finished.every((f) => f.path.join() === BAD.join())).toBe(true);
    expect(finished.map((f) => f.id)).not.toContain(top.id);
    expect(top.overall).toBeGreaterThan(finished[0]!.overall);
    expect(best).toEqual(top);

    // Also what is stored for the next visit.
    expect(stored().state.finished).toHaveLength(MAX_FINISHED);
    expect(stored().state.best).toEqual(top);
  });

  it('records a run and hands it to onFinish in the move that ends it, stored at once with its path', async () => {
    const onFinish = vi.fn();
    const s = await hydrated({ onFinish, now: () => new Date('2026-05-04T10:00:00.000Z') });
    const first = s.getState().choose(GOOD[0]!, 0);
    const listen = scenario.nodes['complaint']?.type === 'decision' ? scenario.nodes['complaint'].choices.find((c) => c.id === GOOD[0]) : undefined;
    expect(first).toEqual({ ok: true, value: choiceValue(listen!) });
    expect(onFinish).not.toHaveBeenCalled();
    expect(s.getState().finished).toEqual([]);

    const last = s.getState().choose(GOOD[1]!, 3);
    const run = replayed(GOOD);
    const entry = s.getState().finished[0]!;
    expect(entry).toEqual({ id: expect.stringMatching(UUID) as string, scenarioVersion: scenario.version, path: GOOD, endingId: run.nodeId, overall: scoreRun(scenario, run, extremes).overall, finishedAt: '2026-05-04T10:00:00.000Z', seed: SEED });
    expect(last).toMatchObject({ ok: true, finished: entry, outcome: 'candystorm' });
    expect(onFinish.mock.calls).toEqual([[entry]]);
    expect(stored().state).toMatchObject({ path: GOOD, finished: [entry], best: entry });
  });

  it('tells the view whether a move was good or bad, from the choice’s scores', async () => {
    const s = await hydrated();
    const defend = s.getState().choose('defend', 0);
    expect(defend.ok && defend.value).toBeLessThan(0);
    s.getState().restart();
    const listen = s.getState().choose('listen', 0);
    expect(listen.ok && listen.value).toBeGreaterThan(0);
  });

  it('keeps the run when onFinish throws (the port failed, the move did not)', async () => {
    const s = await hydrated({
      onFinish: () => {
        throw new Error('storage() full');
      },
    });
    for (const id of GOOD) s.getState().choose(id, 0);
    expect(s.getState().run.ended).toBe(true);
    expect(s.getState().finished).toHaveLength(1);
  });

  it('does not hand a finished run over again when the page is reloaded', async () => {
    const onFinish = vi.fn();
    const s = await hydrated({ onFinish });
    for (const id of GOOD) s.getState().choose(id, 0);
    const again = await hydrated({ onFinish });
    expect(again.getState().run).toEqual(replayed(GOOD));
    expect(again.getState().finished).toEqual(s.getState().finished);
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it('counts an ended path that an older build stored without its record, once', async () => {
    // Older builds recorded a run only after the ending had been shown: a reload in between left this.
    const earlier = finishedRun(40, BAD);
    store({ scenarioVersion: scenario.version, path: GOOD, finished: [earlier] });
    const onFinish = vi.fn();
    const s = await hydrated({ onFinish });
    const entry = s.getState().finished[0]!;
    expect(entry).toMatchObject({ id: expect.stringMatching(UUID) as string, path: GOOD, endingId: replayed(GOOD).nodeId });
    expect(s.getState().finished).toEqual([entry, earlier]);
    expect(onFinish.mock.calls).toEqual([[entry]]);
    expect(stored().state.finished).toEqual([entry, earlier]);
    // The next load finds it counted.
    const next = await hydrated({ onFinish });
    expect(next.getState().finished).toEqual([entry, earlier]);
    expect(onFinish).toHaveBeenCalledTimes(1);
  });

  it('reads finished runs stored without an id (older builds) and drops an id that is no UUID', async () => {
    const old = finishedRun(60);
    store({ scenarioVersion: scenario.version, path: [], finished: [old, { ...finishedRun(20), id: 'not-a-uuid' }] });
    const s = await hydrated();
    expect(s.getState().finished).toEqual([old, finishedRun(20)]);
    expect(s.getState().notice).toBeUndefined();
  });

  it('records nothing for a run that has not ended', async () => {
    const onFinish = vi.fn();
    const s = await hydrated({ onFinish });
    s.getState().choose('listen', 0);
    expect(s.getState().finished).toEqual([]);
    expect(s.getState().best).toBeUndefined();
    expect(onFinish).not.toHaveBeenCalled();
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
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
  });

  it('refuses an unknown choice with an error instead of moving', async () => {
    const s = await hydrated();
    expect(s.getState().choose('no-such-choice', 0)).toEqual({ ok: false, error: 'unknown-choice' });
    expect(s.getState().error).toBe('unknown-choice');
    expect(s.getState().run).toEqual(startRun(scenario, SEED));
  });
});

describe('simulator store: the choice-order seed', () => {
  it('has no seed before restoring (the server-rendered order) and one after', async () => {
    const s = createSimulatorStore(scenario, { extremes, newSeed: () => 77 });
    expect(s.getState().run.seed).toBeUndefined();
    await s.persist.rehydrate();
    expect(s.getState().run.seed).toBe(77);
  });

  it('stores the seed with the path and restores it, so a reload shows the same order', async () => {
    const s = await hydrated({ newSeed: () => 31337 });
    s.getState().choose('listen', 0);
    expect(stored().state).toMatchObject({ path: ['listen'], seed: 31337 });
    const again = await hydrated({ newSeed: () => 1 });
    expect(again.getState().run.seed).toBe(31337);
  });

  it('gives progress stored before seeds existed a fresh seed and keeps its path', async () => {
    store({ scenarioVersion: scenario.version, path: ['listen'], finished: [] });
    const s = await hydrated({ newSeed: () => 9 });
    expect(s.getState().run).toEqual((() => { const r = replay(scenario, ['listen'], 9); if (!r.ok) throw new Error(r.error); return r.run; })());
  });

  it('draws a new seed for every restart, keeps it on jumpTo, and records it with the finished run', async () => {
    let next = 100;
    const s = await hydrated({ newSeed: () => next++ });
    expect(s.getState().run.seed).toBe(100);
    s.getState().choose('listen', 0);
    s.getState().jumpTo(0);
    expect(s.getState().run.seed).toBe(100);
    s.getState().restart();
    expect(s.getState().run.seed).toBe(101);
    s.getState().choose('listen', 0);
    const move = s.getState().choose('hide-troll', 0);
    expect(move.ok && move.finished?.seed).toBe(101);
  });
});
