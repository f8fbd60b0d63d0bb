/**
 * Seeded fuzzing of the BUILT server on SQLite and PostgreSQL (issue 11, item 4): a few hundred
 * requests over every route with random methods (known, unusual and made-up tokens), Host values,
 * content types and encodings, cookies and tokens (valid and not), JSON of random shapes and
 * depths, forms, raw bytes and chunked bodies. Every request must get an answer, none a 5xx, and
 * the server log must show no stack trace. Deterministic: the same seed sends the same requests
 * (FUZZ_SEED=<n> to try another; a failure names the seed and the request).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { startApiServer, type ApiServer } from '../support/api-server.ts';
import { buildParty, rng, runBody, type Party } from '../support/api-fixtures.ts';
import { rawRequest, type RawOptions } from '../support/raw-http.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261203);
const REQUESTS = 300;

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A JSON value of random shape, nested up to `depth`. */
function jsonValue(random: Random, depth: number): unknown {
  const r = random();
  if (depth <= 0 || r < 0.3) {
    return pick(random, [null, true, false, 0, -1, 1e308, 4.5, '', 'x', 'Ä\u0000b', '<script>', '\u202e', 'A'.repeat(300), '{id}', '//evil.example', 'Анна', '🙂'] as const);
  }
  if (r < 0.65) return Array.from({ length: Math.floor(random() * 4) }, () => jsonValue(random, depth - 1));
  const keys = ['name', 'code', 'pseudonym', 'email', 'password', 'current', 'next', 'module', 'mode', 'dueDate', 'archived', 'id', 'scenarioId', 'scenarioVersion', 'path', 'finishedAt', '__proto__', 'constructor', 'redirect', '_action', 'write', 'features', 'analyser', 'length', 'text', 'lang', 'disputed', 'collectReplies'];
  return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [pick(random, keys), jsonValue(random, depth - 1)]));
}

/** A run whose first step is a written reply with random (mostly wrong) parts (issue 12). */
function writtenRunBody(random: Random) {
  const write = {
    features: pick(random, [[], ['acknowledge', 'next-step'], ['insult', 'insult'], ['nope'], Array(30).fill('threat'), 'insult']),
    analyser: pick(random, ['1.1.0', '0.0.1', '', 'x'.repeat(100), 7]),
    length: pick(random, [0, 40, 500, 501, -1, 1.5, 1e9, '40']),
    ...(random() < 0.5 ? { text: pick(random, ['Verstehe dich. Schreib uns per DM.', '<script>alert(1)</script>', '\u202e\u200b', 'x'.repeat(3000), '🙂'.repeat(300)]) } : {}),
    ...(random() < 0.3 ? { lang: pick(random, ['de', 'en', 'fr']) } : {}),
    ...(random() < 0.3 ? { disputed: pick(random, [['insult'], ['x'], null]) } : {}),
  };
  return runBody({ path: [{ write } as never, 'troll-ausblenden'] });
}

/** A body: JSON (valid shapes, random shapes, deep nests), a form, raw bytes, or nothing. */
function body(random: Random, party: Party): { text?: string | Buffer; type?: string } {
  const r = random();
  if (r < 0.15) return {};
  if (r < 0.45) return { text: JSON.stringify(jsonValue(random, Math.floor(random() * 6))), type: 'application/json' };
  if (r < 0.55) {
    const depth = pick(random, [31, 33, 100, 3000]);
    return { text: '['.repeat(depth) + ']'.repeat(depth), type: 'application/json' };
  }
  if (r < 0.65) return { text: JSON.stringify(pick(random, [runBody(), runBody({ finishedAt: '9999-01-01T00:00:00Z' }), writtenRunBody(random), writtenRunBody(random), { module: 4, collectReplies: pick(random, [true, 'on', 1, 'yes']) }, { code: party.class.joinCode, pseudonym: pick(random, ['Neu Nina', '\u0410nna', ' x ', 'Ｎｅｕ Ｎｉｎａ']) }, { name: 'Fuzz' }, { module: 4 }])), type: 'application/json' };
  if (r < 0.8) {
    const form = new URLSearchParams({ _action: pick(random, ['rename', 'archive', 'delete', 'x']), name: 'Fuzz', redirect: pick(random, ['/trainer/', '/{id}/evil.example', '//evil.example', '/\\evil', 'https://evil.example']) });
    return { text: form.toString(), type: 'application/x-www-form-urlencoded' };
  }
  const bytes = Buffer.alloc(Math.floor(random() * 2000));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return { text: bytes, type: pick(random, ['application/json', 'application/json; charset=utf-16', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', '']) };
}

function request(random: Random, server: ApiServer, party: Party): { path: string; options: RawOptions } {
  const id = pick(random, [party.class.id, 'nope', '00000000-0000-0000-0000-000000000000', '%00', '..%2f..', 'x'.repeat(500), 'Ä']);
  const path =
    pick(random, [
      '/api/health', '/api/join', '/api/learner', '/api/me', '/api/runs', '/api/auth/password', '/api/auth/register', '/api/auth/sign-in', '/api/auth/sign-out',
      '/api/classes', `/api/classes/${id}`, `/api/classes/${id}/export.csv`, `/api/classes/${id}/qr.svg`, `/api/classes/${id}/assignments`,
      `/api/classes/${id}/assignments/${party.assignmentId}`, `/api/classes/${id}/learners/${party.learner.id}`, '/api/nothing', '/trainer/', '/en/trainer/', `/trainer/class/${id}`, '/', '/beitreten/',
    ]) + pick(random, ['', '', '?locale=en', '?locale=' + 'x'.repeat(200), '?redirect=//evil.example', '?%zz']);
  const method = pick(random, ['GET', 'GET', 'POST', 'POST', 'PATCH', 'DELETE', 'PUT', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECTX', 'M-SEARCH', 'PURGE']);
  const port = new URL(server.url).port;
  const headers: Record<string, string> = {};
  const host = pick(random, [`127.0.0.1:${port}`, `127.0.0.1:${port}`, `localhost:${port}`, `user@127.0.0.1:${port}`, 'a'.repeat(400), `[::1]:${port}`, 'evil.example', `127.0.0.1:${port}/x`, '..']);
  headers['host'] = host;
  if (random() < 0.6) headers['origin'] = pick(random, [server.url, 'https://evil.example', 'null', `http://${host}`]);
  if (random() < 0.5) headers['cookie'] = pick(random, [party.cookie, 'cs_session=garbage', 'cs_session=', `cs_session=${'x'.repeat(4000)}`, 'a=b; c']);
  if (random() < 0.4) headers['authorization'] = pick(random, [`Bearer ${party.learner.token}`, 'Bearer short', `Bearer ${'x'.repeat(40)}`, 'Basic YTpi', 'Bearer']);
  if (random() < 0.2) headers['content-encoding'] = pick(random, ['gzip', 'br', 'identity', 'x-nonsense']);
  if (random() < 0.3) headers['accept-encoding'] = pick(random, ['gzip', 'br', 'br;q=0, gzip;q=0', '*', 'nonsense']);
  if (random() < 0.2) headers['if-none-match'] = pick(random, ['*', '"x"', 'W/"a", "b"', '']);
  const { text, type } = method === 'GET' || method === 'HEAD' ? (random() < 0.9 ? {} : body(random, party)) : body(random, party);
  if (type !== undefined) headers['content-type'] = type;
  const chunked = text !== undefined && random() < 0.3;
  if (chunked) headers['transfer-encoding'] = 'chunked';
  return { path, options: { method, headers, ...(text !== undefined ? { body: text } : {}), ...(chunked ? { chunks: 1 } : {}), timeoutMs: 20_000 } };
}

describe.each(DATABASE_KINDS)('fuzzing on %s', (kind) => {
  let server: ApiServer;
  let party: Party;

  beforeAll(async () => {
    server = await startApiServer(kind);
    party = await buildParty(server, { email: 'fuzz@example.org', className: 'Klasse Fuzz', pseudonym: 'Fuzzy Fritz' });
  }, 150_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it(`${REQUESTS} random requests (seed ${SEED}): every one answered, none with a 5xx`, async () => {
    const random = rng(SEED);
    const failures: string[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const { path, options } = request(random, server, party);
      const what = `#${i} ${options.method} ${path.slice(0, 80)} host=${options.headers?.['host']?.slice(0, 30)} type=${options.headers?.['content-type']}`;
      try {
        const res = await rawRequest(server.url, path, options);
        if (res.status >= 500 || res.status < 100) failures.push(`${what} → ${res.status} ${res.text.slice(0, 200)}`);
      } catch (error) {
        failures.push(`${what} → no answer: ${(error as Error).message}`);
      }
    }
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(server.logs()).not.toMatch(/\n\s+at /);
  }, 240_000);
});
