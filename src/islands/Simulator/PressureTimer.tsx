/**
 * Optional time pressure, off by default: the learner switches it on, and can pause it. When the
 * time for a decision runs out, the thread does not wait: the scenario's "wait" move is taken if it
 * offers one, otherwise the learner is told that time is up and the clock starts again.
 */
import { useEffect, useId, useState } from 'react';
import { choicesNow } from '../../engine/index.ts';
import { useSimulator, useSimulatorState } from './context.ts';

export const PRESSURE_SECONDS = 60;

export function PressureTimer({ active, onTimeout }: { active: boolean; onTimeout(choiceId: string | undefined): void }) {
  const { scenario, t } = useSimulator();
  const run = useSimulatorState((s) => s.run);
  const id = useId();
  const [on, setOn] = useState(false);
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
  return (
    <div className="sim-pressure">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={on} onChange={(e) => (setOn(e.target.checked), setPaused(false), setTimedOut(false))} />{' '}
        {t('pressure.toggle', { n: PRESSURE_SECONDS })}
      </label>
      {on && !run.ended && (
        <>
          {/* Announced only when it matters, not every second. */}
          <span className="sim-pressure-clock" aria-hidden="true">
            {t('pressure.left', { n: left })}
          </span>
          <button type="button" className="sim-link-button" aria-pressed={paused} onClick={() => setPaused(!paused)}>
            {paused ? t('pressure.resume') : t('pressure.pause')}
          </button>
        </>
      )}
      <span aria-live="polite" className="sim-pressure-note">
        {on && timedOut ? t('pressure.timeout') : ''}
      </span>
    </div>
  );
}
