/**
 * The state of one simulator instance: the run, the last choice, finished runs and the best result.
 * One store per island (created in Simulator.tsx), so two simulators on a page never share state.
 *
 * A run is finished by the move that ends it: `choose()` records it in `finished` (stored at once,
 * together with its path) and hands it to the one port `onFinish`, in the same call. The view only
 * shows what happened; a reload or navigation while the ending's comments still arrive cannot lose
 * the run or count it twice.
 *
 * Progress survives a reload: zustand persist keeps only the path (choice ids, written replies) and the
 * run's choice-order seed under one key per scenario, and a restored run is replayed with the engine.
 * The run rendered on the server has no seed (authored order, the same on server and client); the
 * seed is chosen when stored progress is restored after mount, and anew for every restart. Whatever
 * cannot be replayed (a changed scenario, foreign
 * or corrupt data) is discarded and `notice` says so; the page never breaks over storage.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { choicePath, choiceValue, choose, chooseWritten, newOrderSeed, normaliseFeatures, replay, rewind, scoreRun, startRun, type ChooseError, type ChooseResult, type Outcome, type PathExtremes, type PathStep, type Run, type Scenario, type WrittenReply } from '../engine/index.ts';
import type { FeatureId } from '../analysis/types.ts';
import { safeJsonStorage } from './browser-storage.ts';
import { migrateProgress, readProgress, type FinishedRun, type Progress } from './progress.ts';
import { newRunId } from './run-id.ts';

export interface LastChoice {
  nodeId: string;
  choiceId: string;
  /** How many thread items existed before the choice: everything after is new. */
  threadLengthBefore: number;
}

/** Why the UI may want to say something about stored progress. */
export type ProgressNotice = 'progress-reset' | 'scenario-changed';

/**
 * What one move did, for the view's sound and focus: the choice's value (its score total: above 0
 * good, below 0 bad) and, for the move that ended the run, the finished run and its outcome.
 */
export type MoveResult = { ok: true; value: number; finished?: FinishedRun | undefined; outcome?: Outcome | undefined } | { ok: false; error: ChooseError };

export interface SimulatorState {
  run: Run;
  last?: LastChoice | undefined;
  /** Set when a choice was refused; the UI shows it instead of failing. */
  error?: ChooseError | undefined;
  /** Finished runs of this scenario, newest first (at most MAX_FINISHED). */
  finished: FinishedRun[];
  /** The best finished run ever, kept even when it falls out of `finished`. */
  best?: FinishedRun | undefined;
  notice?: ProgressNotice | undefined;
  /** Bumped whenever the run is replaced as a whole (restored, rewound, restarted), not moved on. */
  generation: number;
  /** Makes a move; the move that ends the run also records it and hands it to `onFinish`. */
  choose(choiceId: string, threadLengthBefore: number): MoveResult;
  /**
   * Takes a written reply (the analyser's features, its version, the length; the text if the device
   * should keep it) like `choose` takes a choice: `last.choiceId` is the outcome's id.
   */
  write(reply: WrittenReply, threadLengthBefore: number): MoveResult;
  restart(): void;
  /** Back to the state before step `index`. */
  jumpTo(index: number): void;
  dismissNotice(): void;
  /**
   * "This is wrong": adds the feature to (or, pressed again, takes it from) the `disputed` list of
   * written step `stepIndex`. It never changes the outcome or the scores. The run's finished record,
   * when the run has ended, carries it too, and goes to `onLateDispute` (it was handed over without it).
   */
  dispute(stepIndex: number, feature: FeatureId): void;
}

export interface SimulatorStoreOptions {
  /** Best and worst totals per dimension (from the build), for the finished run's overall score. */
  extremes: Pick<PathExtremes, 'best' | 'worst'>;
  /**
   * The one way a finished run leaves the store (the page hands it to the learner core, which
   * queues it for the class). Called once per run, right after the run is recorded and stored;
   * whatever it throws is ignored, because the run is safe in `finished` either way.
   */
  onFinish?: ((run: FinishedRun) => void) | undefined;
  /**
   * Called with the run's record when the learner disputes a judgement after the run has ended (it
   * was handed to `onFinish` already without it), so the dispute can follow the run. Whatever it
   * throws is ignored: the dispute is kept in the record either way.
   */
  onLateDispute?: ((run: FinishedRun) => void) | undefined;
  /** The clock, replaceable in tests. */
  now?: (() => Date) | undefined;
  /** Makes a new run's choice-order seed; replaceable in tests. */
  newSeed?: (() => number) | undefined;
}

export type SimulatorStore = ReturnType<typeof createSimulatorStore>;

export const MAX_FINISHED = 20;
export const PROGRESS_VERSION = 1;
export const progressKey = (scenarioId: string) => `candystorm:progress:${scenarioId}`;

const samePath = (a: readonly PathStep[], b: readonly PathStep[]) => JSON.stringify(a) === JSON.stringify(b);

export function createSimulatorStore(scenario: Scenario, options: SimulatorStoreOptions) {
  const now = options.now ?? (() => new Date());
  const newSeed = options.newSeed ?? (() => newOrderSeed());
  let setState: ((partial: Partial<SimulatorState>) => void) | undefined;
  /** A run restored as ended but never recorded (stored by a build that recorded late). */
  let recovered: FinishedRun | undefined;

  /** The record of an ended run, with a fresh id. */
  function finishedRunOf(run: Run): FinishedRun {
    return {
      id: newRunId(),
      scenarioVersion: run.scenarioVersion,
      path: choicePath(run),
      endingId: run.nodeId,
      overall: scoreRun(scenario, run, options.extremes).overall,
      finishedAt: now().toISOString(),
      ...(run.seed === undefined ? {} : { seed: run.seed }),
    };
  }

  /** `finished` and `best` with `entry` added. */
  function withFinished(state: Pick<SimulatorState, 'finished' | 'best'>, entry: FinishedRun): Pick<SimulatorState, 'finished' | 'best'> {
    const { finished, best } = state;
    return { finished: [entry, ...finished].slice(0, MAX_FINISHED), best: !best || entry.overall > best.overall ? entry : best };
  }

  function handOver(entry: FinishedRun): void {
    try {
      options.onFinish?.(entry);
    } catch {
      // The port failed (storage, crypto): the run is still in this scenario's finished runs.
    }
  }

  /**
   * Takes the engine's answer to a move (a choice or a written reply) into the store: the refusal as
   * `error`, or the new run; the move that ends the run also records it and hands it to `onFinish`.
   */
  function move(set: (partial: Partial<SimulatorState>) => void, get: () => SimulatorState, result: ChooseResult, threadLengthBefore: number): MoveResult {
    const { run } = get();
    if (!result.ok) {
      set({ error: result.error });
      return { ok: false, error: result.error };
    }
    const step = result.run.steps.at(-1)!;
    const node = scenario.nodes[run.nodeId];
    const taken = node?.type === 'decision' ? (step.reply ? node.write?.outcomes : node.choices)?.find((c) => c.id === step.choiceId) : undefined;
    const value = taken ? choiceValue(taken) : 0;
    const moved = { run: result.run, error: undefined, last: { nodeId: run.nodeId, choiceId: step.choiceId, threadLengthBefore } };
    const ending = scenario.nodes[result.run.nodeId];
    if (!result.run.ended || ending?.type !== 'ending') {
      set(moved);
      return { ok: true, value };
    }
    // The path and its record are stored in one write: no moment exists in which an ended
    // run is stored but not counted.
    const entry = finishedRunOf(result.run);
    set({ ...moved, ...withFinished(get(), entry) });
    handOver(entry);
    return { ok: true, value, finished: entry, outcome: ending.outcome };
  }

  return createStore<SimulatorState>()(
    persist(
      (set, get) => (
        (setState = set),
        {
          run: startRun(scenario),
          finished: [],
          generation: 0,
          choose(choiceId, threadLengthBefore) {
            return move(set, get, choose(scenario, get().run, choiceId), threadLengthBefore);
          },
          write(reply, threadLengthBefore) {
            return move(set, get, chooseWritten(scenario, get().run, reply), threadLengthBefore);
          },
          restart() {
            set({ run: startRun(scenario, newSeed()), last: undefined, error: undefined, generation: get().generation + 1 });
          },
          jumpTo(index) {
            const result = rewind(scenario, get().run, index);
            if (result.ok) set({ run: result.run, last: undefined, error: undefined, generation: get().generation + 1 });
          },
          dismissNotice() {
            set({ notice: undefined });
          },
          dispute(stepIndex, feature) {
            const { run, finished, best } = get();
            const step = run.steps[stepIndex];
            if (!step?.reply) return;
            const had = step.reply.disputed ?? [];
            const disputed = normaliseFeatures(had.includes(feature) ? had.filter((f) => f !== feature) : [...had, feature]);
            const { disputed: _old, ...rest } = step.reply;
            const reply = disputed.length > 0 ? { ...rest, disputed } : rest;
            const disputedRun = { ...run, steps: run.steps.map((s, i) => (i === stepIndex ? { ...s, reply } : s)) };
            // The newest record is this run's when the run has ended: keep the two alike.
            const record = run.ended && finished[0] && samePath(finished[0].path, choicePath(run)) ? { ...finished[0], path: choicePath(disputedRun) } : undefined;
            set({
              run: disputedRun,
              ...(record ? { finished: [record, ...finished.slice(1)], ...(best?.id === record.id ? { best: record } : {}) } : {}),
            });
            if (record) {
              try {
                options.onLateDispute?.(record);
              } catch {
                // The dispute is in the stored record; sending it is best effort.
              }
            }
          },
        }
      ),
      {
        name: progressKey(scenario.id),
        version: PROGRESS_VERSION,
        storage: safeJsonStorage<Progress>(() => setState?.({ notice: 'progress-reset' })),
        // The page renders the fresh run on the server; stored progress is restored after mount.
        skipHydration: true,
        partialize: (state): Progress => ({
          scenarioVersion: scenario.version,
          path: choicePath(state.run),
          ...(state.run.seed === undefined ? {} : { seed: state.run.seed }),
          finished: state.finished,
          ...(state.best ? { best: state.best } : {}),
        }),
        migrate: (state, version) => migrateProgress(state, version, PROGRESS_VERSION) as never,
        merge(persisted, current) {
          // Every way out of here gives the run a seed: the server-rendered run has none.
          const seeded = { ...current, run: startRun(scenario, newSeed()) };
          // zustand calls merge with undefined when nothing is stored: a first visit, not an error.
          if (persisted === undefined) return seeded;
          const progress = readProgress(persisted);
          if (!progress) return { ...seeded, notice: 'progress-reset' };
          const restored = { ...seeded, finished: progress.finished, best: progress.best };
          if (progress.scenarioVersion !== scenario.version) return { ...restored, notice: progress.path.length ? 'scenario-changed' : undefined };
          // Progress from before seeds keeps the fresh one: its order was the authored one anyway.
          const replayed = replay(scenario, progress.path, progress.seed ?? seeded.run.seed);
          if (!replayed.ok) return { ...restored, notice: 'progress-reset' };
          const back = { ...restored, run: replayed.run, generation: current.generation + 1 };
          // Builds before this one recorded a run only after its ending had been shown, so a
          // reload in between stored an ended path that was never counted. Every ended path this
          // build stores is the newest finished run; one that is not gets recorded now, once.
          const newest = progress.finished[0];
          if (!replayed.run.ended || (newest && newest.scenarioVersion === scenario.version && samePath(newest.path, progress.path))) return back;
          recovered = finishedRunOf(replayed.run);
          return { ...back, ...withFinished(back, recovered) };
        },
        // After a restore: store a recovered run and hand it over (merge itself writes nothing).
        onRehydrateStorage: () => () => {
          const entry = recovered;
          recovered = undefined;
          if (!entry) return;
          setState?.({});
          handOver(entry);
        },
      },
    ),
  );
}
