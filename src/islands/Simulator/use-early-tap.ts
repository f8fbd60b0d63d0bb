/**
 * Applies a choice tapped before hydration (src/islands/early-taps.ts) once the simulator is live
 * and its stored progress is restored: only if that choice is still on offer (a restored run may
 * stand elsewhere), and only once.
 */
import { useEffect } from 'react';
import { choicesNow, threadOf, type Scenario } from '../../engine/index.ts';
import type { MoveResult, SimulatorStore } from '../../stores/simulator-store.ts';
import { takeEarlyTap } from '../early-taps.ts';

/** Call after the effect that restores stored progress, so the tap meets the restored run. */
export function useEarlyTap(scenario: Scenario, store: SimulatorStore, onMove: (move: MoveResult) => void): void {
  useEffect(() => {
    const apply = () => {
      const choiceId = takeEarlyTap(scenario.id);
      if (!choiceId) return;
      const { run } = store.getState();
      if (!choicesNow(scenario, run).some((c) => c.id === choiceId)) return;
      onMove(store.getState().choose(choiceId, threadOf(scenario, run).length));
    };
    if (store.persist.hasHydrated()) {
      apply();
      return undefined;
    }
    return store.persist.onFinishHydration(apply);
    // Once per simulator, on mount: a later tap is an ordinary click.
  }, [scenario, store, onMove]);
}
