/**
 * Sound on or off, and how loud: the learner's choice, remembered across visits (prefs store).
 *
 * The toggle keeps one name and says its state with aria-pressed (pressed = sound on); its label
 * never changes, because a label that flips together with aria-pressed reads as a double negative
 * ("sound off, pressed"). See https://www.w3.org/WAI/ARIA/apg/patterns/button/ (toggle buttons).
 * The state is shown to the eye beside it, and hidden from screen readers, which hear aria-pressed.
 */
import { useId, type ChangeEvent } from 'react';
import { setMuted, setVolume } from '../../stores/prefs-store.ts';
import { usePrefs } from '../../stores/use-prefs.ts';
import './sound-controls.css';

/** The words the controls show, in the page's language. */
export interface SoundControlsLabels {
  /** The toggle's name, e.g. "Ton" / "Sound". */
  sound: string;
  /** Shown beside the toggle while sound is off, e.g. "aus" / "off". */
  mute: string;
  /** Shown beside the toggle while sound is on, e.g. "an" / "on". */
  unmute: string;
  /** The slider's visible label, e.g. "Lautstärke" / "Volume". */
  volume: string;
}

/** Props of SoundControls. */
export interface SoundControlsProps {
  /** All words come from the caller, so i18n stays outside. */
  labels: SoundControlsLabels;
}

/** Speaker with sound waves, or crossed out; decoration only. */
function SpeakerIcon({ muted }: { muted: boolean }) {
  return (
    <svg className="sim-sound-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      {muted ? (
        <path d="M16 9l6 6m0-6l-6 6" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      ) : (
        <path d="M16 9a4 4 0 0 1 0 6m2.5-8.5a7.5 7.5 0 0 1 0 11" stroke="currentColor" strokeWidth="2" strokeLinecap="round" fill="none" />
      )}
    </svg>
  );
}

/** The mute toggle and the volume slider. */
export function SoundControls({ labels }: SoundControlsProps) {
  const muted = usePrefs((s) => s.muted);
  const volume = usePrefs((s) => s.volume);
  const sliderId = useId();
  const percent = Math.round(volume * 100);
  const onVolume = (event: ChangeEvent<HTMLInputElement>) => setVolume(Number(event.currentTarget.value) / 100);
  return (
    <div className="sim-sound" data-testid="sound-controls">
      <span className="sim-sound-switch">
        <button type="button" className="sim-sound-toggle" aria-pressed={!muted} onClick={() => setMuted(!muted)}>
          <SpeakerIcon muted={muted} />
          {labels.sound}
        </button>
        <span className="sim-sound-state" aria-hidden="true">
          {muted ? labels.mute : labels.unmute}
        </span>
      </span>
      <span className="sim-sound-volume">
        <label htmlFor={sliderId}>{labels.volume}</label>
        <input id={sliderId} type="range" min={0} max={100} step={5} value={percent} onChange={onVolume} />
      </span>
    </div>
  );
}
