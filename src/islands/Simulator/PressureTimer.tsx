/**
 * The two halves of the optional time pressure (use-pressure-timer.ts): the switch, which lives in
 * the settings menu, and the clock with its pause button, which stays in view while it runs.
 */
import { useId } from 'react';
import { useSimulator } from './context.ts';
import { PRESSURE_SECONDS, type PressureTimer } from './use-pressure-timer.ts';

export { PRESSURE_SECONDS };

/** The checkbox that switches time pressure on or off. */
export function PressureToggle({ timer }: { timer: PressureTimer }) {
  const { t } = useSimulator();
  const id = useId();
  return (
    <div className="sim-pressure">
      <label htmlFor={id}>
        <input id={id} type="checkbox" checked={timer.on} onChange={(e) => timer.setOn(e.target.checked)} /> {t('pressure.toggle', { n: PRESSURE_SECONDS })}
      </label>
    </div>
  );
}

/** Seconds left and a pause button while time pressure is on; the time-out note always in the DOM. */
export function PressureClock({ timer }: { timer: PressureTimer }) {
  const { t } = useSimulator();
  return (
    <span className="sim-pressure">
      {timer.on && !timer.ended && (
        <>
          {/* Announced only when it matters, not every second. */}
          <span className="sim-pressure-clock" aria-hidden="true">
            {t('pressure.left', { n: timer.left })}
          </span>
          <button type="button" className="sim-link-button" aria-pressed={timer.paused} onClick={() => timer.setPaused(!timer.paused)}>
            {timer.paused ? t('pressure.resume') : t('pressure.pause')}
          </button>
        </>
      )}
      <span aria-live="polite" className="sim-pressure-note">
        {timer.on && timer.timedOut ? t('pressure.timeout') : ''}
      </span>
    </span>
  );
}
