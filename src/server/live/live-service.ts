/**
 * Live sessions: a trainer's projector and the room's phones play one scenario together
 * (docs/live-mode.md). The database holds the truth (the session row, participants, votes); this
 * service keeps each session it serves in memory as well, writes every change in a transaction that
 * holds the session's lock (db/key-locks.ts, so instances never interleave a vote and a reveal),
 * tells the other instances through the hub, and tells its own screens through `subscribe`.
 * Votes are written in groups, one transaction per event-loop turn (as runs are: run-writer.ts),
 * and answered only after their commit: an acknowledged vote survives a restart.
 */
import { randomUUID } from 'node:crypto';
import { ANALYSER_VERSION, analyseReply, featureIdsOf } from '../../analysis/index.ts';
import { isLocale, replay, writeNow, type Locale } from '../../engine/index.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { withKeyLocks } from '../db/key-locks.ts';
import { findLearnerByTokenHash } from '../repos/learners.ts';
import * as repo from '../repos/live.ts';
import { now, type Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { RunLimiter } from '../services/run-limiter.ts';
import { newJoinCode } from '../services/join-code.ts';
import type { ScenarioSource } from '../services/scenario-source.ts';
import { applyAction, openDecision, type LiveAction } from './live-actions.ts';
import type { LiveChange, LiveHub } from './live-hub.ts';

export type { LiveAction };
import { snapshotOf, type LiveSession, type LiveSnapshot, type RepliesByRound, type VotesByRound } from './live-state.ts';

/** How long a session's code lets people join (an ad-hoc session is deleted after it). */
export const LIVE_SESSION_HOURS = 12;
/** Votes one phone may send in VOTE_WINDOW_MS (changing one's mind a few times is fine; a script is not). */
export const VOTES_PER_WINDOW = 30;
export const VOTE_WINDOW_MS = 10_000;
/** Joins per network address in ten minutes: a whole school behind one address must fit. */
export const JOINS_PER_WINDOW = 600;
/** Changes from other instances are read again after this pause, so a burst of votes costs one read. */
const RELOAD_COALESCE_MS = 50;

interface Room {
  session: LiveSession;
  votes: VotesByRound;
  replies: RepliesByRound;
  participants: number;
}

export type ReplyResult = Result<{ round: number; replyId: string }, 'live-decision-closed' | 'live-session-closed' | 'live-session-unknown' | 'live-no-write' | 'live-reply-empty' | 'live-reply-too-long' | 'live-votes-rate-limited' | 'scenario-unknown'>;

interface PendingVote {
  session: LiveSession;
  participantId: string;
  round: number;
  choiceId: string;
  done: (result: VoteResult) => void;
  failed: (error: unknown) => void;
}

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
  /** Timers of countdowns that close voting when they run out, by session id. */
  readonly #countdowns = new Map<string, NodeJS.Timeout>();
  readonly #voteLimiter = new RunLimiter(VOTES_PER_WINDOW, VOTE_WINDOW_MS);
  readonly #joinLimiter: RunLimiter;
  #queue: PendingVote[] = [];
  #flushing: Promise<void> | undefined;

  /** `joinsPerWindow`: joins per network address in ten minutes (default JOINS_PER_WINDOW). */
  constructor(db: Db, hub: LiveHub, scenarios: ScenarioSource, options: { joinsPerWindow?: number } = {}) {
    this.#joinLimiter = new RunLimiter(options.joinsPerWindow ?? JOINS_PER_WINDOW, 10 * 60_000);
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
    const blank: LiveSession = {
      id: randomUUID(),
      code: newJoinCode(),
      trainerId,
      classId: input.classId ?? null,
      scenarioId: found.scenario.id,
      scenarioVersion: found.scenario.version,
      locale: isLocale(input.locale) ? input.locale : 'de',
      path: [],
      round: 0,
      phase: 'voting',
      openChoices: [],
      rounds: [],
      qrHidden: false,
      revision: 1,
      createdAt: created,
      expiresAt: new Date(Date.parse(created) + LIVE_SESSION_HOURS * 3600_000).toISOString(),
      endedAt: null,
      countdown: null,
    };
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
    const trimmed = text.trim();
    if (trimmed.length === 0) return fail('live-reply-empty');
    const outcome = await withKeyLocks(this.#db, [`live:${participant.sessionId}`], async (trx): Promise<ReplyResult & { stored?: { id: string; features: string[]; at: string } }> => {
      // The row as committed: another instance may have revealed a moment ago.
      const s = await repo.findLiveSession(trx, participant.sessionId);
      if (!s || s.phase === 'closed') return fail('live-session-closed');
      if (s.phase !== 'voting' || round !== s.round) return fail('live-decision-closed');
      const replayed = replay(found.scenario, s.path);
      const write = replayed.ok ? writeNow(found.scenario, replayed.run) : undefined;
      if (!write) return fail('live-no-write');
      if (trimmed.length > write.maxLength) return fail('live-reply-too-long', { length: trimmed.length, maxLength: write.maxLength });
      const features = featureIdsOf(analyseReply(trimmed, s.locale));
      const at = now();
      const id = await repo.upsertReply(trx, { id: randomUUID(), sessionId: s.id, round, participantId: participant.id, text: trimmed, features, analyser: ANALYSER_VERSION, at });
      return { ok: true, round, replyId: id, stored: { id, features, at } };
    });
    if (!outcome.ok) return outcome;
    const stored = outcome.stored!;
    const byRound = room.replies.get(round) ?? new Map();
    byRound.set(participant.id, { id: stored.id, text: trimmed, features: stored.features, at: stored.at });
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
    return new Promise<VoteResult>((done, failed) => {
      this.#queue.push({ session: room.session, participantId: participant.id, round, choiceId, done, failed });
      // Group commit: one writer at a time; votes arriving while it commits go together in the next
      // transaction, so a room voting at once costs a few commits, not one fsync per vote.
      this.#flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        while (this.#queue.length) {
          const batch = this.#queue;
          this.#queue = [];
          await this.#flush(batch);
        }
        this.#flushing = undefined;
      });
    });
  }

  async #flush(batch: PendingVote[]): Promise<void> {
    const ids = [...new Set(batch.map((v) => v.session.id))];
    const results = new Map<PendingVote, VoteResult>();
    try {
      await withKeyLocks(this.#db, ids.map((id) => `live:${id}`), async (trx) => {
        const at = now();
        for (const id of ids) {
          // The row as committed, not our memory: another instance may have revealed a moment ago.
          const session = await repo.findLiveSession(trx, id);
          // The last vote of each participant in this batch is the one stored (a changed mind wins).
          const accepted = new Map<string, PendingVote>();
          for (const v of batch.filter((p) => p.session.id === id)) {
            if (!session || session.phase === 'closed') results.set(v, fail('live-session-closed'));
            else if (session.phase !== 'voting' || v.round !== session.round) results.set(v, fail('live-decision-closed'));
            else if (!session.openChoices.includes(v.choiceId)) results.set(v, fail('live-choice-unknown'));
            else {
              accepted.delete(v.participantId);
              accepted.set(v.participantId, v);
              results.set(v, { ok: true, round: v.round, choiceId: v.choiceId });
            }
          }
          await repo.upsertVotes(trx, [...accepted.values()].map((v) => ({ sessionId: id, round: v.round, participantId: v.participantId, choiceId: v.choiceId, at })));
        }
      });
    } catch (error) {
      for (const v of batch) v.failed(error);
      return;
    }
    const touched = new Set<string>();
    for (const v of batch) {
      const result = results.get(v)!;
      if (result.ok) {
        const room = await this.#room(v.session.id);
        if (room) {
          const round = room.votes.get(v.round) ?? new Map<string, string>();
          round.set(v.participantId, v.choiceId);
          room.votes.set(v.round, round);
        }
        touched.add(v.session.id);
      }
      v.done(result);
    }
    for (const id of touched) await this.#changed(id, 'votes');
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
    this.#armCountdown(outcome.session);
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
    await this.#flushing;
    for (const { timer } of this.#reloads.values()) clearTimeout(timer);
    for (const timer of this.#countdowns.values()) clearTimeout(timer);
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
    const session = await repo.findLiveSession(this.#db, sessionId);
    if (!session) return undefined;
    const votes: VotesByRound = new Map();
    for (const v of await repo.listVotes(this.#db, sessionId)) {
      const round = votes.get(Number(v.round)) ?? new Map<string, string>();
      round.set(v.participant_id, v.choice_id);
      votes.set(Number(v.round), round);
    }
    const replies: RepliesByRound = new Map();
    for (const r of await repo.listReplies(this.#db, sessionId)) {
      const round = replies.get(Number(r.round)) ?? new Map();
      round.set(r.participant_id, { id: r.id, text: r.text, features: JSON.parse(r.features) as string[], at: r.written_at });
      replies.set(Number(r.round), round);
    }
    this.#codes.set(session.code, session.id);
    this.#armCountdown(session);
    return { session, votes, replies, participants: await repo.countParticipants(this.#db, sessionId) };
  }

  /**
   * A countdown the trainer set to close voting reveals the votes when it runs out. Every instance
   * holding the session sets the timer (one may be gone); the reveal names its round, so only the
   * first does anything and a decision opened since is left alone.
   */
  #armCountdown(session: LiveSession): void {
    clearTimeout(this.#countdowns.get(session.id));
    this.#countdowns.delete(session.id);
    const countdown = session.countdown;
    if (!countdown?.autoClose || session.phase !== 'voting') return;
    const timer = setTimeout(() => {
      this.#countdowns.delete(session.id);
      this.act(session.trainerId, session.id, { type: 'reveal', round: session.round }).catch((error: unknown) => console.error('[live] closing voting on time failed:', error));
    }, Math.max(0, Date.parse(countdown.endsAt) - Date.now()));
    timer.unref();
    this.#countdowns.set(session.id, timer);
  }

  /** Another instance changed the session: read it again (once per burst) and tell our screens. */
  #reloadSoon(sessionId: string, change: LiveChange): void {
    if (!this.#rooms.has(sessionId)) return;
    const pending = this.#reloads.get(sessionId);
    if (pending) {
      if (change === 'state') pending.change = 'state';
      return;
    }
    const entry = {
      change,
      timer: setTimeout(() => {
        this.#reloads.delete(sessionId);
        const loading = this.#load(sessionId);
        void loading.then(
          (room) => {
            if (!room) return this.#forget(sessionId);
            this.#rooms.set(sessionId, Promise.resolve(room));
            for (const listener of this.#listeners.get(sessionId) ?? []) listener(entry.change);
          },
          (error: unknown) => console.error('[live] reloading a session failed:', error),
        );
      }, RELOAD_COALESCE_MS),
    };
    entry.timer.unref();
    this.#reloads.set(sessionId, entry);
  }
}
