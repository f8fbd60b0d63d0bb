/**
 * One small settings menu instead of a row of controls above the thread: a disclosure button
 * ("Einstellungen / Settings", aria-expanded) opens a panel with sound, volume and time pressure.
 * Escape closes it and puts focus back on the button. The panel sits in the flow (not floating over
 * the thread), so nothing is covered and no focus trap is needed. While time pressure runs, its
 * clock stays beside the button, in view, with the menu closed.
 * See https://www.w3.org/WAI/ARIA/apg/patterns/disclosure/.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSimulator } from './context.ts';
import { PressureClock, PressureToggle } from './PressureTimer.tsx';
import { SoundControls } from './SoundControls.tsx';
import { usePressureTimer } from './use-pressure-timer.ts';
import './settings-menu.css';

interface SettingsMenuProps {
  /** Whether the clock may run (the thread has settled and a decision waits). */
  active: boolean;
  onTimeout(choiceId: string | undefined): void;
}

/** A cog drawn by us; decoration only. */
function CogIcon() {
  return (
    <svg className="sim-settings-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="3.2" fill="none" stroke="currentColor" strokeWidth="2" />
      <path
        d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function SettingsMenu({ active, onTimeout }: SettingsMenuProps) {
  const { t } = useSimulator();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const timer = usePressureTimer(active, onTimeout);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="sim-settings" onKeyDown={onKeyDown} data-testid="settings">
      <div className="sim-settings-bar">
        <button ref={button} type="button" className="sim-settings-button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          <CogIcon />
          {t('settings.open')}
        </button>
        <PressureClock timer={timer} />
      </div>
      <div id={panelId} className="sim-settings-panel" hidden={!open}>
        <SoundControls labels={{ sound: t('sound.sound'), mute: t('sound.off'), unmute: t('sound.on'), volume: t('sound.volume') }} />
        <PressureToggle timer={timer} />
      </div>
    </div>
  );
}
