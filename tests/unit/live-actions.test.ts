/** A trainer's actions as pure state transitions of a live session (server/live/live-actions.ts). */
import { describe, expect, it } from 'vitest';
import { choicesNow, startRun } from '../../src/engine/index.ts';
import { applyAction, openDecision } from '../../src/server/live/live-actions.ts';
import type { LiveSession } from '../../src/server/live/live-state.ts';
import { loadSiteScenario } from '../support/api-fixtures.ts';

const { scenario } = loadSiteScenario('paket-verspaetet');
const first = choicesNow(scenario, startRun(scenario)).map((c) => c.id);
const NOW = Date.parse('2026-12-03T10:00:00.000Z');

const blank: LiveSession = { id: 's', code: 'ACDE-FGHJ', trainerId: 't', classId: null, scenarioId: scenario.id, scenarioVersion: scenario.version, locale: 'de', path: [], round: 0, phase: 'voting', openChoices: [], rounds: [], qrHidden: false, revision: 1, createdAt: '', expiresAt: '', endedAt: null, countdown: null };
const opened = openDecision(scenario, blank)!;
const votes = (...choices: string[]) => new Map(choices.map((c, i) => [`p${i}`, c]));
const act = (s: LiveSession, action: Parameters<typeof applyAction>[2], v = votes()) => applyAction(scenario, s, action, v, NOW);
const ok = (r: ReturnType<typeof act>) => {
  if (!r.ok) throw new Error(r.code);
  return r.session;
};

describe('live actions', () => {
  it('opens the first decision as round 1 with the choices on offer', () => {
    expect(opened).toMatchObject({ round: 1, phase: 'voting', openChoices: first, countdown: null });
  });

  it('reveals, then follows the majority (on a tie the choice listed first) into a new round without a countdown', () => {
    const counting = ok(act(opened, { type: 'countdown', seconds: 30, autoClose: true }));
    expect(counting.countdown).toEqual({ endsAt: new Date(NOW + 30_000).toISOString(), seconds: 30, autoClose: true });
    const revealed = ok(act(counting, { type: 'reveal' }));
    expect(revealed).toMatchObject({ phase: 'revealed', countdown: null, revision: counting.revision + 1 });
    const next = ok(act(revealed, { type: 'follow-majority' }, votes(first[1]!, first[0]!)));
    expect(next).toMatchObject({ path: [first[0]], round: 2, countdown: null });
    expect(next.rounds[0]).toMatchObject({ followed: first[0], majority: [first[0], first[1]] });
  });

  it.each([
    { label: 'following before the reveal', session: () => opened, action: { type: 'follow', choiceId: first[0]! } as const, code: 'live-not-revealed' },
    { label: 'following the majority without votes', session: () => ok(act(opened, { type: 'reveal' })), action: { type: 'follow-majority' } as const, code: 'live-no-votes' },
    { label: 'a choice not on offer', session: () => ok(act(opened, { type: 'reveal' })), action: { type: 'follow', choiceId: 'nope' } as const, code: 'live-choice-unknown' },
    { label: 'going back from the first decision', session: () => opened, action: { type: 'back' } as const, code: 'live-nothing-to-undo' },
    { label: 'a countdown after the reveal', session: () => ok(act(opened, { type: 'reveal' })), action: { type: 'countdown', seconds: 10, autoClose: false } as const, code: 'live-decision-closed' },
    { label: "a countdown's reveal of an earlier round", session: () => ({ ...opened, round: 3 }), action: { type: 'reveal', round: 2 } as const, code: 'live-decision-closed' },
    { label: 'anything in an ended session', session: () => ok(act(opened, { type: 'end' })), action: { type: 'qr', hidden: true } as const, code: 'live-session-closed' },
  ])('refuses $label', ({ session, action, code }) => {
    const result = act(session(), action);
    expect(result.ok ? 'accepted' : result.code).toBe(code);
  });
});
