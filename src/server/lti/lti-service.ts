/**
 * The LTI 1.3 tool's per-process parts, made once by the composition root (server/app.ts): the
 * platforms' key sets (jose's remote JWKS, cached per URL and refetched when an unknown key id
 * arrives) and the score queue, ticking on an unref'd timer. The tool key is made at start.
 */
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import { deleteExpiredLtiRows } from '../repos/lti.ts';
import type { Db } from '../repos/types.ts';
import { ScoreQueue } from './score-queue.ts';
import { ensureToolKey } from './tool-keys.ts';

export interface LtiSettings {
  /** How often the score queue looks for work (LTI_SCORE_INTERVAL_MS, default 5 s). */
  scoreIntervalMs: number;
  /** The first retry's wait after a failed send (LTI_SCORE_RETRY_MS, default 30 s), doubling each time. */
  scoreRetryMs: number;
}

/** Reads the settings; a wrong value stops the start with its message. */
export function ltiSettingsFrom(env: Record<string, string | undefined>): LtiSettings {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 50) throw new Error(`${name} must be a whole number of milliseconds (at least 50), not "${raw}".`);
    return value;
  };
  return { scoreIntervalMs: read('LTI_SCORE_INTERVAL_MS', 5000), scoreRetryMs: read('LTI_SCORE_RETRY_MS', 30_000) };
}

export class LtiService {
  readonly #db: Db;
  readonly #keySets = new Map<string, JWTVerifyGetKey>();
  readonly scores: ScoreQueue;
  readonly #timer: NodeJS.Timeout;
  #ticks = 0;
  readonly #keyMade: Promise<void>;

  constructor(db: Db, settings: LtiSettings) {
    this.#db = db;
    this.scores = new ScoreQueue(db, settings.scoreRetryMs);
    // Made at start, so /lti/jwks answers at once and two launches never race to make one.
    this.#keyMade = ensureToolKey(db).catch((error: unknown) => console.error('[lti] could not make the tool key:', error));
    this.#timer = setInterval(() => void this.#tick(), settings.scoreIntervalMs);
    this.#timer.unref();
  }

  /** The key set at `jwksUrl`, fetched on first use and cached (jose refetches for an unknown kid, at most every 30 s). */
  keySet = (jwksUrl: string): JWTVerifyGetKey => {
    let set = this.#keySets.get(jwksUrl);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 10_000 });
      this.#keySets.set(jwksUrl, set);
    }
    return set;
  };

  async #tick(): Promise<void> {
    try {
      // Expired login states and nonces go about once a minute.
      if (this.#ticks++ % 12 === 0) await deleteExpiredLtiRows(this.#db);
      await this.scores.tick();
    } catch (error) {
      console.error('[lti] score queue:', error);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.#timer);
    await this.#keyMade;
    await this.scores.idle();
  }
}
