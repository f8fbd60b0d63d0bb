/**
 * Who sends a run: the learner of a device token, whether their class is archived, and the modules
 * assigned to it, remembered for a few seconds. POST /api/runs is by far the most frequent request
 * (a whole class sends its results at once) and otherwise costs two queries each time. Changes made
 * through this server (a learner or class deleted, a class archived, an assignment changed) clear
 * the memory at once; other server instances (PostgreSQL) see them within SENDING_LEARNER_TTL_MS.
 */
import { hashToken } from '../auth/tokens.ts';
import { listAssignments } from '../repos/assignments.ts';
import { findLearnerByTokenHash } from '../repos/learners.ts';
import type { Db } from '../repos/types.ts';

export const SENDING_LEARNER_TTL_MS = 5_000;
const MAX_ENTRIES = 20_000;

export interface SendingLearner {
  id: string;
  classId: string;
  archived: boolean;
  /** When the learner joined (ISO): no run of theirs can have finished before. */
  joinedAt: string;
  assignedModules: ReadonlySet<number>;
  /** Assigned modules whose assignment collects written replies' text (docs/privacy.md). */
  collectingModules: ReadonlySet<number>;
}

interface Entry {
  until: number;
  learner: SendingLearner;
}

/** The memory of senders; one per server process, made by the composition root (server/app.ts). */
export class SendingLearners {
  readonly #db: Db;
  readonly #entries = new Map<string, Entry>();

  constructor(db: Db) {
    this.#db = db;
  }

  /** The learner of this device token, or undefined when no learner has it (not remembered). */
  async find(token: string): Promise<SendingLearner | undefined> {
    const hash = hashToken(token);
    const known = this.#entries.get(hash);
    if (known && known.until > Date.now()) return known.learner;
    const row = await findLearnerByTokenHash(this.#db, hash);
    if (!row) return undefined;
    const assigned = await listAssignments(this.#db, row.class_id);
    const learner = { id: row.id, classId: row.class_id, archived: row.archived_at !== null, joinedAt: row.created_at, assignedModules: new Set(assigned.map((a) => a.module)), collectingModules: new Set(assigned.filter((a) => a.collect_replies === 1).map((a) => a.module)) };
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(hash, { until: Date.now() + SENDING_LEARNER_TTL_MS, learner });
    return learner;
  }

  /** Forget everything: after deleting learners or classes, archiving, or changing assignments. */
  forget(): void {
    this.#entries.clear();
  }
}
