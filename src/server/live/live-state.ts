/**
 * A live session's state and what every screen of the room is sent (the snapshot). The session is
 * fully described by its row (path of choice ids, round, phase) plus the votes; the thread itself is
 * never stored: projector and phones replay the path with the engine, as the server does.
 */

/** voting: the decision is open; revealed: tally shown, the trainer picks what to follow;
 * finished: an ending is reached (room debrief); closed: the trainer ended the session. */
export type LivePhase = 'voting' | 'revealed' | 'finished' | 'closed';

/** Which round decided which step of the path (and, once followed, what and whether it was the majority). */
export interface RoundRecord {
  round: number;
  /** Index of the decision in the path (0 = the first decision). */
  step: number;
  nodeId: string;
  /** The choice ids the decision offered in this round. */
  choices: string[];
  /** The choice the room followed from this round, once it did. */
  followed?: string;
  /** The choices with the most votes when it was followed (ties: several). */
  majority?: string[];
}

/** One session as the server holds it in memory (a copy of its row, parsed). */
export interface LiveSession {
  id: string;
  code: string;
  trainerId: string;
  classId: string | null;
  scenarioId: string;
  scenarioVersion: number;
  locale: 'de' | 'en';
  path: string[];
  round: number;
  phase: LivePhase;
  openChoices: string[];
  rounds: RoundRecord[];
  qrHidden: boolean;
  revision: number;
  createdAt: string;
  expiresAt: string;
  endedAt: string | null;
}

/** Votes per round: participant id → choice id. */
export type VotesByRound = Map<number, Map<string, string>>;

/** What a decision's votes add up to: count per choice id (every open choice listed, zeros too). */
export type Tally = Record<string, number>;

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

/** What every screen of the room gets over SSE: public, the same for all (a phone's own vote comes from /me). */
export interface LiveSnapshot {
  /** The SSE event id: `<revision>.<votes counted in this round>`. */
  eventId: string;
  code: string;
  scenarioId: string;
  scenarioVersion: number;
  locale: 'de' | 'en';
  path: string[];
  round: number;
  phase: LivePhase;
  choices: string[];
  participants: number;
  /** How many have voted in this round (shown while the tally is hidden). */
  voted: number;
  /** The tally, only once revealed: before that, nobody (not even the projector) sees the split. */
  tally: Tally | null;
  qrHidden: boolean;
  /** Each decided step with the tally of its deciding round: for the room debrief. */
  history: (RoundRecord & { tally: Tally })[];
}

/** The snapshot of a session with its votes and participant count. */
export function snapshotOf(session: LiveSession, votes: VotesByRound, participants: number): LiveSnapshot {
  const current = votes.get(session.round);
  const voted = current?.size ?? 0;
  const shown = session.phase !== 'voting';
  return {
    eventId: `${session.revision}.${voted}`,
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
    qrHidden: session.qrHidden,
    history: historyOf(session).map((r) => ({ ...r, tally: tallyOf(votes.get(r.round), r.choices) })),
  };
}

/**
 * The round that decided each step of the path as it stands: after going back, a step is decided
 * again by a later round, and only that one belongs to the room's path.
 */
export function historyOf(session: Pick<LiveSession, 'path' | 'rounds'>): RoundRecord[] {
  return session.path.map((choiceId, step) => session.rounds.findLast((r) => r.step === step && r.followed === choiceId)).filter((r): r is RoundRecord => r !== undefined);
}
