/**
 * A live session's state and what every screen of the room is sent (the snapshot). The session is
 * fully described by its row (path of choice ids, round, phase) plus the votes; the thread itself is
 * never stored: projector and phones replay the path with the engine, as the server does.
 */

import type { PathStep } from '../../engine/index.ts';
import type { Countdown, LivePhase, LiveReply, LiveSnapshot, RoundRecord, Tally } from '../../live/live-snapshot.ts';

export type { Countdown, LivePhase, LiveReply, LiveSnapshot, RoundRecord, Tally };

/** One session as the server holds it in memory (a copy of its row, parsed). */
export interface LiveSession {
  id: string;
  code: string;
  trainerId: string;
  classId: string | null;
  scenarioId: string;
  scenarioVersion: number;
  locale: 'de' | 'en';
  path: PathStep[];
  round: number;
  phase: LivePhase;
  openChoices: string[];
  rounds: RoundRecord[];
  qrHidden: boolean;
  revision: number;
  createdAt: string;
  expiresAt: string;
  endedAt: string | null;
  /** The open decision's countdown; a new decision opens without one. */
  countdown: Countdown | null;
}

/** Votes per round: participant id → choice id. */
export type VotesByRound = Map<number, Map<string, string>>;

/** Written replies per round: participant id → reply (one per participant, the last sent). */
export type RepliesByRound = Map<number, Map<string, LiveReply & { at: string }>>;

/** The tally of one round (choices without votes count 0). */
export function tallyOf(votes: ReadonlyMap<string, string> | undefined, choices: readonly string[]): Tally {
  const tally: Tally = Object.fromEntries(choices.map((c) => [c, 0]));
  for (const choice of votes?.values() ?? []) tally[choice] = (tally[choice] ?? 0) + 1;
  return tally;
}

/** The choice ids with the most votes (several on a tie; none without votes). */
export function majorityOf(tally: Tally): string[] {
  const most = Math.max(0, ...Object.values(tally));
  return most === 0 ? [] : Object.keys(tally).filter((c) => tally[c] === most);
}

/** The snapshot of a session with its votes and participant count. */
export function snapshotOf(session: LiveSession, votes: VotesByRound, participants: number, replies: RepliesByRound = new Map()): LiveSnapshot {
  const current = votes.get(session.round);
  const written = [...(replies.get(session.round)?.values() ?? [])].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const voted = current?.size ?? 0;
  const shown = session.phase !== 'voting';
  return {
    // Replies count in the id only where there are some (a changed reply is hidden until the reveal anyway).
    eventId: `${session.revision}.${voted}${written.length ? `.${written.length}` : ''}`,
    code: session.code,
    scenarioId: session.scenarioId,
    scenarioVersion: session.scenarioVersion,
    locale: session.locale,
    path: session.path,
    round: session.round,
    phase: session.phase,
    choices: session.openChoices,
    participants,
    voted,
    tally: shown ? tallyOf(current, session.openChoices) : null,
    written: written.length,
    replies: shown ? written.map(({ id, text, features }) => ({ id, text, features })) : null,
    qrHidden: session.qrHidden,
    forClass: session.classId !== null,
    countdown: session.phase === 'voting' ? session.countdown : null,
    serverNow: Date.now(),
    history: historyOf(session).map((r) => ({ ...r, tally: tallyOf(votes.get(r.round), r.choices) })),
  };
}

/**
 * The round that decided each step of the path as it stands: after going back, a step is decided
 * again by a later round, and only that one belongs to the room's path.
 */
export function historyOf(session: Pick<LiveSession, 'path' | 'rounds'>): RoundRecord[] {
  return session.path
    .map((taken, step) => session.rounds.findLast((r) => r.step === step && (typeof taken === 'string' ? r.followed === taken : r.posted !== undefined && r.posted.text === taken.write.text)))
    .filter((r): r is RoundRecord => r !== undefined);
}
