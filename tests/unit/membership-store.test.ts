// @vitest-environment jsdom
/**
 * The learner's membership: joining, refreshing, leaving (deleting their data is in
 * device-data.test.ts). `fetch` is the learner API stand-in (the real server path is covered by
 * Playwright).
 */
import { describe, expect, it } from 'vitest';
import { adoptMembership, assignedMode, createMembershipStore, join, leave, MEMBERSHIP_KEY, MEMBERSHIP_VERSION, membershipStore, refresh, type Membership } from '../../src/learner/membership-store.ts';
import { freshLearnerCoreAround } from './fresh-learner-core.ts';
import { learnerApiStandIn } from './learner-api-stand-in.ts';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789';
const OVERVIEW = {
  learner: { id: 'l-1', pseudonym: 'Fuchs' },
  class: { name: '7b' },
  assignments: [
    // Per scenario, as the server answers since migration 0004…
    { scenarioId: 'schulfest-abgesagt', module: 4, mode: 'test', dueDate: '2026-12-01', released: false, status: 'done', first: 40, best: 80 },
    // …and as an older server answered: the whole module.
    { module: 6, mode: 'practice', dueDate: null },
  ],
};
const MEMBER: Membership = {
  token: TOKEN,
  pseudonym: 'Fuchs',
  className: '7b',
  assignments: [{ module: 4, mode: 'test', dueDate: '2026-12-01' }],
  refreshedAt: '2026-01-01T00:00:00.000Z',
};

const api = learnerApiStandIn();
const reply = api.reply;

function stored(): unknown {
  const raw = localStorage.getItem(MEMBERSHIP_KEY);
  return raw === null ? null : JSON.parse(raw);
}

freshLearnerCoreAround(api);

describe('join', () => {
  it('stores the token, the pseudonym, the class and its assignments', async () => {
    reply('POST /api/join', { status: 201, body: { token: TOKEN, learner: { id: 'l-1', pseudonym: 'Fuchs' }, class: { name: '7b' } } });
    reply('GET /api/learner', { status: 200, body: OVERVIEW });
    const result = await join(' k7pm-3qxa ', 'Fuchs ');
    expect(result.ok).toBe(true);
    expect(api.requests().map((r) => `${r.method} ${r.url}`)).toEqual(['POST /api/join', 'GET /api/learner']);
    expect(api.requests()[0]!.body).toEqual({ code: 'k7pm-3qxa', pseudonym: 'Fuchs' });
    expect(api.requests()[0]!.authorization).toBeUndefined();
    expect(api.requests()[1]!.authorization).toBe(`Bearer ${TOKEN}`);
    const membership = membershipStore.getState().membership;
    expect(membership).toMatchObject({ token: TOKEN, pseudonym: 'Fuchs', className: '7b', assignments: OVERVIEW.assignments });
    expect(membership?.refreshedAt).toEqual(expect.any(String));
    expect(stored()).toEqual({ state: { membership }, version: MEMBERSHIP_VERSION });
    // A new page reads the same membership.
    expect(createMembershipStore().getState().membership).toEqual(membership);
    expect(assignedMode({ id: 'schulfest-abgesagt', module: 4 })).toBe('test');
    // Another scenario of module 4 is not assigned: assignments are per scenario.
    expect(assignedMode({ id: 'paket-verspaetet', module: 4 })).toBeUndefined();
    expect(assignedMode({ id: 'schule-austausch-hass', module: 6 })).toBe('practice');
    expect(assignedMode({ id: 'schule-handyregel', module: 5 })).toBeUndefined();
  });

  it('keeps the token when the server gave one but the assignments could not be read yet', async () => {
    reply('POST /api/join', { status: 201, body: { token: TOKEN, learner: { id: 'l-1', pseudonym: 'Fuchs' }, class: { name: '7b' } } });
    reply('GET /api/learner', 'network');
    const result = await join('K7PM-3QXA', 'Fuchs');
    expect(result.ok).toBe(true);
    expect(membershipStore.getState().membership).toMatchObject({ token: TOKEN, assignments: [], refreshedAt: null });
  });

  it.each([
    [404, 'unknown-code'],
    [409, 'name-taken'],
    [403, 'class-full'],
    [429, 'too-many'],
    [400, 'invalid'],
    [500, 'server'],
  ] as const)('answers %d with %s and stores nothing', async (status, error) => {
    reply('POST /api/join', { status, body: { error: 'the server’s words' } });
    expect(await join('K7PM-3QXA', 'Fuchs')).toEqual({ ok: false, error, message: 'the server’s words' });
    expect(membershipStore.getState().membership).toBeUndefined();
    expect(api.requests()).toHaveLength(1);
  });

  it.each([
    [403, 'class-full', 'class-full'],
    [403, 'foreign-origin', 'invalid'],
    [409, 'pseudonym-taken', 'name-taken'],
    [409, 'pseudonym-confusable', 'name-similar'],
    [409, 'conflict', 'invalid'],
    [404, 'join-code-unknown', 'unknown-code'],
    [429, 'joins-rate-limited', 'too-many'],
    [500, 'server-error', 'server'],
  ] as const)('reads %d with code %s as %s', async (status, code, error) => {
    reply('POST /api/join', { status, body: { error: 'the server’s words', code } });
    expect(await join('K7PM-3QXA', 'Fuchs')).toEqual({ ok: false, error, message: 'the server’s words' });
    expect(membershipStore.getState().membership).toBeUndefined();
  });

  it('says offline when the server cannot be reached', async () => {
    reply('POST /api/join', 'network');
    expect(await join('K7PM-3QXA', 'Fuchs')).toMatchObject({ ok: false, error: 'offline' });
  });

  it('does not join a second class', async () => {
    membershipStore.setState({ membership: MEMBER });
    expect(await join('K7PM-3QXA', 'Fuchs')).toMatchObject({ ok: false, error: 'already-member' });
    expect(api.requests()).toEqual([]);
  });
});

describe('adoptMembership (an LTI launch hands the learner over)', () => {
  const LTI_TOKEN = 'lti_abcdefghijklmnopqrstuvwxyz0123456789';
  it('replaces the membership on this device with the launched learner and reads the assignments', async () => {
    membershipStore.setState({ membership: MEMBER });
    reply('GET /api/learner', { status: 200, body: { ...OVERVIEW, learner: { id: 'l-9', pseudonym: 'LMS K7MQ2C' }, class: { name: 'Kurs 9b' } } });
    const result = await adoptMembership({ token: LTI_TOKEN, learner: { pseudonym: 'LMS K7MQ2C' }, class: { name: 'Kurs 9b' } });
    expect(result.ok).toBe(true);
    expect(api.requests()[0]!.authorization).toBe(`Bearer ${LTI_TOKEN}`);
    expect(membershipStore.getState().membership).toMatchObject({ token: LTI_TOKEN, pseudonym: 'LMS K7MQ2C', className: 'Kurs 9b' });
  });

  it('keeps the current membership when the hand-over is broken', async () => {
    membershipStore.setState({ membership: MEMBER });
    const result = await adoptMembership({ token: null, learner: { pseudonym: 'x' }, class: { name: 'y' } });
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect(membershipStore.getState().membership).toEqual(MEMBER);
    expect(api.requests()).toEqual([]);
  });
});

describe('refresh', () => {
  it('reads new assignments and keeps the token', async () => {
    membershipStore.setState({ membership: MEMBER });
    reply('GET /api/learner', { status: 200, body: OVERVIEW });
    expect(await refresh()).toBe('ok');
    expect(membershipStore.getState().membership).toMatchObject({ token: TOKEN, assignments: OVERVIEW.assignments });
  });

  it('forgets the membership on 401 (the server no longer knows the token) and says so', async () => {
    membershipStore.setState({ membership: MEMBER });
    reply('GET /api/learner', { status: 401, body: { error: 'This learner token is not known.' } });
    expect(await refresh()).toBe('ended');
    expect(membershipStore.getState()).toMatchObject({ membership: undefined, notice: 'membership-ended' });
    expect(stored()).toEqual({ state: { membership: null }, version: MEMBERSHIP_VERSION });
  });

  it.each([
    ['network', 'offline'],
    [{ status: 503, body: { error: 'down' } }, 'server'],
  ] as const)('keeps the membership when the answer is %j', async (answer, result) => {
    membershipStore.setState({ membership: MEMBER });
    reply('GET /api/learner', answer);
    expect(await refresh()).toBe(result);
    expect(membershipStore.getState().membership).toEqual(MEMBER);
  });

  it('drops assignments it cannot read (an unknown mode) instead of the whole membership', async () => {
    membershipStore.setState({ membership: MEMBER });
    reply('GET /api/learner', { status: 200, body: { ...OVERVIEW, assignments: [{ module: 4, mode: 'exam', dueDate: null }, OVERVIEW.assignments[1]] } });
    expect(await refresh()).toBe('ok');
    expect(membershipStore.getState().membership?.assignments).toEqual([OVERVIEW.assignments[1]]);
  });

  it('is a no-op without a membership', async () => {
    expect(await refresh()).toBe('not-member');
    expect(api.requests()).toEqual([]);
  });
});

describe('leave', () => {
  it('forgets the membership on this device only', () => {
    membershipStore.setState({ membership: MEMBER });
    leave();
    expect(membershipStore.getState().membership).toBeUndefined();
    expect(api.requests()).toEqual([]);
  });
});

describe('stored membership', () => {
  it.each([
    ['text that is not JSON', '{"state":'],
    ['a token that is too short', JSON.stringify({ state: { membership: { ...MEMBER, token: 'abc' } }, version: 1 })],
    ['an assignment with an unknown mode', JSON.stringify({ state: { membership: { ...MEMBER, assignments: [{ module: 4, mode: 'exam', dueDate: null }] } }, version: 1 })],
    ['no membership field', JSON.stringify({ state: {}, version: 1 })],
  ])('discards %s and says so', (_what, raw) => {
    localStorage.setItem(MEMBERSHIP_KEY, raw);
    const state = createMembershipStore().getState();
    expect([state.membership, state.notice]).toEqual([undefined, 'membership-reset']);
    expect(localStorage.getItem(MEMBERSHIP_KEY)).toBeNull();
  });

  it('reads "no membership" without a notice', () => {
    localStorage.setItem(MEMBERSHIP_KEY, JSON.stringify({ state: { membership: null }, version: 1 }));
    expect(createMembershipStore().getState().notice).toBeUndefined();
  });
});
