/**
 * Removes rows whose time is up, on a timer rather than only when someone next signs in: expired
 * trainer sessions and failed sign-in/join attempts older than their 15-minute window (what
 * docs/privacy.md promises). The composition root (server/app.ts) starts it and stops it on close.
 */
import { deleteAttemptsBefore } from '../repos/login-attempts.ts';
import { deleteExpiredSessions } from '../repos/sessions.ts';
import type { Db } from '../repos/types.ts';

/** How long a failed attempt counts (the sign-in and join limits' window, 15 minutes). */
export const ATTEMPT_WINDOW_MS = 15 * 60_000;
/** How often the sweep runs. */
export const SWEEP_INTERVAL_MS = 60_000;

/** Deletes expired sessions and failed attempts past their window; returns when done. */
export async function sweepExpired(db: Db, now = new Date()): Promise<void> {
  await deleteExpiredSessions(db);
  await deleteAttemptsBefore(db, new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString());
}

/**
 * Runs sweepExpired every `intervalMs` (the timer does not keep the process alive); `stop()` ends
 * it and waits for a sweep in progress. A failed sweep is logged and tried again next time.
 */
export function startExpirySweep(db: Db, intervalMs = SWEEP_INTERVAL_MS): { stop(): Promise<void> } {
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = sweepExpired(db).catch((error: unknown) => console.error('[sweep] removing expired rows failed:', error instanceof Error ? error.message : error));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
