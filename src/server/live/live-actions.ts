/**
 * What a trainer's action does to a live session: the session row before, the row after (or why
 * not). Pure (the engine replays the path; the clock comes in as `nowMs`), so the service only
 * adds the lock, the database and the screens around it (live-service.ts).
 */
import { choicesNow, normaliseFeatures, replay, writeNow, type Scenario } from '../../engine/index.ts';
import { fail, type Failure } from '../result.ts';
import { majorityOf, tallyOf, type LiveReply, type LiveSession } from './live-state.ts';

/** What a trainer can do with a running session. */
export type LiveAction =
  /** `round`: only if this round is still voting (the countdown's own reveal; a trainer's has none). */
  | { type: 'reveal'; round?: number }
  | { type: 'follow-majority' }
  | { type: 'follow'; choiceId: string }
  /** Post a participant's written reply: the story goes on through the decision's `write:` outcomes. */
  | { type: 'post-reply'; replyId: string }
  | { type: 'back' }
  | { type: 'qr'; hidden: boolean }
  | { type: 'countdown'; seconds: number; autoClose: boolean }
  | { type: 'countdown-off' }
  | { type: 'end' };

export type LiveActionRefusal = 'live-reply-unknown' | 'live-session-closed' | 'live-not-revealed' | 'live-choice-unknown' | 'live-no-votes' | 'live-nothing-to-undo' | 'live-decision-closed';

/** A session before its first decision opens (openDecision opens it): nothing played, nothing voted. */
export function blankSession(fields: Pick<LiveSession, 'id' | 'code' | 'trainerId' | 'classId' | 'scenarioId' | 'scenarioVersion' | 'locale' | 'createdAt' | 'expiresAt'>): LiveSession {
  return { ...fields, path: [], round: 0, phase: 'voting', openChoices: [], rounds: [], qrHidden: false, revision: 1, endedAt: null, countdown: null };
}

/** Opens the decision the path leads to as a new round (or finishes the session at an ending); undefined for a path the scenario does not allow. */
export function openDecision(scenario: Scenario, session: LiveSession): LiveSession | undefined {
  const replayed = replay(scenario, session.path);
  if (!replayed.ok) return undefined;
  const run = replayed.run;
  const round = session.round + 1;
  if (run.ended) return { ...session, round, phase: 'finished', openChoices: [], countdown: null };
  const choices = choicesNow(scenario, run).map((c) => c.id);
  const write = writeNow(scenario, run);
  const record = { round, step: session.path.length, nodeId: run.nodeId, choices, ...(write ? { writeMaxLength: write.maxLength } : {}) };
  return { ...session, round, phase: 'voting', openChoices: choices, countdown: null, rounds: [...session.rounds, record] };
}

/**
 * The session after `action` (its revision counted up), or why the action is refused.
 * `roundVotes`: the votes of the current round (participant → choice), for following the majority;
 * `reply`: the written reply a 'post-reply' names, as stored (undefined: no such reply in this round).
 */
export function applyAction(scenario: Scenario, s: LiveSession, action: LiveAction, roundVotes: ReadonlyMap<string, string>, nowMs: number, reply?: LiveReply & { analyser: string; round: number }): { ok: true; session: LiveSession } | Failure<LiveActionRefusal> {
  if (s.phase === 'closed') return fail('live-session-closed');
  let next: LiveSession | undefined;
  switch (action.type) {
    case 'reveal':
      if (action.round !== undefined && (action.round !== s.round || s.phase !== 'voting')) return fail('live-decision-closed');
      if (s.phase !== 'voting' && s.phase !== 'revealed') return fail('live-not-revealed');
      next = { ...s, phase: 'revealed', countdown: null };
      break;
    case 'countdown':
      if (s.phase !== 'voting') return fail('live-decision-closed');
      next = { ...s, countdown: { endsAt: new Date(nowMs + action.seconds * 1000).toISOString(), seconds: action.seconds, autoClose: action.autoClose } };
      break;
    case 'countdown-off':
      next = { ...s, countdown: null };
      break;
    case 'follow':
    case 'follow-majority': {
      if (s.phase !== 'revealed') return fail('live-not-revealed');
      const majority = majorityOf(tallyOf(roundVotes, s.openChoices));
      const choiceId = action.type === 'follow' ? action.choiceId : s.openChoices.find((c) => majority.includes(c));
      if (choiceId === undefined) return fail('live-no-votes');
      if (!s.openChoices.includes(choiceId)) return fail('live-choice-unknown');
      const rounds = s.rounds.map((r) => (r.round === s.round ? { ...r, followed: choiceId, majority } : r));
      next = openDecision(scenario, { ...s, path: [...s.path, choiceId], rounds });
      break;
    }
    case 'post-reply': {
      if (s.phase !== 'revealed') return fail('live-not-revealed');
      if (!reply || reply.id !== action.replyId || reply.round !== s.round) return fail('live-reply-unknown');
      const posted: LiveReply = { id: reply.id, text: reply.text, features: reply.features };
      const rounds = s.rounds.map((r) => (r.round === s.round ? { ...r, followed: `reply:${reply.id}`, posted } : r));
      // The engine's written-reply route (chooseWritten in replay) picks the outcome from the features.
      const step = { write: { features: normaliseFeatures(reply.features), analyser: reply.analyser, length: reply.text.length, text: reply.text, lang: s.locale } };
      next = openDecision(scenario, { ...s, path: [...s.path, step], rounds });
      break;
    }
    case 'back':
      if (s.path.length === 0) return fail('live-nothing-to-undo');
      next = openDecision(scenario, { ...s, path: s.path.slice(0, -1) });
      break;
    case 'qr':
      next = { ...s, qrHidden: action.hidden };
      break;
    case 'end':
      next = { ...s, phase: 'closed', endedAt: new Date(nowMs).toISOString() };
      break;
  }
  // A path the scenario no longer allows (it changed under a running session) is refused, not stored.
  if (!next) return fail('live-choice-unknown');
  return { ok: true, session: { ...next, revision: s.revision + 1 } };
}
