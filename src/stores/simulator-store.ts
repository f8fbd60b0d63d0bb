/**
 * The state of one simulator instance: the run and what the learner last chose. One store per
 * island (created in Simulator.tsx), so two simulators on a page never share state.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { choose, startRun, rewind, type ChooseError, type Run, type Scenario } from '../engine/index.ts';

export interface LastChoice {
  nodeId: string;
  choiceId: string;
  /** How many thread items existed before the choice: everything after is new. */
  threadLengthBefore: number;
}

export interface SimulatorState {
  run: Run;
  last?: LastChoice | undefined;
  /** Set when a choice was refused; the UI shows it instead of failing. */
  error?: ChooseError | undefined;
  choose(choiceId: string, threadLengthBefore: number): void;
  restart(): void;
  /** Back to the state before step `index`. */
  jumpTo(index: number): void;
}

export type SimulatorStore = StoreApi<SimulatorState>;

export function createSimulatorStore(scenario: Scenario, initial?: Run): SimulatorStore {
  return createStore<SimulatorState>()((set, get) => ({
    run: initial ?? startRun(scenario),
    choose(choiceId, threadLengthBefore) {
      const { run } = get();
      const result = choose(scenario, run, choiceId);
      if (!result.ok) return set({ error: result.error });
      set({ run: result.run, error: undefined, last: { nodeId: run.nodeId, choiceId, threadLengthBefore } });
    },
    restart() {
      set({ run: startRun(scenario), last: undefined, error: undefined });
    },
    jumpTo(index) {
      const result = rewind(scenario, get().run, index);
      if (result.ok) set({ run: result.run, last: undefined, error: undefined });
    },
  }));
}
