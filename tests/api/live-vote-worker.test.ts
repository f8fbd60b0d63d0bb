/**
 * The SQLite vote writer in its worker thread (sqlite-vote-committer.ts), on a real database file:
 * votes are on disk when their verdicts come back, and a writer that cannot write acknowledges nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/server/db/client.ts';
import { sqliteVoteCommitter } from '../../src/server/live/sqlite-vote-committer.ts';

describe('sqliteVoteCommitter', () => {
  const dirs: string[] = [];
  let open: OpenDatabase | undefined;
  afterEach(async () => {
    await open?.close();
    open = undefined;
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tempFile = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-votes-'));
    dirs.push(dir);
    return join(dir, 'db.sqlite');
  };

  it('stores the counted votes before answering, one row per participant and round', async () => {
    const file = tempFile();
    open = await openDatabase({ sqliteFile: file });
    const db = open.db;
    const at = new Date().toISOString();
    const trainer = randomUUID();
    await db.insertInto('trainers').values({ id: trainer, email: `${trainer}@example.org`, password_hash: 'unused', created_at: at }).execute();
    const session = randomUUID();
    await db
      .insertInto('live_sessions')
      .values({ id: session, code: 'ABCD-EFGH', trainer_id: trainer, class_id: null, scenario_id: 'x', scenario_version: 1, locale: 'de', path: '[]', round: 1, phase: 'voting', open_choices: '["a","b"]', rounds: '[]', qr_hidden: 0, revision: 1, created_at: at, expires_at: at, ended_at: null, countdown: null } as never)
      .execute();
    const people = [randomUUID(), randomUUID()];
    for (const [i, id] of people.entries()) await db.insertInto('live_participants').values({ id, session_id: session, pseudonym: `P${i}`, token_hash: randomUUID(), created_at: at, learner_id: null }).execute();
    const committer = sqliteVoteCommitter(file);
    try {
      const verdicts = await committer.commit(
        [
          { sessionId: session, participantId: people[0]!, round: 1, choiceId: 'a' },
          { sessionId: session, participantId: people[1]!, round: 1, choiceId: 'nope' },
          { sessionId: session, participantId: people[0]!, round: 1, choiceId: 'b' },
          { sessionId: randomUUID(), participantId: people[1]!, round: 1, choiceId: 'a' },
        ],
        at,
      );
      expect(verdicts).toEqual(['ok', 'live-choice-unknown', 'ok', 'live-session-closed']);
      // Read on a connection of its own: what the worker committed is in the file.
      const reader = new DatabaseSync(file, { readOnly: true });
      expect(reader.prepare('SELECT participant_id, choice_id FROM live_votes').all()).toEqual([{ participant_id: people[0], choice_id: 'b' }]);
      reader.close();
    } finally {
      await committer.close();
    }
  });

  it('answers with an error, and stores nothing, when it cannot write', async () => {
    const file = tempFile();
    writeFileSync(file, 'this is no database');
    const committer = sqliteVoteCommitter(file);
    await expect(committer.commit([{ sessionId: 's', participantId: 'p', round: 1, choiceId: 'a' }], new Date().toISOString())).rejects.toThrow();
    await committer.close();
  });
});
