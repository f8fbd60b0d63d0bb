/**
 * The countdown of a live decision on the projector and the phones: the time left, large, ticking
 * for the eyes only (aria-hidden); screen readers hear it once when it starts and once at its end,
 * not every second.
 */
import { useEffect, useState } from 'react';
import { secondsLeft } from '../../live/live-countdown.ts';
import type { Countdown } from '../../live/live-snapshot.ts';
import { fill, type LiveWords } from '../../live/live-words.ts';

interface Props {
  countdown: Countdown | null;
  serverNow: number;
  receivedAt: number;
  words: LiveWords;
}

const clock = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** The time left of `countdown` (nothing without one), with its two announcements. */
export function LiveCountdown({ countdown, serverNow, receivedAt, words: w }: Props) {
  const [now, setNow] = useState(receivedAt);
  useEffect(() => {
    if (!countdown) return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [countdown]);
  const left = countdown ? secondsLeft(countdown, serverNow, receivedAt, Math.max(now, receivedAt)) : undefined;
  return (
    <>
      <p className="visually-hidden" role="status">
        {countdown ? (left === 0 ? w.countdownOver : fill(w.countdownStarted, { n: countdown.seconds })) : ''}
      </p>
      {left !== undefined && (
        <p className="live-countdown" aria-hidden="true" data-seconds-left={left}>
          {left === 0 ? w.countdownOver : fill(w.timeLeft, { time: clock(left) })}
        </p>
      )}
    </>
  );
}
