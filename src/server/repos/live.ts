/** All SQL of live sessions (server/live/live-service.ts): sessions, participants, votes. */
import type { LiveSessionsTable } from '../db/schema.ts';
import type { LivePhase, LiveSession, RoundRecord } from '../live/live-state.ts';
import type { Db } from './types.ts';
import { PostgresAdapter, sql } from 'kysely';

/** The row of a session, parsed. */
export function sessionFromRow(row: LiveSessionsTable): LiveSession {
  return {
    id: row.id,
    code: row.code,
    trainerId: row.trainer_id,
    classId: row.class_id,
    scenarioId: row.scenario_id,
    scenarioVersion: Number(row.scenario_version),
    locale: row.locale === 'en' ? 'en' : 'de',
    path: JSON.parse(row.path) as LiveSession['path'],
    round: Number(row.round),
    phase: row.phase as LivePhase,
    openChoices: JSON.parse(row.open_choices) as string[],
    rounds: JSON.parse(row.rounds) as RoundRecord[],
    qrHidden: Number(row.qr_hidden) === 1,
    revision: Number(row.revision),
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    endedAt: row.ended_at,
    countdown: row.countdown ? (JSON.parse(row.countdown) as LiveSession['countdown']) : null,
  };
}

/** The session as a row. */
export function rowFromSession(s: LiveSession): LiveSessionsTable {
  return {
    id: s.id,
    code: s.code,
    trainer_id: s.trainerId,
    class_id: s.classId,
    scenario_id: s.scenarioId,
    scenario_version: s.scenarioVersion,
    locale: s.locale,
    path: JSON.stringify(s.path),
    round: s.round,
    phase: s.phase,
    open_choices: JSON.stringify(s.openChoices),
    rounds: JSON.stringify(s.rounds),
    qr_hidden: s.qrHidden ? 1 : 0,
    revision: s.revision,
    created_at: s.createdAt,
    expires_at: s.expiresAt,
    ended_at: s.endedAt,
    countdown: s.countdown ? JSON.stringify(s.countdown) : null,
  };
}

export async function insertLiveSession(db: Db, session: LiveSession): Promise<void> {
  await db.insertInto('live_sessions').values(rowFromSession(session)).execute();
}

/** Writes the session's changing fields (everything but ids, owner and creation). */
export async function updateLiveSession(db: Db, s: LiveSession): Promise<void> {
  const { id: _id, code: _code, trainer_id: _t, class_id: _c, created_at: _at, ...changing } = rowFromSession(s);
  await db.updateTable('live_sessions').set(changing).where('id', '=', s.id).execute();
}

export async function findLiveSession(db: Db, id: string): Promise<LiveSession | undefined> {
  const row = await db.selectFrom('live_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? sessionFromRow(row) : undefined;
}

export async function findLiveSessionByCode(db: Db, code: string): Promise<LiveSession | undefined> {
  const row = await db.selectFrom('live_sessions').selectAll().where('code', '=', code).executeTakeFirst();
  return row ? sessionFromRow(row) : undefined;
}

/** A trainer's sessions, newest first. */
export async function listLiveSessions(db: Db, trainerId: string): Promise<LiveSession[]> {
  const rows = await db.selectFrom('live_sessions').selectAll().where('trainer_id', '=', trainerId).orderBy('created_at', 'desc').execute();
  return rows.map(sessionFromRow);
}

export async function deleteLiveSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('live_sessions').where('id', '=', id).execute();
}

/** Deletes ad-hoc sessions (no class) past their expiry, with their participants and votes; returns their ids. */
export async function deleteExpiredAdHocSessions(db: Db, now: string): Promise<string[]> {
  const rows = await db.deleteFrom('live_sessions').where('class_id', 'is', null).where('expires_at', '<', now).returning('id').execute();
  return rows.map((r) => r.id);
}

export async function insertParticipant(db: Db, p: { id: string; sessionId: string; pseudonym: string; tokenHash: string; createdAt: string; learnerId?: string | undefined }): Promise<void> {
  await db.insertInto('live_participants').values({ id: p.id, session_id: p.sessionId, pseudonym: p.pseudonym, token_hash: p.tokenHash, created_at: p.createdAt, learner_id: p.learnerId ?? null }).execute();
}

/** The participant a learner of the class already is in this session, if any. */
export async function findParticipantOfLearner(db: Db, sessionId: string, learnerId: string) {
  return db.selectFrom('live_participants').select(['id', 'token_hash']).where('session_id', '=', sessionId).where('learner_id', '=', learnerId).executeTakeFirst();
}

/** Gives a participant a new token (a learner's second device takes over their place). */
export async function replaceParticipantToken(db: Db, participantId: string, tokenHash: string): Promise<void> {
  await db.updateTable('live_participants').set({ token_hash: tokenHash }).where('id', '=', participantId).execute();
}

/** Whether a learner of the class has this pseudonym (a guest may not take it in the class's session). */
export async function isClassPseudonym(db: Db, classId: string, pseudonym: string): Promise<boolean> {
  const row = await db.selectFrom('learners').select('id').where('class_id', '=', classId).where('pseudonym', '=', pseudonym).executeTakeFirst();
  return row !== undefined;
}

export async function findParticipantByTokenHash(db: Db, tokenHash: string) {
  return db.selectFrom('live_participants').select(['id', 'session_id', 'pseudonym']).where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function countParticipants(db: Db, sessionId: string): Promise<number> {
  const row = await db.selectFrom('live_participants').select((eb) => eb.fn.countAll().as('n')).where('session_id', '=', sessionId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every vote of a session: the tallies of all its rounds. */
export async function listVotes(db: Db, sessionId: string) {
  return db.selectFrom('live_votes').select(['round', 'participant_id', 'choice_id']).where('session_id', '=', sessionId).execute();
}

/** Rows per statement: well under SQLite's limit of bound values (5 per row). */
const VOTES_PER_STATEMENT = 500;

/**
 * Many votes inserted or changed in few statements (a room voting at once is one group commit):
 * one multi-row upsert per VOTES_PER_STATEMENT instead of one statement per vote. A participant
 * may appear only once per statement (PostgreSQL refuses to change a row twice in one): the caller
 * passes the last vote of each.
 */
export async function upsertVotes(db: Db, votes: readonly { sessionId: string; round: number; participantId: string; choiceId: string; at: string }[]): Promise<void> {
  if (votes.length === 0) return;
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // One statement of fixed text however many votes: the columns as arrays (unnest), so nothing is
    // built per row and PostgreSQL plans the same statement each time.
    await sql`INSERT INTO live_votes (session_id, round, participant_id, choice_id, voted_at)
      SELECT * FROM unnest(${votes.map((v) => v.sessionId)}::text[], ${votes.map((v) => v.round)}::int[], ${votes.map((v) => v.participantId)}::text[], ${votes.map((v) => v.choiceId)}::text[], ${votes.map((v) => v.at)}::text[])
      ON CONFLICT (session_id, round, participant_id) DO UPDATE SET choice_id = excluded.choice_id, voted_at = excluded.voted_at`.execute(db);
    return;
  }
  for (let i = 0; i < votes.length; i += VOTES_PER_STATEMENT) {
    const rows = votes.slice(i, i + VOTES_PER_STATEMENT).map((v) => ({ session_id: v.sessionId, round: v.round, participant_id: v.participantId, choice_id: v.choiceId, voted_at: v.at }));
    await db
      .insertInto('live_votes')
      .values(rows)
      .onConflict((oc) => oc.columns(['session_id', 'round', 'participant_id']).doUpdateSet((eb) => ({ choice_id: eb.ref('excluded.choice_id'), voted_at: eb.ref('excluded.voted_at') })))
      .execute();
  }
}

/** A participant's votes in a session, by round. */
export async function votesOfParticipant(db: Db, sessionId: string, participantId: string) {
  return db.selectFrom('live_votes').select(['round', 'choice_id']).where('session_id', '=', sessionId).where('participant_id', '=', participantId).execute();
}

/** The votes of one round: participant id → choice id. */
export async function votesOfRound(db: Db, sessionId: string, round: number): Promise<Map<string, string>> {
  const rows = await db.selectFrom('live_votes').select(['participant_id', 'choice_id']).where('session_id', '=', sessionId).where('round', '=', round).execute();
  return new Map(rows.map((r) => [r.participant_id, r.choice_id]));
}

/** Stores (or replaces) a participant's written reply in a round; the id stays the first one's. */
export async function upsertReply(db: Db, r: { id: string; sessionId: string; round: number; participantId: string; text: string; features: string[]; analyser: string; at: string }): Promise<string> {
  const row = await db
    .insertInto('live_replies')
    .values({ id: r.id, session_id: r.sessionId, round: r.round, participant_id: r.participantId, text: r.text, features: JSON.stringify(r.features), analyser: r.analyser, written_at: r.at })
    .onConflict((oc) => oc.columns(['session_id', 'round', 'participant_id']).doUpdateSet((eb) => ({ text: eb.ref('excluded.text'), features: eb.ref('excluded.features'), analyser: eb.ref('excluded.analyser'), written_at: eb.ref('excluded.written_at') })))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every written reply of a session (all rounds). */
export async function listReplies(db: Db, sessionId: string, round?: number) {
  let query = db.selectFrom('live_replies').select(['id', 'round', 'participant_id', 'text', 'features', 'analyser', 'written_at']).where('session_id', '=', sessionId);
  if (round !== undefined) query = query.where('round', '=', round);
  return query.execute();
}

/** One written reply of a session, by id. */
export async function findReply(db: Db, sessionId: string, id: string) {
  return db.selectFrom('live_replies').select(['id', 'round', 'text', 'features', 'analyser']).where('session_id', '=', sessionId).where('id', '=', id).executeTakeFirst();
}

/** A participant's written replies in a session, by round. */
export async function repliesOfParticipant(db: Db, sessionId: string, participantId: string) {
  return db.selectFrom('live_replies').select(['round', 'text']).where('session_id', '=', sessionId).where('participant_id', '=', participantId).execute();
}
