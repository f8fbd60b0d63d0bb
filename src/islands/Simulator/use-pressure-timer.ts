/**
 * Optional time pressure, off by default: the learner switches it on, and can pause it. When the
 * time for a decision runs out, the thread does not wait: the scenario's "wait" move is taken if it
 * offers one, otherwise the learner is told that time is up and the clock starts again.
 * A hook, so the switch can sit in the settings menu while the clock stays in view.
 */
import { useEffect, useState } from 'react';
import { choicesNow } from '../../engine/index.ts';
import { useSimulator, useSimulatorState } from './context.ts';

export const PRESSURE_SECONDS = 60;

export interface PressureTimer {
  on: boolean;
  setOn(on: boolean): void;
  paused: boolean;
  setPaused(paused: boolean): void;
  /** Seconds left for this decision. */
  left: number;
  /** The last decision ran out of time (cleared when the switch is touched). */
  timedOut: boolean;
  /** The run is over: no clock to show. */
  ended: boolean;
}

export function usePressureTimer(active: boolean, onTimeout: (choiceId: string | undefined) => void): PressureTimer {
  const { scenario } = useSimulator();
  const run = useSimulatorState((s) => s.run);
  const [on, setOnState] = useState(false);
  const [paused, setPaused] = useState(false);
  const [left, setLeft] = useState(PRESSURE_SECONDS);
  const [timedOut, setTimedOut] = useState(false);
  // A new decision gets the full time again.
  useEffect(() => setLeft(PRESSURE_SECONDS), [run.nodeId, run.steps.length]);
  useEffect(() => {
    if (!on || paused || !active || run.ended) return undefined;
    if (left <= 0) {
      const wait = choicesNow(scenario, run).find((c) => c.kind === 'wait');
      setTimedOut(true);
      setLeft(PRESSURE_SECONDS);
      onTimeout(wait?.id);
      return undefined;
    }
    const timer = setTimeout(() => setLeft((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [on, paused, active, left, run, scenario, onTimeout]);
  const setOn = (value: boolean) => (setOnState(value), setPaused(false), setTimedOut(false));
  return { on, setOn, paused, setPaused, left, timedOut, ended: run.ended };
}
