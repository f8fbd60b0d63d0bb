/**
 * Live sessions: a trainer's projector and the room's phones play one scenario together
 * (docs/live-mode.md). The database holds the truth (the session row, participants, votes); this
 * service keeps each session it serves in memory as well, writes every change in a transaction that
 * holds the session's lock (db/key-locks.ts, so instances never interleave a vote and a reveal),
 * tells the other instances through the hub, and tells its own screens through `subscribe`.
 * Votes are written in groups (vote-queue.ts), answered only after their commit: an acknowledged
 * vote survives a restart.
 */
import { randomUUID } from 'node:crypto';
import { isLocale, type Locale } from '../../engine/index.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { withKeyLocks } from '../db/key-locks.ts';
import { findLearnerByTokenHash } from '../repos/learners.ts';
import * as repo from '../repos/live.ts';
import { now, type Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { RunLimiter } from '../services/run-limiter.ts';
import { newJoinCode } from '../services/join-code.ts';
import type { ScenarioSource } from '../services/scenario-source.ts';
import { applyAction, blankSession, openDecision, type LiveAction } from './live-actions.ts';
import { storeReply, type ReplyRefusal } from './live-replies.ts';
import { LiveCountdowns } from './live-countdowns.ts';
import { loadRoom, refreshRoom, type Room } from './live-room.ts';
import type { LiveChange, LiveHub } from './live-hub.ts';
import { kyselyVoteCommitter, type VoteCommitter } from './vote-committer.ts';
import type { VoteToCommit, VoteVerdict } from './vote-verdicts.ts';
import { VoteQueue } from './vote-queue.ts';

export type { LiveAction };
import { snapshotOf, type LiveSession, type LiveSnapshot } from './live-state.ts';

/** How long a session's code lets people join (an ad-hoc session is deleted after it). */
export const LIVE_SESSION_HOURS = 12;
/** Votes one phone may send in VOTE_WINDOW_MS (changing one's mind a few times is fine; a script is not). */
export const VOTES_PER_WINDOW = 30;
export const VOTE_WINDOW_MS = 10_000;
/** Joins per network address in ten minutes: a whole school behind one address must fit. */
export const JOINS_PER_WINDOW = 600;
/** Changes from other instances are read again after this pause, so a burst of votes costs one read per pause (25 ms: a vote waits for it, then for the next push; 50 ms measured p95 about 20 ms slower at 2,000 phones). */
const RELOAD_COALESCE_MS = 25;

export type ReplyResult = Result<{ round: number; replyId: string }, ReplyRefusal | 'live-session-unknown' | 'live-votes-rate-limited' | 'scenario-unknown'>;

export type VoteResult = Result<{ round: number; choiceId: string }, 'live-decision-closed' | 'live-choice-unknown' | 'live-session-closed'>;

export class LiveService {
  readonly #db: Db;
  readonly #hub: LiveHub;
  readonly #scenarios: ScenarioSource;
  readonly #rooms = new Map<string, Promise<Room | undefined>>();
  /** Code → session id of the sessions held in #rooms. */
  readonly #codes = new Map<string, string>();
  readonly #listeners = new Map<string, Set<(change: LiveChange) => void>>();
  readonly #participants = new Map<string, { id: string; sessionId: string; pseudonym: string }>();
  readonly #reloads = new Map<string, { timer: NodeJS.Timeout; change: LiveChange }>();
  /** Countdowns that close voting when they run out: the reveal names its round (live-countdowns.ts). */
  readonly #countdowns = new LiveCountdowns((s) => {
    this.act(s.trainerId, s.id, { type: 'reveal', round: s.round }).catch((error: unknown) => console.error('[live] closing voting on time failed:', error));
  });
  readonly #voteLimiter = new RunLimiter(VOTES_PER_WINDOW, VOTE_WINDOW_MS);
  readonly #joinLimiter: RunLimiter;
  readonly #votes: VoteCommitter;
  readonly #queue: VoteQueue;
  /** Set by close(): a reload still on its way then ends quietly (its database may be closed). */
  #closed = false;

  /**
   * `joinsPerWindow`: joins per network address in ten minutes (default JOINS_PER_WINDOW);
   * `votes`: how group commits of votes are written (default: through Kysely on `db`).
   */
  constructor(db: Db, hub: LiveHub, scenarios: ScenarioSource, options: { joinsPerWindow?: number; votes?: VoteCommitter } = {}) {
    this.#joinLimiter = new RunLimiter(options.joinsPerWindow ?? JOINS_PER_WINDOW, 10 * 60_000);
    this.#votes = options.votes ?? kyselyVoteCommitter(db);
    this.#queue = new VoteQueue(this.#votes, (votes, verdicts) => this.#stored(votes, verdicts), now);
    this.#db = db;
    this.#hub = hub;
    this.#scenarios = scenarios;
    hub.listen(
      (id, change) => this.#reloadSoon(id, change),
      () => {
        for (const id of this.#rooms.keys()) this.#reloadSoon(id, 'state');
      },
    );
  }

  /** Starts a session of `scenarioId` for the trainer (and their class, if given): its first decision opens at once. */
  async create(trainerId: string, input: { scenarioId: string; locale: Locale; classId?: string | undefined }): Promise<Result<{ session: LiveSession }, 'scenario-unknown'>> {
    const found = await this.#scenarios.get(input.scenarioId);
    if (!found) return fail('scenario-unknown', { scenarioId: input.scenarioId });
    const created = now();
    const expiresAt = new Date(Date.parse(created) + LIVE_SESSION_HOURS * 3600_000).toISOString();
    const blank = blankSession({ id: randomUUID(), code: newJoinCode(), trainerId, classId: input.classId ?? null, scenarioId: found.scenario.id, scenarioVersion: found.scenario.version, locale: isLocale(input.locale) ? input.locale : 'de', createdAt: created, expiresAt });
    const session = openDecision(found.scenario, blank)!;
    await repo.insertLiveSession(this.#db, session);
    this.#rooms.set(session.id, Promise.resolve({ session, votes: new Map(), replies: new Map(), participants: 0 }));
    this.#codes.set(session.code, session.id);
    return { ok: true, session };
  }

  /** The session with this code that can still be joined, or why not. */
  async findByCode(code: string): Promise<Result<{ session: LiveSession }, 'live-session-unknown' | 'live-session-closed'>> {
    // The hot path (every vote and stream asks): sessions this process holds are answered from memory.
    const known = this.#codes.get(code);
    const held = known ? await this.#rooms.get(known) : undefined;
    const session = held?.session ?? (await repo.findLiveSessionByCode(this.#db, code));
    if (!session) return fail('live-session-unknown');
    if (session.phase === 'closed' || session.expiresAt < now()) return fail('live-session-closed');
    return { ok: true, session };
  }

  /** The session with this code whatever its state (an ended one still shows its debrief). */
  async findAnyByCode(code: string): Promise<LiveSession | undefined> {
    return repo.findLiveSessionByCode(this.#db, code);
  }

  /**
   * A participant joins by code, as a guest with a pseudonym or as a learner of the session's class
   * with their class device token (then under their class pseudonym, and a second device of theirs
   * takes over their place). The new token goes to the phone; only its hash is stored.
   */
  async join(code: string, who: { pseudonym: string } | { learnerToken: string }, clientKey: string): Promise<Result<{ token: string; participantId: string; pseudonym: string; session: LiveSession }, 'live-session-unknown' | 'live-session-closed' | 'live-joins-rate-limited' | 'pseudonym-taken' | 'live-not-class-member'>> {
    const wait = this.#joinLimiter.take(clientKey);
    if (wait) return fail('live-joins-rate-limited', { retryAfter: wait });
    const found = await this.findByCode(code);
    if (!found.ok) return found;
    const session = found.session;
    const token = newToken();
    const participantId = randomUUID();
    let pseudonym: string;
    if ('learnerToken' in who) {
      const learner = await findLearnerByTokenHash(this.#db, hashToken(who.learnerToken));
      if (!learner || session.classId === null || learner.class_id !== session.classId) return fail('live-not-class-member');
      pseudonym = learner.pseudonym;
      const existing = await repo.findParticipantOfLearner(this.#db, session.id, learner.id);
      if (existing) {
        await repo.replaceParticipantToken(this.#db, existing.id, hashToken(token));
        this.#participants.delete(existing.token_hash);
        return { ok: true, token, participantId: existing.id, pseudonym, session };
      }
      const inserted = await this.#insertParticipant(session.id, participantId, pseudonym, token, learner.id);
      if (!inserted.ok) return inserted;
    } else {
      pseudonym = who.pseudonym;
      // In a class's session a guest cannot take a class member's name (the member could not join then).
      if (session.classId !== null && (await repo.isClassPseudonym(this.#db, session.classId, pseudonym))) return fail('pseudonym-taken');
      const inserted = await this.#insertParticipant(session.id, participantId, pseudonym, token, undefined);
      if (!inserted.ok) return inserted;
    }
    // The phone's first vote follows within seconds: its token is known without a query.
    this.#participants.set(hashToken(token), { id: participantId, sessionId: session.id, pseudonym });
    const room = await this.#room(session.id);
    if (room) room.participants += 1;
    await this.#changed(session.id, 'votes');
    return { ok: true, token, participantId, pseudonym, session };
  }

  async #insertParticipant(sessionId: string, id: string, pseudonym: string, token: string, learnerId: string | undefined): Promise<Result<object, 'pseudonym-taken'>> {
    try {
      await repo.insertParticipant(this.#db, { id, sessionId, pseudonym, tokenHash: hashToken(token), createdAt: now(), learnerId });
      return { ok: true };
    } catch (error) {
      if (/unique/i.test(String((error as Error).message))) return fail('pseudonym-taken');
      throw error;
    }
  }

  /** The participant a phone's token belongs to, if it belongs to the session with `code`. */
  async participant(token: string, code: string): Promise<{ id: string; sessionId: string; pseudonym: string } | undefined> {
    const hash = hashToken(token);
    let p = this.#participants.get(hash);
    if (!p) {
      const row = await repo.findParticipantByTokenHash(this.#db, hash);
      if (!row) return undefined;
      p = { id: row.id, sessionId: row.session_id, pseudonym: row.pseudonym };
      this.#participants.set(hash, p);
    }
    const room = await this.#room(p.sessionId);
    return room?.session.code === code ? p : undefined;
  }

  /** What a phone needs after (re)connecting: who it is and its own votes by round. */
  async me(participant: { id: string; sessionId: string; pseudonym: string }): Promise<{ pseudonym: string; votes: Record<string, string>; replies: Record<string, string> }> {
    const rows = await repo.votesOfParticipant(this.#db, participant.sessionId, participant.id);
    const replies = await repo.repliesOfParticipant(this.#db, participant.sessionId, participant.id);
    return { pseudonym: participant.pseudonym, votes: Object.fromEntries(rows.map((r) => [String(r.round), r.choice_id])), replies: Object.fromEntries(replies.map((r) => [String(r.round), r.text])) };
  }

  /**
   * Records (or replaces) a participant's written reply in `round`, at a decision with a `write:`
   * block, while it is open. The server analyses it with the learners' own analyser and keeps text
   * and features (the phone says the text is shown to the room). Answered after its commit.
   */
  async reply(participant: { id: string; sessionId: string }, round: number, text: string): Promise<ReplyResult> {
    const wait = this.#voteLimiter.take(participant.id);
    if (wait) return fail('live-votes-rate-limited', { retryAfter: wait });
    const room = await this.#room(participant.sessionId);
    if (!room) return fail('live-session-unknown');
    const found = await this.#scenarios.get(room.session.scenarioId);
    if (!found) return fail('scenario-unknown', { scenarioId: room.session.scenarioId });
    const outcome = await storeReply(this.#db, found.scenario, participant, round, text);
    if (!outcome.ok) return outcome;
    const stored = outcome.stored;
    const byRound = room.replies.get(round) ?? new Map();
    byRound.set(participant.id, stored);
    room.replies.set(round, byRound);
    await this.#changed(participant.sessionId, 'votes');
    return { ok: true, round, replyId: stored.id };
  }

  /**
   * Records (or changes) a participant's vote in `round`, answered after its commit. Sending the
   * same vote again changes nothing; a vote for a closed round or a choice not on offer is refused.
   */
  async vote(participant: { id: string; sessionId: string }, round: number, choiceId: string): Promise<VoteResult | ReturnType<typeof fail<'live-votes-rate-limited' | 'live-session-unknown'>>> {
    const wait = this.#voteLimiter.take(participant.id);
    if (wait) return fail('live-votes-rate-limited', { retryAfter: wait });
    const room = await this.#room(participant.sessionId);
    if (!room) return fail('live-session-unknown');
    const verdict = await this.#queue.add({ sessionId: room.session.id, participantId: participant.id, round, choiceId });
    return verdict === 'ok' ? { ok: true, round, choiceId } : fail(verdict);
  }

  /** Memory follows a commit: the stored votes into their rooms (one lookup per session), then the screens. */
  async #stored(votes: readonly VoteToCommit[], verdicts: readonly VoteVerdict[]): Promise<void> {
    const rooms = new Map<string, Room | undefined>();
    for (const v of votes) if (!rooms.has(v.sessionId)) rooms.set(v.sessionId, await this.#room(v.sessionId));
    const touched = new Set<string>();
    votes.forEach((v, i) => {
      const room = rooms.get(v.sessionId);
      if (verdicts[i] !== 'ok' || !room) return;
      const round = room.votes.get(v.round) ?? new Map<string, string>();
      round.set(v.participantId, v.choiceId);
      room.votes.set(v.round, round);
      touched.add(v.sessionId);
    });
    // The votes are committed: they are answered without waiting for the other instances' notice,
    // and the next group commit does not wait for it either (a lost notice is repaired by the next).
    for (const id of touched) {
      for (const listener of this.#listeners.get(id) ?? []) listener('votes');
      this.#hub.publish(id, 'votes').catch((error: unknown) => this.#closed || console.error('[live] telling the other instances failed:', error));
    }
  }

  /** The session of this trainer (another trainer's is unknown, as is none). */
  async ownSession(trainerId: string, sessionId: string): Promise<LiveSession | undefined> {
    const room = await this.#room(sessionId);
    return room && room.session.trainerId === trainerId ? room.session : undefined;
  }

  /** Carries out a trainer's action on their own session, in one transaction under the session's lock. */
  async act(trainerId: string, sessionId: string, action: LiveAction): Promise<Result<{ snapshot: LiveSnapshot }, 'live-reply-unknown' | 'live-session-unknown' | 'live-session-closed' | 'live-not-revealed' | 'live-choice-unknown' | 'live-no-votes' | 'live-nothing-to-undo' | 'live-decision-closed' | 'scenario-unknown'>> {
    const own = await this.ownSession(trainerId, sessionId);
    if (!own) return fail('live-session-unknown');
    const found = await this.#scenarios.get(own.scenarioId);
    if (!found) return fail('scenario-unknown', { scenarioId: own.scenarioId });
    const scenario = found.scenario;
    const outcome = await withKeyLocks(this.#db, [`live:${sessionId}`], async (trx) => {
      // The row as committed (another instance may have acted a moment ago), not our memory.
      const s = await repo.findLiveSession(trx, sessionId);
      if (!s) return fail('live-session-unknown');
      const following = action.type === 'follow' || action.type === 'follow-majority';
      const roundVotes = following ? await repo.votesOfRound(trx, s.id, s.round) : new Map<string, string>();
      const row = action.type === 'post-reply' ? await repo.findReply(trx, s.id, action.replyId) : undefined;
      const reply = row ? { id: row.id, round: Number(row.round), text: row.text, features: JSON.parse(row.features) as string[], analyser: row.analyser } : undefined;
      const applied = applyAction(scenario, s, action, roundVotes, Date.now(), reply);
      if (applied.ok) await repo.updateLiveSession(trx, applied.session);
      return applied;
    });
    if (!outcome.ok) return outcome;
    const room = await this.#room(sessionId);
    if (room) room.session = outcome.session;
    this.#countdowns.arm(outcome.session);
    await this.#changed(sessionId, 'state');
    return { ok: true, snapshot: (await this.snapshot(sessionId))! };
  }

  /** The trainer's sessions, newest first. */
  listOwn(trainerId: string): Promise<LiveSession[]> {
    return repo.listLiveSessions(this.#db, trainerId);
  }

  /** Deletes a trainer's session with its participants and votes. */
  async remove(trainerId: string, sessionId: string): Promise<boolean> {
    if (!(await this.ownSession(trainerId, sessionId))) return false;
    await repo.deleteLiveSession(this.#db, sessionId);
    this.#forget(sessionId);
    await this.#hub.publish(sessionId, 'state');
    return true;
  }

  /** Deletes ad-hoc sessions past their expiry (their votes with them); sessions of a class stay with the class. */
  async sweep(): Promise<number> {
    const gone = await repo.deleteExpiredAdHocSessions(this.#db, now());
    for (const id of gone) this.#forget(id);
    return gone.length;
  }

  /** What the room's screens show now; undefined for a session that does not exist. */
  async snapshot(sessionId: string): Promise<LiveSnapshot | undefined> {
    const room = await this.#room(sessionId);
    return room ? snapshotOf(room.session, room.votes, room.participants, room.replies) : undefined;
  }

  /** Calls `listener` after every change of the session (made here or on another instance). */
  subscribe(sessionId: string, listener: (change: LiveChange) => void): () => void {
    const set = this.#listeners.get(sessionId) ?? new Set();
    set.add(listener);
    this.#listeners.set(sessionId, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(sessionId);
    };
  }

  /** Stops reloading; pending votes are written first. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#queue.drained();
    await this.#votes.close();
    for (const { timer } of this.#reloads.values()) clearTimeout(timer);
    this.#countdowns.clear();
    await this.#hub.close();
  }

  async #changed(sessionId: string, change: LiveChange): Promise<void> {
    for (const listener of this.#listeners.get(sessionId) ?? []) listener(change);
    await this.#hub.publish(sessionId, change);
  }

  #forget(sessionId: string): void {
    this.#rooms.delete(sessionId);
    for (const [code, id] of this.#codes) if (id === sessionId) this.#codes.delete(code);
    for (const [hash, p] of this.#participants) if (p.sessionId === sessionId) this.#participants.delete(hash);
  }

  /** The session in memory, loaded from the database on first use (after a restart, on another instance). */
  #room(sessionId: string): Promise<Room | undefined> {
    let room = this.#rooms.get(sessionId);
    if (!room) {
      room = this.#load(sessionId);
      this.#rooms.set(sessionId, room);
      // A session that does not exist is not remembered as missing: it may be created elsewhere.
      void room.then((r) => {
        if (!r && this.#rooms.get(sessionId) === room) this.#rooms.delete(sessionId);
      });
    }
    return room;
  }

  async #load(sessionId: string): Promise<Room | undefined> {
    const room = await loadRoom(this.#db, sessionId);
    if (room) {
      this.#codes.set(room.session.code, room.session.id);
      this.#countdowns.arm(room.session);
    }
    return room;
  }

  async #refresh(sessionId: string): Promise<Room | undefined> {
    const held = await this.#rooms.get(sessionId);
    return held ? refreshRoom(this.#db, held) : this.#load(sessionId);
  }

  /** Another instance changed the session: read it again (once per burst) and tell our screens. */
  #reloadSoon(sessionId: string, change: LiveChange): void {
    if (this.#closed || !this.#rooms.has(sessionId)) return;
    const pending = this.#reloads.get(sessionId);
    if (pending) {
      if (change === 'state') pending.change = 'state';
      return;
    }
    const entry = {
      change,
      timer: setTimeout(() => {
        this.#reloads.delete(sessionId);
        // Votes only: the current round is read again (live-room.ts), not every vote of the session.
        const loading = entry.change === 'votes' ? this.#refresh(sessionId) : this.#load(sessionId);
        void loading
          .then(async (room) => {
            if (!room) return this.#forget(sessionId);
            // A trainer's action on this instance may have moved the session on while this read was
            // under way: its state is newer than what was read, so it stays (and was pushed already).
            const held = await this.#rooms.get(sessionId);
            if (held && held.session.revision > room.session.revision) return;
            this.#rooms.set(sessionId, Promise.resolve(room));
            for (const listener of this.#listeners.get(sessionId) ?? []) listener(entry.change);
          })
          .catch((error: unknown) => this.#closed || console.error('[live] reloading a session failed:', error));
      }, RELOAD_COALESCE_MS),
    };
    entry.timer.unref();
    this.#reloads.set(sessionId, entry);
  }
}
