/**
 * The simulator's mode as the learner's class sets it: when the learner is a member and the
 * scenario is assigned with mode 'test' or 'practice', that mode wins over the page's
 * default (`fallback`, from `<Simulator mode="…">`).
 *
 * The mode is read once, right after mount: the first render uses `fallback`, so server HTML and
 * hydration agree, and the assigned mode applies before the learner can make the first move. A
 * mode must not change in the middle of a run (feedback already shown cannot be taken back), so a
 * later change of the membership (a refresh, another tab) applies on the next page load.
 */
import { useEffect, useState } from 'react';
import type { Scenario } from '../../engine/index.ts';
import type { SimulatorMode } from './context.ts';
import { assignedMode } from '../../learner/membership-store.ts';

export function useAssignedMode(scenario: Pick<Scenario, 'id' | 'module'>, fallback: SimulatorMode): SimulatorMode {
  const [mode, setMode] = useState<SimulatorMode>(fallback);
  const { id, module: moduleNumber } = scenario;
  // Runs once after mount: a simulator's scenario never changes.
  useEffect(() => {
    const assigned = assignedMode({ id, module: moduleNumber });
    if (assigned) setMode(assigned);
  }, [id, moduleNumber]);
  return mode;
}
