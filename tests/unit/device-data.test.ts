// @vitest-environment jsdom
/**
 * Deleting the learner's data (device-data.ts): on the server first, then every key of this app on
 * the device, with a report of what went. `fetch` is the learner API stand-in.
 */
import { describe, expect, it } from 'vitest';
import { outbox, submitFinishedRun } from '../../src/learner/core.ts';
import { deleteMyData, hasLocalData } from '../../src/learner/device-data.ts';
import { MEMBERSHIP_KEY, membershipStore, type Membership } from '../../src/learner/membership-store.ts';
import { OUTBOX_KEY } from '../../src/learner/outbox.ts';
import { freshLearnerCoreAround } from './fresh-learner-core.ts';
import { learnerApiStandIn } from './learner-api-stand-in.ts';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789';
const MEMBER: Membership = {
  token: TOKEN,
  pseudonym: 'Fuchs',
  className: '7b',
  assignments: [{ module: 4, mode: 'test', dueDate: '2026-12-01' }],
  refreshedAt: '2026-01-01T00:00:00.000Z',
};
const api = learnerApiStandIn();
const reply = api.reply;

function appKeys(): string[] {
  return Object.keys(localStorage)
    .filter((k) => k.startsWith('candystorm:'))
    .sort();
}

freshLearnerCoreAround(api);

describe('hasLocalData', () => {
  it('is false on a fresh device and true once anything of this app is stored', () => {
    expect(hasLocalData()).toBe(false);
    localStorage.setItem('another-app:settings', 'x');
    expect(hasLocalData()).toBe(false);
    localStorage.setItem('candystorm:selfcheck:m1-q1', '0');
    expect(hasLocalData()).toBe(true);
  });
});

describe('deleteMyData', () => {
  /** A device with everything this app stores, and one key of another app. */
  function fillDevice(): void {
    membershipStore.setState({ membership: MEMBER });
    localStorage.setItem('candystorm:progress:paket-verspaetet', '{"state":{},"version":1}');
    localStorage.setItem('candystorm:progress:schulfest-abgesagt', '{"state":{},"version":1}');
    localStorage.setItem('candystorm:prefs', '{"state":{"muted":true,"volume":0.5},"version":1}');
    localStorage.setItem('candystorm:selfcheck:m4-q1', '2');
    localStorage.setItem('another-app:settings', 'keep me');
  }

  it('deletes on the server first, then every candystorm key on the device, and reports what went', async () => {
    fillDevice();
    reply('POST /api/runs', 'network');
    submitFinishedRun({ id: 'paket-verspaetet', module: 4 }, { scenarioVersion: 1, path: ['a'], endingId: 'end', overall: 50, finishedAt: '2026-01-01T00:00:00Z' });
    await outbox.flush();
    expect(appKeys()).toContain(OUTBOX_KEY);
    reply('DELETE /api/learner', { status: 204 });

    const result = await deleteMyData();

    expect(api.requests().filter((r) => r.method === 'DELETE')).toEqual([{ method: 'DELETE', url: '/api/learner', authorization: `Bearer ${TOKEN}`, body: undefined }]);
    expect(appKeys()).toEqual([]);
    expect(localStorage.getItem('another-app:settings')).toBe('keep me');
    expect(membershipStore.getState().membership).toBeUndefined();
    expect(outbox.store.getState().items).toEqual([]);
    expect(result).toEqual({
      ok: true,
      report: {
        server: 'deleted',
        keys: expect.arrayContaining([MEMBERSHIP_KEY, OUTBOX_KEY, 'candystorm:prefs']) as string[],
        membership: true,
        queuedRuns: 1,
        progress: 2,
        selfChecks: 1,
        prefs: true,
        other: 0,
      },
    });
  });

  it.each([
    ['a server error', { status: 500, body: { error: 'Something went wrong on the server.' } }, 'server'],
    ['no connection', 'network', 'offline'],
  ] as const)('keeps everything when the server fails (%s)', async (_what, answer, error) => {
    fillDevice();
    const before = appKeys();
    reply('DELETE /api/learner', answer);
    const result = await deleteMyData();
    expect(result).toMatchObject({ ok: false, error });
    expect(appKeys()).toEqual(before);
    expect(membershipStore.getState().membership).toEqual(MEMBER);
  });

  it('clears the device when the server no longer knows the token (401): it holds nothing of the learner', async () => {
    fillDevice();
    reply('DELETE /api/learner', { status: 401, body: { error: 'unknown token' } });
    const result = await deleteMyData();
    expect(result).toMatchObject({ ok: true, report: { server: 'unknown' } });
    expect(appKeys()).toEqual([]);
  });

  it('clears the device without asking the server when the learner is in no class', async () => {
    localStorage.setItem('candystorm:selfcheck:m1-q1', '0');
    const result = await deleteMyData();
    expect(api.requests()).toEqual([]);
    expect(result).toMatchObject({ ok: true, report: { server: 'none', membership: false, selfChecks: 1 } });
    expect(appKeys()).toEqual([]);
  });
});
