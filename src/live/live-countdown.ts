/**
 * The optional countdown of a live decision, shared by the server (its limits) and the screens
 * (the seconds left). Pure, no clock of its own: the caller passes the times, so a phone whose
 * clock is wrong still counts down with the server (the snapshot carries the server's clock).
 */
import type { Countdown } from './live-snapshot.ts';

/** The shortest and longest countdown a trainer can set (seconds); the form's default. */
export const COUNTDOWN_SECONDS = { min: 5, max: 600, default: 60 } as const;

/**
 * Whole seconds left (0 once run out), on this screen's clock `now`: `serverNow` is the server's
 * clock when the snapshot was made, `receivedAt` this screen's clock when it arrived.
 */
export function secondsLeft(countdown: Countdown, serverNow: number, receivedAt: number, now: number): number {
  const skew = receivedAt - serverNow;
  const left = Date.parse(countdown.endsAt) + skew - now;
  return Math.max(0, Math.ceil(left / 1000));
}
