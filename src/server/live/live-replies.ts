/**
 * Storing a participant's written reply at a decision with a `write:` block (live-service.ts keeps
 * the rate limit, the memory and the screens around it). In one transaction under the session's
 * lock, against the session's row as committed (another instance may have revealed a moment ago);
 * the server analyses the text with the learners' own analyser and keeps text and features.
 */
import { randomUUID } from 'node:crypto';
import { ANALYSER_VERSION, analyseReply, featureIdsOf } from '../../analysis/index.ts';
import { replay, writeNow, type Scenario } from '../../engine/index.ts';
import { withKeyLocks } from '../db/key-locks.ts';
import * as repo from '../repos/live.ts';
import { now, type Db } from '../repos/types.ts';
import { fail, type Failure } from '../result.ts';
import type { LiveReply } from './live-state.ts';

/** Why a reply is not stored. */
export type ReplyRefusal = 'live-decision-closed' | 'live-session-closed' | 'live-no-write' | 'live-reply-empty' | 'live-reply-too-long';

/** Stores (or replaces) the participant's reply in `round` of `scenario`'s session; the stored reply, or why not. */
export async function storeReply(db: Db, scenario: Scenario, participant: { id: string; sessionId: string }, round: number, text: string): Promise<{ ok: true; stored: LiveReply & { at: string } } | Failure<ReplyRefusal>> {
  const trimmed = text.trim();
  if (trimmed.length === 0) return fail('live-reply-empty');
  return withKeyLocks(db, [`live:${participant.sessionId}`], async (trx) => {
    const s = await repo.findLiveSession(trx, participant.sessionId);
    if (!s || s.phase === 'closed') return fail('live-session-closed');
    if (s.phase !== 'voting' || round !== s.round) return fail('live-decision-closed');
    const replayed = replay(scenario, s.path);
    const write = replayed.ok ? writeNow(scenario, replayed.run) : undefined;
    if (!write) return fail('live-no-write');
    if (trimmed.length > write.maxLength) return fail('live-reply-too-long', { length: trimmed.length, maxLength: write.maxLength });
    const features = featureIdsOf(analyseReply(trimmed, s.locale));
    const at = now();
    const id = await repo.upsertReply(trx, { id: randomUUID(), sessionId: s.id, round, participantId: participant.id, text: trimmed, features, analyser: ANALYSER_VERSION, at });
    return { ok: true as const, stored: { id, text: trimmed, features, at } };
  });
}
