/**
 * How a group of votes reaches the database: one transaction holding the lock of each session it
 * touches (db/key-locks.ts), the session rows read as committed, the counted votes stored as one
 * upsert, and a verdict per vote once the commit returned (an acknowledged vote survives a
 * restart). `kyselyVoteCommitter` does it on the app's own connection (PostgreSQL, and SQLite in
 * memory); `sqliteVoteCommitter` (sqlite-vote-committer.ts) does it in a worker thread on its own
 * SQLite connection, so the commit's fsync never holds the event loop still.
 */
import { withKeyLocks } from '../db/key-locks.ts';
import * as repo from '../repos/live.ts';
import type { Db } from '../repos/types.ts';
import { bySession, judgeVotes, type VoteToCommit, type VoteVerdict } from './vote-verdicts.ts';

export interface VoteCommitter {
  /** Stores what counts of `votes` at time `at` in one transaction; one verdict per vote, in order. */
  commit(votes: readonly VoteToCommit[], at: string): Promise<VoteVerdict[]>;
  /** Releases what it holds (a worker); commits already asked for are finished first. */
  close(): Promise<void>;
}

/** Votes written through Kysely on the app's database connection. */
export function kyselyVoteCommitter(db: Db): VoteCommitter {
  return {
    async commit(votes, at) {
      const verdicts: VoteVerdict[] = new Array<VoteVerdict>(votes.length);
      const groups = bySession(votes);
      await withKeyLocks(db, [...groups.keys()].map((id) => `live:${id}`), async (trx) => {
        for (const [id, group] of groups) {
          const session = await repo.findLiveSession(trx, id);
          const judged = judgeVotes(session, group.votes);
          judged.verdicts.forEach((verdict, k) => (verdicts[group.at[k]!] = verdict));
          await repo.upsertVotes(trx, judged.store.map((v) => ({ ...v, at })));
        }
      });
      return verdicts;
    },
    close: async () => undefined,
  };
}
