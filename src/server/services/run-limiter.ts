/**
 * How many runs one learner may send: 120 in 10 minutes (a run takes a learner a minute or more;
 * a device that sends thousands is broken or an attack, and would flood its trainer's pages).
 * Counted in this process's memory, because POST /api/runs is the hottest route and a database
 * write per run would halve its throughput; with several instances behind a load balancer each
 * counts on its own (docs/deployment.md). A refused run is not counted, and the device keeps it
 * (the outbox retries after Retry-After).
 */

export const RUNS_PER_WINDOW = 120;
export const RUN_WINDOW_MS = 10 * 60_000;
/** Learners remembered before forgotten ones are swept out. */
const SWEEP_AT = 10_000;

/** A sliding-window counter per learner id. */
export class RunLimiter {
  private readonly sent = new Map<string, number[]>();
  readonly max: number;
  readonly windowMs: number;

  constructor(max: number = RUNS_PER_WINDOW, windowMs: number = RUN_WINDOW_MS) {
    this.max = max;
    this.windowMs = windowMs;
  }

  /**
   * Counts one run for `learnerId`: 0 when it may be stored, else the seconds until it may
   * (the oldest counted run leaves the window). `now` is for tests.
   */
  take(learnerId: string, now: number = Date.now()): number {
    const since = now - this.windowMs;
    let times = this.sent.get(learnerId);
    if (!times) this.sent.set(learnerId, (times = []));
    // Oldest first: drop what left the window in place, without copying the list on every run
    // (a flooding device asks many times a second; 0.9 → 0.1 µs a take at 120). Should the clock
    // step back, a run behind a newer one leaves with it: counted a little longer, never less.
    while (times.length && times[0]! <= since) times.shift();
    if (times.length >= this.max) return Math.max(1, Math.ceil((times[0]! + this.windowMs - now) / 1000));
    times.push(now);
    if (this.sent.size > SWEEP_AT) this.sweep(since);
    return 0;
  }

  /** Forgets learners with nothing in the window. */
  private sweep(since: number): void {
    for (const [id, times] of this.sent) if (times.every((t) => t <= since)) this.sent.delete(id);
  }
}
