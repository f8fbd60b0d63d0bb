/** What every part of one simulator needs: the scenario, its store, the mode and the words. */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Locale, PathExtremes, Scenario } from '../../engine/index.ts';
import type { Translate } from '../../i18n/t.ts';
import type { SimulatorState, SimulatorStore } from '../../stores/simulator-store.ts';

/** practice: feedback after every move; test: feedback only in the debrief. */
export type SimulatorMode = 'practice' | 'test';

export interface SimulatorContextValue {
  scenario: Scenario;
  /** Best and worst totals per dimension, from the build's graph analysis. */
  extremes: Pick<PathExtremes, 'best' | 'worst'>;
  locale: Locale;
  mode: SimulatorMode;
  t: Translate;
  store: SimulatorStore;
  /** Prefix for element ids, unique per instance. */
  idPrefix: string;
}

export const SimulatorContext = createContext<SimulatorContextValue | null>(null);

export function useSimulator(): SimulatorContextValue {
  const value = useContext(SimulatorContext);
  if (!value) throw new Error('Simulator parts must be rendered inside <Simulator>.');
  return value;
}

/** Selects one field of the instance's store. */
export function useSimulatorState<T>(select: (state: SimulatorState) => T): T {
  return useStore(useSimulator().store, select);
}
