/**
 * The learner API client: what each request looks like on the wire and how every kind of answer
 * comes back (never as a throw). `fetch` is a recorder standing in for the network.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteLearner, getLearner, postJoin, postRun } from '../../src/learner/api-client.ts';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz0123456789';

interface Call {
  url: string;
  init: RequestInit;
}
let calls: Call[];
let answer: () => Promise<Response>;

function response(status: number, body?: unknown, json = true, headers: Record<string, string> = {}): Response {
  return {
    ok: status >= 200 && status < 300,
    status,
    headers: new Headers(headers),
    json: async () => {
      if (!json) throw new SyntaxError('Unexpected token < in JSON');
      return body;
    },
  } as Response;
}

beforeEach(() => {
  calls = [];
  answer = async () => response(200, {});
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer();
    }),
  );
});

afterEach(() => vi.unstubAllGlobals());

describe('requests', () => {
  it('POST /api/runs sends exactly the run’s fields with the token, no cookies, no cache', async () => {
    const run = { id: '5b0c7e52-8d8f-4d38-9a4c-0f1e2d3c4b5a', scenarioId: 's', scenarioVersion: 3, path: ['a', 'b'], finishedAt: '2026-01-01T00:00:00.000Z' };
    await postRun(TOKEN, { ...run, attempts: 2, nextAttemptAt: 5 } as typeof run);
    const [call] = calls;
    expect(call!.url).toBe('/api/runs');
    expect(call!.init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store' });
    expect(call!.init.headers).toEqual({ accept: 'application/json', authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' });
    expect(JSON.parse(call!.init.body as string)).toEqual(run);
  });

  it('POST /api/runs sends the choice-order seed when the run has one', async () => {
    const run = { id: '5b0c7e52-8d8f-4d38-9a4c-0f1e2d3c4b5a', scenarioId: 's', scenarioVersion: 3, path: ['a'], finishedAt: '2026-01-01T00:00:00.000Z', seed: 0 };
    await postRun(TOKEN, run);
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual(run);
  });

  it.each([
    ['getLearner', () => getLearner(TOKEN), 'GET', '/api/learner'],
    ['deleteLearner', () => deleteLearner(TOKEN), 'DELETE', '/api/learner'],
  ] as const)('%s sends the token and no body', async (_name, send, method, url) => {
    await send();
    expect(calls.map((c) => [c.init.method, c.url, c.init.body])).toEqual([[method, url, undefined]]);
    expect((calls[0]!.init.headers as Record<string, string>)['authorization']).toBe(`Bearer ${TOKEN}`);
  });

  it('postJoin sends code and pseudonym without a token', async () => {
    await postJoin('K7PM3QXA', 'Fuchs');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual({ code: 'K7PM3QXA', pseudonym: 'Fuchs' });
    expect((calls[0]!.init.headers as Record<string, string>)['authorization']).toBeUndefined();
  });
});

describe('answers', () => {
  it.each([
    ['a body', async () => response(201, { id: 'x' }), { kind: 'ok', status: 201, body: { id: 'x' } }],
    ['204 without a body', async () => response(204), { kind: 'ok', status: 204, body: undefined }],
    ['an error with the server’s message', async () => response(422, { error: 'This path is not possible.' }), { kind: 'http', status: 422, message: 'This path is not possible.' }],
    ['an error page that is not JSON (a proxy)', async () => response(502, undefined, false), { kind: 'http', status: 502, message: '' }],
    ['no answer at all', async () => Promise.reject(new TypeError('Failed to fetch')), { kind: 'network' }],
    ['a 429 with Retry-After in seconds', async () => response(429, { error: 'Too many.' }, true, { 'retry-after': '30' }), { kind: 'http', status: 429, message: 'Too many.', retryAfterMs: 30_000 }],
  ] as const)('turns %s into a result, never a throw', async (_what, reply, expected) => {
    answer = reply as () => Promise<Response>;
    await expect(getLearner(TOKEN)).resolves.toEqual(expected);
  });
});
