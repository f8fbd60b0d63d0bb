/**
 * A small counting semaphore for password hashing. scrypt runs on libuv's thread pool (4 threads by
 * default), the same pool that reads the site's files: 24 sign-ins at once filled it, and static
 * pages waited up to 16 s behind them. With at most a few hashes at once, the other pool threads
 * stay free for file reads; sign-ins beyond that wait in a first-in-first-out queue and are all
 * answered, one after the other. Local rather than a dependency: it is twenty lines.
 */

/** Runs tasks with at most `max` of them in progress; the rest wait in order of arrival. */
export class HashSlots {
  readonly max: number;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  /** `max` = how many tasks may run at once (a whole number of at least 1). */
  constructor(max: number) {
    if (!Number.isInteger(max) || max < 1) throw new Error(`HashSlots needs a whole number of at least 1, not ${max}`);
    this.max = max;
  }

  /** Tasks in progress now. */
  get running(): number {
    return this.#running;
  }

  /** Tasks waiting for a slot now. */
  get waiting(): number {
    return this.#waiting.length;
  }

  /** Runs `task` once a slot is free; the slot is given back however the task ends. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running >= this.max) await new Promise<void>((resume) => this.#waiting.push(resume));
    else this.#running += 1;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line (running stays the same), or is freed.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }
}
