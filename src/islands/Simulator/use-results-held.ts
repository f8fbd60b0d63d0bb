/**
 * Whether the debrief must hold back the strongest path, the alternatives and "try again from
 * decision n": only in test mode, for a class member whose assignment of this scenario is a test
 * the trainer has not released yet. The release is stored on the server; the browser learns it from
 * the membership (GET /api/learner), which `recheck` reads again. Practice, and a test page played
 * outside a class, show everything as before.
 */
import { useCallback, useState } from 'react';
import { useStore } from 'zustand';
import type { Scenario } from '../../engine/index.ts';
import { findAssignment, membershipStore, refresh } from '../../learner/membership-store.ts';
import type { SimulatorMode } from './context.ts';

export interface ResultsHeld {
  held: boolean;
  /** Asks the server again; 'still' when the results are still held back afterwards. */
  recheck: () => Promise<void>;
  checked: 'idle' | 'busy' | 'still';
}

export function useResultsHeld(scenario: Pick<Scenario, 'id' | 'module'>, mode: SimulatorMode): ResultsHeld {
  const held = useStore(membershipStore, (s) => {
    if (mode !== 'test' || !s.membership) return false;
    const assignment = findAssignment(s.membership.assignments, scenario);
    return assignment?.mode === 'test' && assignment.released !== true;
  });
  const [checked, setChecked] = useState<ResultsHeld['checked']>('idle');
  const recheck = useCallback(async () => {
    setChecked('busy');
    await refresh();
    const assignment = findAssignment(membershipStore.getState().membership?.assignments ?? [], scenario);
    setChecked(assignment?.mode === 'test' && assignment.released !== true ? 'still' : 'idle');
  }, [scenario]);
  return { held, recheck, checked };
}
