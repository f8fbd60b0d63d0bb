/**
 * The durable queue of scores for the platforms' gradebooks. A tick first queues a job for every
 * stored run of an LTI learner that a graded link covers (derived from the runs table, so a run the
 * server acknowledged is never missed, even after a crash), then sends what is due. A failed send
 * waits longer each time (base × 2^attempts, at most 6 hours) and is tried again, never dropped;
 * `npm run lti -- list` shows what waits.
 */
import { dueScores, enqueueScores, markScoreFailed, markScoreSent } from '../repos/lti.ts';
import type { Db } from '../repos/types.ts';
import { fetchAccessToken, postScore, type AccessToken } from './ags-client.ts';
import { signingKey } from './tool-keys.ts';

const MAX_BACKOFF_MS = 6 * 60 * 60_000;
const BATCH = 20;

/** When the next try after `attempts` failures is due. */
export function nextAttemptAt(attempts: number, baseMs: number, from = Date.now()): string {
  return new Date(from + Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.min(attempts - 1, 20))).toISOString();
}

/** Sends due scores; one instance per app. */
export class ScoreQueue {
  readonly #db: Db;
  readonly #retryBaseMs: number;
  /** Access tokens per platform and token URL, until they expire. */
  readonly #tokens = new Map<string, AccessToken>();
  #running: Promise<void> | undefined;

  constructor(db: Db, retryBaseMs: number) {
    this.#db = db;
    this.#retryBaseMs = retryBaseMs;
  }

  /** One pass; a pass already running is joined, not doubled. */
  tick(): Promise<void> {
    return (this.#running ??= this.#pass().finally(() => (this.#running = undefined)));
  }

  async #pass(): Promise<void> {
    await enqueueScores(this.#db);
    const jobs = await dueScores(this.#db, BATCH);
    if (!jobs.length) return;
    const key = await signingKey(this.#db);
    for (const job of jobs) {
      try {
        const cacheKey = `${job.platform_id}\n${job.token_url}`;
        let token = this.#tokens.get(cacheKey);
        if (!token || token.expiresAt <= Date.now()) {
          token = await fetchAccessToken(key, job.client_id, job.token_url);
          this.#tokens.set(cacheKey, token);
        }
        await postScore(token.token, job.lineitem_url!, { userId: job.sub, scoreGiven: job.overall, scoreMaximum: 100, timestamp: job.finished_at });
        await markScoreSent(this.#db, job.run_id, job.link_id);
      } catch (error) {
        const attempts = job.attempts + 1;
        // A refused token may be a revoked one: fetch a new one next time.
        this.#tokens.delete(`${job.platform_id}\n${job.token_url}`);
        await markScoreFailed(this.#db, job.run_id, job.link_id, attempts, nextAttemptAt(attempts, this.#retryBaseMs), error instanceof Error ? error.message : String(error));
      }
    }
  }

  /** Waits for a running pass (at shutdown). */
  async idle(): Promise<void> {
    await this.#running;
  }
}
