/**
 * The state of one simulator instance: the run, the last choice, finished runs and the best result.
 * One store per island (created in Simulator.tsx), so two simulators on a page never share state.
 *
 * Progress survives a reload: zustand persist keeps only choice ids under one key per scenario, and a
 * restored run is replayed with the engine. Whatever cannot be replayed (a changed scenario, foreign
 * or corrupt data) is discarded and `notice` says so; the page never breaks over storage.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { choose, replay, rewind, startRun, type ChooseError, type Run, type Scenario } from '../engine/index.ts';
import { safeJsonStorage } from './browser-storage.ts';
import { migrateProgress, readProgress, type FinishedRun, type Progress } from './progress.ts';

export interface LastChoice {
  nodeId: string;
  choiceId: string;
  /** How many thread items existed before the choice: everything after is new. */
  threadLengthBefore: number;
}

/** Why the UI may want to say something about stored progress. */
export type ProgressNotice = 'progress-reset' | 'scenario-changed';

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
  choose(choiceId: string, threadLengthBefore: number): void;
  /** Records the finished run with its overall score (computed by the caller, which has the extremes). */
  recordFinish(overall: number): void;
  restart(): void;
  /** Back to the state before step `index`. */
  jumpTo(index: number): void;
  dismissNotice(): void;
}

export type SimulatorStore = ReturnType<typeof createSimulatorStore>;

export const MAX_FINISHED = 20;
export const PROGRESS_VERSION = 1;
export const progressKey = (scenarioId: string) => `candystorm:progress:${scenarioId}`;

export function createSimulatorStore(scenario: Scenario) {
  let setState: ((partial: Partial<SimulatorState>) => void) | undefined;
  return createStore<SimulatorState>()(
    persist(
      (set, get) => (
        (setState = set),
        {
        run: startRun(scenario),
        finished: [],
        generation: 0,
        choose(choiceId, threadLengthBefore) {
          const { run } = get();
          const result = choose(scenario, run, choiceId);
          if (!result.ok) {
            set({ error: result.error });
            return;
          }
          set({ run: result.run, error: undefined, last: { nodeId: run.nodeId, choiceId, threadLengthBefore } });
        },
        recordFinish(overall) {
          const { run, finished, best } = get();
          if (!run.ended) return;
          const entry: FinishedRun = {
            scenarioVersion: run.scenarioVersion,
            path: run.steps.map((s) => s.choiceId),
            endingId: run.nodeId,
            overall,
            finishedAt: new Date().toISOString(),
          };
          set({ finished: [entry, ...finished].slice(0, MAX_FINISHED), best: !best || overall > best.overall ? entry : best });
        },
        restart() {
          set({ run: startRun(scenario), last: undefined, error: undefined, generation: get().generation + 1 });
        },
        jumpTo(index) {
          const result = rewind(scenario, get().run, index);
          if (result.ok) set({ run: result.run, last: undefined, error: undefined, generation: get().generation + 1 });
        },
        dismissNotice() {
          set({ notice: undefined });
        },
      }),
      {
        name: progressKey(scenario.id),
        version: PROGRESS_VERSION,
        storage: safeJsonStorage<Progress>(() => setState?.({ notice: 'progress-reset' })),
        // The page renders the fresh run on the server; stored progress is restored after mount.
        skipHydration: true,
        partialize: (state): Progress => ({
          scenarioVersion: scenario.version,
          path: state.run.steps.map((s) => s.choiceId),
          finished: state.finished,
          ...(state.best ? { best: state.best } : {}),
        }),
        migrate: (state, version) => migrateProgress(state, version, PROGRESS_VERSION) as never,
        merge(persisted, current) {
          // zustand calls merge with undefined when nothing is stored: a first visit, not an error.
          if (persisted === undefined) return current;
          const progress = readProgress(persisted);
          if (!progress) return { ...current, notice: 'progress-reset' };
          const restored = { ...current, finished: progress.finished, best: progress.best };
          if (progress.scenarioVersion !== scenario.version) return { ...restored, notice: progress.path.length ? 'scenario-changed' : undefined };
          const replayed = replay(scenario, progress.path);
          if (!replayed.ok) return { ...restored, notice: 'progress-reset' };
          return { ...restored, run: replayed.run, generation: current.generation + 1 };
        },
      },
    ),
  );
}
