/**
 * The timers of countdowns that close voting when they run out, one per session. Every instance
 * holding a session sets the timer (one may be gone); the reveal it asks for names its round, so
 * only the first does anything and a decision opened since is left alone (live-service.ts).
 */
import type { LiveSession } from './live-state.ts';

export class LiveCountdowns {
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #runOut: (session: LiveSession) => void;

  /** `runOut` is called with the session as it was when its countdown was set. */
  constructor(runOut: (session: LiveSession) => void) {
    this.#runOut = runOut;
  }

  /** Sets (or clears) the session's timer to match its countdown. */
  arm(session: LiveSession): void {
    clearTimeout(this.#timers.get(session.id));
    this.#timers.delete(session.id);
    const countdown = session.countdown;
    if (!countdown?.autoClose || session.phase !== 'voting') return;
    const timer = setTimeout(() => {
      this.#timers.delete(session.id);
      this.#runOut(session);
    }, Math.max(0, Date.parse(countdown.endsAt) - Date.now()));
    timer.unref();
    this.#timers.set(session.id, timer);
  }

  /** Clears every timer (shutdown). */
  clear(): void {
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
  }
}
