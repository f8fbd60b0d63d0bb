// @vitest-environment jsdom
/**
 * The outbox: finished runs queued in localStorage and sent to POST /api/runs. `fetch` is replaced
 * by a function standing in for the network (the real server path is covered by Playwright); the
 * stand-in answers each request from a script and records what was sent.
 *
 * The outbox alone is tested through an instance with its own dependencies (a token, a spy for
 * 401); how the learner core wires it to the membership, and the simulator handing runs to it, are
 * tested through the page's own instance (core.ts).
 */
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderSimulator, textOf, playPath, word, fill } from '../components/setup.ts';
import { outbox as pageOutbox, submitFinishedRun } from '../../src/learner/core.ts';
import { retryAfterMs } from '../../src/learner/api-client.ts';
import { membershipStore, type Membership } from '../../src/learner/membership-store.ts';
import { BACKOFF_MAX_MS, backoffDelay, createOutbox, createOutboxStore, OUTBOX_KEY, type Outbox, type RunToSend } from '../../src/learner/outbox.ts';
import { newRunId } from '../../src/stores/run-id.ts';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789';
const MEMBER: Membership = {
  token: TOKEN,
  pseudonym: 'Fuchs',
  className: '7b',
  assignments: [{ module: 4, mode: 'practice', dueDate: null }],
  refreshedAt: '2026-01-01T00:00:00.000Z',
};

/** A finished run with a fresh id; `over` changes fields. */
const run = (over: Partial<RunToSend> = {}): RunToSend => ({
  id: newRunId(),
  scenarioId: 'paket-verspaetet',
  scenarioVersion: 2,
  path: ['listen', 'offer'],
  finishedAt: '2026-01-02T10:00:00.000Z',
  ...over,
});
const RUN = run();

// --- the network stand-in ----------------------------------------------------------------------

interface Sent {
  url: string;
  method: string;
  authorization: string | undefined;
  body: Record<string, unknown> | undefined;
}

/** What the network does with one request: an HTTP status (with an optional `error`), or no answer. */
type Answer = number | { status: number; error?: string; retryAfter?: string } | 'network' | Promise<number>;

let sent: Sent[];
let script: Answer[];
/** The answer once the script is used up. */
let fallback: Answer;

function fakeResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return { ok: status >= 200 && status < 300, status, headers: new Headers(headers), json: async () => body } as Response;
}

const fakeFetch = vi.fn(async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
  const headers = (init?.headers ?? {}) as Record<string, string>;
  sent.push({
    url: String(url),
    method: init?.method ?? 'GET',
    authorization: headers['authorization'],
    body: typeof init?.body === 'string' ? (JSON.parse(init.body) as Record<string, unknown>) : undefined,
  });
  let answer = script.length ? script.shift()! : fallback;
  if (answer instanceof Promise) answer = await answer;
  if (answer === 'network') throw new TypeError('Failed to fetch');
  const { status, error, retryAfter } = typeof answer === 'number' ? { status: answer, error: undefined, retryAfter: undefined } : answer;
  const body = status === 401 && String(url).endsWith('/api/learner') ? { error: 'unknown token' } : error ? { error } : {};
  return fakeResponse(status, body, retryAfter === undefined ? {} : { 'retry-after': retryAfter });
});

/** A promise for a status, resolved by the test when it wants the server to answer. */
function deferred(): { promise: Promise<number>; answer: (status: number) => void } {
  let answer!: (status: number) => void;
  const promise = new Promise<number>((resolve) => (answer = resolve));
  return { promise, answer };
}

const runPosts = () => sent.filter((s) => s.url.endsWith('/api/runs'));
/** The outbox under test, with its own token and 401 handler. */
let box: Outbox;
let token: string | undefined;
let onUnauthorized: ReturnType<typeof vi.fn<() => Promise<unknown>>>;
const items = () => box.store.getState().items;
function storedItems(): unknown[] {
  const raw = localStorage.getItem(OUTBOX_KEY);
  return raw === null ? [] : ((JSON.parse(raw) as { state: { items: unknown[] } }).state.items ?? []);
}

/** Lets pending promises (the flush started by enqueue) run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

beforeEach(() => {
  sent = [];
  script = [];
  fallback = 'network';
  fakeFetch.mockClear();
  vi.stubGlobal('fetch', fakeFetch);
  localStorage.clear();
  membershipStore.setState({ membership: structuredClone(MEMBER), notice: undefined });
  pageOutbox.clear();
  pageOutbox.store.setState({ recent: [], notice: undefined, lastError: undefined });
  token = TOKEN;
  onUnauthorized = vi.fn(async () => undefined);
  box = createOutbox({ token: () => token, onUnauthorized });
});

afterEach(async () => {
  // No flush of one test may run into the next.
  await box.flush();
  await pageOutbox.flush();
  box.stop();
  pageOutbox.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('enqueue', () => {
  it('queues a run under its own id, stores it at once and starts sending it', async () => {
    fallback = 'network';
    const entry = box.enqueue(RUN);
    expect(entry).toMatchObject({ id: RUN.id, scenarioId: RUN.scenarioId, scenarioVersion: 2, path: RUN.path, finishedAt: RUN.finishedAt, attempts: 0 });
    expect(storedItems()).toHaveLength(1);
    await box.flush();
    expect(runPosts()).toHaveLength(1);
    expect(runPosts()[0]!.body).toEqual({ id: RUN.id, scenarioId: RUN.scenarioId, scenarioVersion: 2, path: RUN.path, finishedAt: RUN.finishedAt });
    expect(runPosts()[0]!.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('keeps the run\'s choice-order seed through storage and sends it', async () => {
    fallback = 'network';
    const seeded = run({ seed: 987654 });
    box.enqueue(seeded);
    expect(storedItems()[0]).toMatchObject({ seed: 987654 });
    await box.flush();
    expect(runPosts()[0]!.body).toMatchObject({ id: seeded.id, seed: 987654 });
  });

  it('queues a run once however often it is handed over (same id)', async () => {
    fallback = 'network';
    const first = box.enqueue(RUN);
    const second = box.enqueue({ ...RUN });
    expect(second).toEqual(first);
    expect(items()).toHaveLength(1);
    expect(storedItems()).toHaveLength(1);
  });

  it('sends nothing while there is no token', async () => {
    token = undefined;
    box.enqueue(RUN);
    const result = await box.flush();
    expect(result.stopped).toBe('not-member');
    expect(sent).toEqual([]);
    expect(items()).toHaveLength(1);
  });
});

describe('flush', () => {
  it('removes a run the server stored now (201) and one it had stored before (200)', async () => {
    script = [201, 200];
    const a = box.enqueue(run());
    const b = box.enqueue(run({ scenarioId: 'schulfest-abgesagt' }));
    const result = await box.flush();
    await box.flush();
    expect(runPosts().map((s) => s.body?.['id'])).toEqual([a.id, b.id]);
    expect(items()).toEqual([]);
    expect(storedItems()).toEqual([]);
    expect(box.store.getState().recent.map((r) => [r.id, r.outcome])).toEqual([
      [b.id, 'sent'],
      [a.id, 'sent'],
    ]);
    expect(result.queued).toBe(0);
  });

  it('keeps a run on a network error and on 503, waiting longer after each failure', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0); // no jitter, so the waits are exact
    script = ['network', 503, 503, 429];
    const entry = box.enqueue(run())!;
    await box.flush();
    const start = Date.now();
    expect(items()).toHaveLength(1);
    expect(items()[0]).toMatchObject({ id: entry.id, attempts: 1, nextAttemptAt: start + 1000 });
    expect(box.store.getState().lastError).toBe('offline');

    // Not due yet: nothing is sent.
    await box.flush();
    expect(runPosts()).toHaveLength(1);

    const waits: number[] = [1000];
    for (const [expectedError, attempts] of [
      ['server', 2],
      ['server', 3],
      ['busy', 4],
    ] as const) {
      vi.setSystemTime(items()[0]!.nextAttemptAt);
      const now = Date.now();
      await box.flush();
      expect(items()).toHaveLength(1);
      expect(items()[0]!.attempts).toBe(attempts);
      waits.push(items()[0]!.nextAttemptAt - now);
      expect(box.store.getState().lastError).toBe(expectedError);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(storedItems()).toHaveLength(1);
    expect(runPosts()).toHaveLength(4);
  });

  it('keeps every run on 429 and sends none before the server\'s Retry-After has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
    vi.spyOn(Math, 'random').mockReturnValue(0); // no jitter, so the wait is exact
    script = [{ status: 429, error: 'Too many results in a short time.', retryAfter: '90' }];
    const first = box.enqueue(run());
    await box.flush();
    const second = box.enqueue(run({ scenarioId: 'schulfest-abgesagt' }));
    await box.flush();
    const limitedAt = new Date('2026-03-01T12:00:00Z').getTime();
    // Both runs kept, in memory and in storage; the limited one is due after Retry-After (not the
    // 1 s backoff), and the one queued since was not sent either.
    expect(items().map((i) => i.id)).toEqual([first.id, second.id]);
    expect(storedItems()).toHaveLength(2);
    expect(items()[0]!.nextAttemptAt).toBe(limitedAt + 90_000);
    expect(box.store.getState().lastError).toBe('busy');
    expect(box.store.getState().rejected).toEqual([]);
    expect(runPosts()).toHaveLength(1);

    // A minute later, even forced (back online): still waiting, nothing sent.
    vi.setSystemTime(limitedAt + 60_000);
    await box.flush({ force: true });
    expect(runPosts()).toHaveLength(1);

    // After Retry-After: both are sent and removed.
    fallback = 201;
    vi.setSystemTime(limitedAt + 90_000);
    const result = await box.flush();
    expect(result).toMatchObject({ sent: 2, queued: 0 });
    expect(runPosts().slice(1).map((s) => s.body?.['id'])).toEqual([first.id, second.id]);
    expect(items()).toEqual([]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sun, 01 Mar 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });

  it('sends every queued run at once when forced (the browser came back online)', async () => {
    script = ['network'];
    box.enqueue(run());
    await box.flush();
    expect(items()).toHaveLength(1);
    fallback = 201;
    await box.flush({ force: true });
    expect(items()).toEqual([]);
    expect(box.store.getState().lastError).toBeUndefined();
  });

  it('drops a run the server will never take (422) and records its message', async () => {
    script = [{ status: 422, error: 'This path is not possible in "paket-verspaetet".' }];
    const entry = box.enqueue(run())!;
    const result = await box.flush();
    expect(items()).toEqual([]);
    expect(result.rejected).toBe(1);
    expect(box.store.getState().rejected).toEqual([
      { id: entry.id, scenarioId: RUN.scenarioId, status: 422, message: 'This path is not possible in "paket-verspaetet".', at: expect.any(String) as string },
    ]);
    expect(box.store.getState().recent[0]).toEqual({ id: entry.id, scenarioId: RUN.scenarioId, outcome: 'rejected' });
    // The record survives a reload; the run does not come back.
    const reloaded = createOutboxStore().getState();
    expect([reloaded.items, reloaded.rejected.map((r) => r.id)]).toEqual([[], [entry.id]]);
  });

  it.each([400, 403, 404, 409])('drops a run on %d too, and sends the next one', async (status) => {
    script = [{ status, error: 'no' }, 201];
    box.enqueue(run());
    box.enqueue(run());
    await box.flush();
    await box.flush();
    expect(items()).toEqual([]);
    expect(box.store.getState().rejected.map((r) => r.status)).toEqual([status]);
    expect(runPosts()).toHaveLength(2);
  });

  it('keeps a run on statuses it does not know (e.g. 413 from a proxy): results are never lost', async () => {
    script = [413];
    box.enqueue(run());
    await box.flush();
    expect(items()).toHaveLength(1);
    expect(box.store.getState().lastError).toBe('server');
  });

  it('two flushes at the same time send each run once', async () => {
    const first = deferred();
    const second = deferred();
    script = [first.promise, second.promise];
    const a = box.enqueue(run())!; // starts a flush, whose request now waits for the server
    const b = box.enqueue(run())!;
    const p1 = box.flush();
    const p2 = box.flush();
    expect(p1).toBe(p2);
    await settle();
    first.answer(201);
    await settle();
    const p3 = box.flush();
    second.answer(201);
    await Promise.all([p1, p2, p3]);
    await box.flush();
    expect(runPosts().map((s) => s.body?.['id'])).toEqual([a.id, b.id]);
    expect(items()).toEqual([]);
  });

  it('does not send a run that another tab sent meanwhile (the queue is re-read before each send)', async () => {
    const first = deferred();
    script = [first.promise];
    fallback = 201;
    const a = box.enqueue(run())!;
    const b = box.enqueue(run())!;
    await settle();
    // The other tab sent b and removed it from the shared storage.
    const raw = JSON.parse(localStorage.getItem(OUTBOX_KEY)!) as { state: { items: { id: string }[] } };
    raw.state.items = raw.state.items.filter((i) => i.id !== b.id);
    localStorage.setItem(OUTBOX_KEY, JSON.stringify(raw));
    first.answer(201);
    await box.flush();
    expect(runPosts().map((s) => s.body?.['id'])).toEqual([a.id]);
    expect(items()).toEqual([]);
  });

  it('keeps the run id across retries, so the server can store it once', async () => {
    script = ['network', 503, 201];
    const entry = box.enqueue(run())!;
    await box.flush();
    await box.flush({ force: true });
    await box.flush({ force: true });
    expect(runPosts().map((s) => s.body?.['id'])).toEqual([entry.id, entry.id, entry.id]);
    expect(items()).toEqual([]);
  });

  it('on 401 keeps the run, tells onUnauthorized and stops', async () => {
    script = [401];
    fallback = 201;
    const first = box.enqueue(run());
    box.enqueue(run());
    const result = await box.flush();
    expect(result).toMatchObject({ stopped: 'membership', queued: 2 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(runPosts().map((s) => s.body?.['id'])).toEqual([first.id]);
    expect(box.store.getState().lastError).toBe('membership');
  });
});

describe('the learner core', () => {
  const core = () => pageOutbox.store.getState().items;
  const scenario = { id: 'paket-verspaetet', module: 4 };
  const finished = () => ({ id: newRunId(), scenarioVersion: 2, path: ['listen', 'offer'], endingId: 'end', overall: 50, finishedAt: '2026-01-02T10:00:00.000Z' });

  it('queues a finished run of an assigned module under the run’s own id', async () => {
    fallback = 'network';
    const run = finished();
    expect(submitFinishedRun(scenario, run)?.id).toBe(run.id);
    await pageOutbox.flush();
    expect(runPosts().map((s) => s.body)).toEqual([{ id: run.id, scenarioId: scenario.id, scenarioVersion: 2, path: run.path, finishedAt: run.finishedAt }]);
  });

  it('gives a run finished before runs had ids one when it is queued', () => {
    fallback = 'network';
    const { id: _none, ...old } = finished();
    expect(submitFinishedRun(scenario, old)?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('queues nothing when the learner is in no class', async () => {
    membershipStore.setState({ membership: undefined });
    expect(submitFinishedRun(scenario, finished())).toBeUndefined();
    await pageOutbox.flush();
    expect([core(), sent]).toEqual([[], []]);
  });

  it('queues nothing when the scenario’s module is not assigned to the class', async () => {
    expect(submitFinishedRun({ ...scenario, module: 5 }, finished())).toBeUndefined();
    await pageOutbox.flush();
    expect([core(), sent]).toEqual([[], []]);
  });

  it('on 401 asks whether the membership still exists; if not, it is forgotten with the queue', async () => {
    script = [401, 401]; // POST /api/runs, then GET /api/learner
    submitFinishedRun(scenario, finished());
    const result = await pageOutbox.flush();
    expect(result.stopped).toBe('membership');
    expect(sent.map((s) => `${s.method} ${s.url}`)).toEqual(['POST /api/runs', 'GET /api/learner']);
    expect(membershipStore.getState()).toMatchObject({ membership: undefined, notice: 'membership-ended' });
    expect(core()).toEqual([]);
  });

  it('on 401 keeps the run when the membership turns out to be fine', async () => {
    script = [401, { status: 500, error: 'down' }];
    submitFinishedRun(scenario, finished());
    await pageOutbox.flush();
    expect(core()).toHaveLength(1);
    expect(membershipStore.getState().membership?.token).toBe(TOKEN);
  });

  it('empties the queue when the learner leaves the class (the runs could never be sent)', async () => {
    submitFinishedRun(scenario, finished());
    await pageOutbox.flush();
    expect(core()).toHaveLength(1);
    membershipStore.setState({ membership: undefined });
    expect(core()).toEqual([]);
    expect(storedItems()).toEqual([]);
  });
});

describe('backoff', () => {
  it('doubles from 1 s up to 5 minutes and takes off up to a quarter at random', () => {
    const none = () => 0;
    expect([1, 2, 3, 4, 9, 10, 20, 1000].map((n) => backoffDelay(n, none))).toEqual([1000, 2000, 4000, 8000, 256_000, BACKOFF_MAX_MS, BACKOFF_MAX_MS, BACKOFF_MAX_MS]);
    expect(backoffDelay(1, () => 1)).toBe(750);
    expect(backoffDelay(10, () => 0.5)).toBe(BACKOFF_MAX_MS * 0.875);
  });
});

describe('stored queue', () => {
  it('survives a reload', () => {
    const entry = box.enqueue(run())!;
    expect(
      createOutboxStore()
        .getState()
        .items.map((i) => i.id),
    ).toEqual([entry.id]);
  });

  it.each([
    ['text that is not JSON', '{"state":{"items":['],
    ['an item without an id', JSON.stringify({ state: { items: [{ scenarioId: 'x', scenarioVersion: 1, path: ['a'], finishedAt: 'now', attempts: 0, nextAttemptAt: 0 }], rejected: [] }, version: 1 })],
    ['items that are not a list', JSON.stringify({ state: { items: 'many', rejected: [] }, version: 1 })],
    [
      'an id that is no UUID',
      JSON.stringify({ state: { items: [{ id: '1', scenarioId: 'x', scenarioVersion: 1, path: ['a'], finishedAt: 'now', attempts: 0, nextAttemptAt: 0 }], rejected: [] }, version: 1 }),
    ],
  ])('discards %s and says so', (_what, raw) => {
    localStorage.setItem(OUTBOX_KEY, raw);
    const state = createOutboxStore().getState();
    expect([state.items, state.notice]).toEqual([[], 'outbox-reset']);
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();
  });

  it('says so on the page’s own outbox too when it re-reads a corrupt queue', async () => {
    localStorage.setItem(OUTBOX_KEY, 'garbage');
    await box.store.persist.rehydrate();
    expect(box.store.getState().notice).toBe('outbox-reset');
    expect(localStorage.getItem(OUTBOX_KEY)).toBeNull();
  });
});

describe('the subscribe API', () => {
  it('reports the queued count and the last error, with a stable snapshot between changes', async () => {
    const seen: [number, string | undefined][] = [];
    const stop = box.subscribe((s) => seen.push([s.queued, s.lastError]));
    expect(box.status()).toBe(box.status());
    script = ['network'];
    box.enqueue(run());
    await box.flush();
    stop();
    expect(seen).toEqual([
      [1, undefined],
      [1, 'offline'],
    ]);
    expect(box.status()).toMatchObject({ queued: 1, lastError: 'offline' });
  });
});

describe('the simulator hands finished runs to the outbox', () => {
  /** A complete path through the fixture scenario (module 4). */
  const PATH = ['defend', 'argue'];
  const classLink = (root: HTMLElement) => root.querySelector('[data-testid="class-link"]');

  it('queues and sends a run of an assigned module, in the mode the class set, and says where it went', async () => {
    membershipStore.setState({ membership: { ...MEMBER, assignments: [{ module: 4, mode: 'test', dueDate: null }] } });
    fallback = 201;
    const { root } = await renderSimulator(); // the page says practice (the default)
    expect(root.getAttribute('data-mode')).toBe('test');
    expect(textOf(classLink(root))).toBe(fill(word('de', 'learner.link.sendsTo'), { className: '7b', pseudonym: 'Fuchs' }));
    playPath(root, PATH);
    await act(async () => {
      await pageOutbox.flush();
    });
    expect(runPosts()).toHaveLength(1);
    expect(runPosts()[0]!.body).toMatchObject({ scenarioId: 'valid-minimal', scenarioVersion: 1, path: PATH });
    expect(textOf(classLink(root))).toContain(word('de', 'learner.link.sent'));
    expect(pageOutbox.store.getState().items).toEqual([]);
  });

  it('says a run waits for a connection while it cannot be sent', async () => {
    fallback = 'network';
    const { root } = await renderSimulator({ locale: 'en' });
    playPath(root, PATH);
    await act(async () => {
      await pageOutbox.flush();
    });
    expect(textOf(classLink(root))).toContain(word('en', 'learner.queued.one'));
    expect(pageOutbox.store.getState().items).toHaveLength(1);
  });

  it('keeps runs local, and the page’s mode, when the module is not assigned', async () => {
    membershipStore.setState({ membership: { ...MEMBER, assignments: [{ module: 6, mode: 'test', dueDate: null }] } });
    const { root } = await renderSimulator();
    expect(root.getAttribute('data-mode')).toBe('practice');
    expect(textOf(classLink(root))).toBe(word('de', 'learner.link.notAssigned'));
    playPath(root, PATH);
    await act(async () => {
      await pageOutbox.flush();
    });
    expect(sent).toEqual([]);
  });

  it('shows nothing of a class and sends nothing for a learner in no class', async () => {
    membershipStore.setState({ membership: undefined });
    const { root } = await renderSimulator({ mode: 'test' });
    expect(root.getAttribute('data-mode')).toBe('test');
    expect(classLink(root)).toBeNull();
    playPath(root, PATH);
    await act(async () => {
      await pageOutbox.flush();
    });
    expect(sent).toEqual([]);
  });
});

describe('requeue (disputes made after a run ended)', () => {
  const disputedPath = [{ write: { features: ['acknowledge' as const], analyser: '1.2.0', length: 9, disputed: ['acknowledge' as const] } }, 'offer'];

  it('gives a run still queued the new path, sent once, keeping its attempts', async () => {
    fallback = 'network';
    box.enqueue(RUN);
    await box.flush();
    const attempts = items()[0]!.attempts;
    box.requeue({ ...RUN, path: disputedPath });
    expect(items()).toHaveLength(1);
    expect(items()[0]).toMatchObject({ id: RUN.id, path: disputedPath, attempts });
    await box.flush(); // the flush requeue started: the run is not due yet
    fallback = 201;
    await box.flush({ force: true });
    expect(runPosts().at(-1)!.body).toMatchObject({ id: RUN.id, path: disputedPath });
    expect(items()).toHaveLength(0);
  });

  it('sends a run that was sent already again under its id, with the new path', async () => {
    fallback = 201;
    const first = run();
    box.enqueue(first);
    await box.flush();
    expect(items()).toHaveLength(0);
    fallback = 200;
    box.requeue({ ...first, path: disputedPath });
    await box.flush();
    expect(runPosts()).toHaveLength(2);
    expect(runPosts()[1]!.body).toMatchObject({ id: first.id, path: disputedPath });
    expect(items()).toHaveLength(0);
  });
});
