/**
 * The worker thread of sqlite-vote-committer.ts: writes group commits of votes on its own
 * connection to the SQLite file, so the main thread keeps answering requests while a commit waits
 * for the disk (synchronous=FULL: every commit is an fsync). Same rules as the Kysely way
 * (vote-committer.ts): one IMMEDIATE transaction (the write lock from its start, so no other
 * writer can slip in between reading a session's row and storing its votes), the rows read as
 * committed, one verdict per vote. Plain node:sqlite prepared statements: nothing is built per call.
 */
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { bySession, judgeVotes, type VoteToCommit, type VoteVerdict } from './vote-verdicts.ts';

/** A request from the main thread, and the answer to it. */
export interface CommitRequest {
  id: number;
  votes: VoteToCommit[];
  at: string;
}
export type CommitAnswer = { id: number; verdicts: VoteVerdict[] } | { id: number; error: string };

const db = new DatabaseSync((workerData as { file: string }).file);
// The same settings as the app's own connection (db/client.ts): an acknowledged vote is on disk.
db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;');
const sessionRow = db.prepare('SELECT phase, round, open_choices FROM live_sessions WHERE id = ?');
const upsert = db.prepare(
  'INSERT INTO live_votes (session_id, round, participant_id, choice_id, voted_at) VALUES (?, ?, ?, ?, ?) ' +
    'ON CONFLICT (session_id, round, participant_id) DO UPDATE SET choice_id = excluded.choice_id, voted_at = excluded.voted_at',
);

function commit({ votes, at }: CommitRequest): VoteVerdict[] {
  const verdicts = new Array<VoteVerdict>(votes.length);
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const [id, group] of bySession(votes)) {
      const row = sessionRow.get(id) as { phase: string; round: number; open_choices: string } | undefined;
      const judged = judgeVotes(row && { phase: row.phase, round: Number(row.round), openChoices: JSON.parse(row.open_choices) as string[] }, group.votes);
      judged.verdicts.forEach((verdict, k) => (verdicts[group.at[k]!] = verdict));
      for (const v of judged.store) upsert.run(v.sessionId, v.round, v.participantId, v.choiceId, at);
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return verdicts;
}

parentPort!.on('message', (request: CommitRequest | 'close') => {
  if (request === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  let answer: CommitAnswer;
  try {
    answer = { id: request.id, verdicts: commit(request) };
  } catch (error) {
    answer = { id: request.id, error: String((error as Error)?.message ?? error) };
  }
  parentPort!.postMessage(answer);
});
