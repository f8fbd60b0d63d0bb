/**
 * A live session as one process holds it in memory (live-service.ts): its row, every vote and
 * written reply by round, and how many participants joined; read whole from the database on first
 * use, after a restart, and when another instance says it changed.
 */
import * as repo from '../repos/live.ts';
import type { Db } from '../repos/types.ts';
import type { LiveSession, RepliesByRound, VotesByRound } from './live-state.ts';

export interface Room {
  session: LiveSession;
  votes: VotesByRound;
  replies: RepliesByRound;
  participants: number;
}

/** The session with its votes, replies and participant count as committed; undefined if there is none. */
export async function loadRoom(db: Db, sessionId: string): Promise<Room | undefined> {
  const session = await repo.findLiveSession(db, sessionId);
  if (!session) return undefined;
  const votes: VotesByRound = new Map();
  for (const v of await repo.listVotes(db, sessionId)) {
    const round = votes.get(Number(v.round)) ?? new Map<string, string>();
    round.set(v.participant_id, v.choice_id);
    votes.set(Number(v.round), round);
  }
  const replies: RepliesByRound = new Map();
  for (const r of await repo.listReplies(db, sessionId)) {
    const round = replies.get(Number(r.round)) ?? new Map();
    round.set(r.participant_id, replyOf(r));
    replies.set(Number(r.round), round);
  }
  return { session, votes, replies, participants: await repo.countParticipants(db, sessionId) };
}

function replyOf(r: { id: string; text: string; features: string; written_at: string }) {
  return { id: r.id, text: r.text, features: JSON.parse(r.features) as string[], at: r.written_at };
}

/**
 * `room` with its session row, participant count and the current round's votes and replies read
 * again: what another instance's votes, joins and replies change. Earlier rounds cannot change
 * without a change of the session's state, which reloads the whole room (loadRoom); so a burst of
 * 2,000 votes costs reads of one round, not of every vote of the session. Undefined: the session is gone.
 */
export async function refreshRoom(db: Db, room: Room): Promise<Room | undefined> {
  const session = await repo.findLiveSession(db, room.session.id);
  if (!session) return undefined;
  // The state changed meanwhile after all (its own notice may still be on its way): read everything.
  if (session.revision !== room.session.revision) return loadRoom(db, session.id);
  // Three independent reads at once: on PostgreSQL each is a round trip, and a vote waits for them.
  const [roundVotes, roundReplies, participants] = await Promise.all([
    repo.votesOfRound(db, session.id, session.round),
    repo.listReplies(db, session.id, session.round),
    repo.countParticipants(db, session.id),
  ]);
  const votes: VotesByRound = new Map(room.votes);
  votes.set(session.round, roundVotes);
  const replies: RepliesByRound = new Map(room.replies);
  replies.set(session.round, new Map(roundReplies.map((r) => [r.participant_id, replyOf(r)])));
  return { session, votes, replies, participants };
}
