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
    round.set(r.participant_id, { id: r.id, text: r.text, features: JSON.parse(r.features) as string[], at: r.written_at });
    replies.set(Number(r.round), round);
  }
  return { session, votes, replies, participants: await repo.countParticipants(db, sessionId) };
}
