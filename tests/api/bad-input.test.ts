/**
 * What the BUILT server answers to bad, hostile or repeated input, on SQLite and PostgreSQL: every
 * mistake gets a 4xx with a message a person can act on, never a 500, and nothing half-stored.
 * Rate limits are per client address: tests that trip them connect from their own 127.0.0.x
 * address (see `from` in tests/support/api-server.ts), so they do not lock out the other tests.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api as rawApi, createTrainer, startApiServer, type ApiOptions, type ApiResponse, type ApiServer } from '../support/api-server.ts';
import { buildParty, createClass, expectedScore, joinClass, randomPath, rng, runBody, scenarioIdsOfModule, VALID_PATH, type Learner, type Party } from '../support/api-fixtures.ts';

const MAX_BODY = 64 * 1024;
const MAX_RUN_BODY = 16 * 1024;
const MARKUP = '<img src=x onerror=alert(1)>';

/** A JSON object of exactly `bytes` bytes: {"<field>":"xxx…"}. */
function jsonOfSize(bytes: number, field = 'name'): string {
  const frame = `{"${field}":""}`.length;
  return `{"${field}":"${'x'.repeat(bytes - frame)}"}`;
}

/** A body sent in chunks with no content-length (Transfer-Encoding: chunked). */
function streamOf(text: string, chunk = 8 * 1024): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunk));
      offset += chunk;
    },
  });
}

describe.each(DATABASE_KINDS)('bad input on %s', (kind) => {
  let server: ApiServer;
  let url: string;
  let a: Party;
  /** A second learner in A's class. */
  let other: Learner;
  /** Every answer of this file's requests, to check that none was a 500. */
  const answers: { what: string; status: number }[] = [];

  async function api(path: string, options: ApiOptions = {}): Promise<ApiResponse> {
    const res = await rawApi(url, path, options);
    answers.push({ what: `${options.method ?? (options.json !== undefined || options.body !== undefined || options.form ? 'POST' : 'GET')} ${path}`, status: res.status });
    return res;
  }

  /** Asserts the status and that the body is `{ error: <a sentence> }` JSON. */
  function expectProblem(res: ApiResponse, status: number, mentions?: string | RegExp): void {
    expect(res.status, res.text.slice(0, 300)).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(typeof res.json?.error).toBe('string');
    expect(res.json.error.length).toBeGreaterThan(10);
    if (mentions) expect(res.json.error).toMatch(mentions);
  }

  const runsWithId = async (id: string) => {
    const open = await server.openDatabase();
    try {
      return await open.db.selectFrom('runs').select(['id', 'learner_id', 'path', 'overall']).where('id', '=', id).execute();
    } finally {
      await open.close();
    }
  };

  beforeAll(async () => {
    server = await startApiServer(kind);
    url = server.url;
    a = await buildParty(server, { email: 'ahorn@example.org', className: 'Klasse Ahorn', pseudonym: 'Amsel Anna' });
    other = await joinClass(url, a.class.joinCode, 'Drossel Dora');
  }, 150_000);

  afterAll(async () => {
    await server?.dispose();
  });

  /** The routes that read a JSON body, with who may call them and a valid body. */
  const bodyRoutes = (): { name: string; path: string; method: string; auth: ApiOptions; valid: Record<string, unknown> }[] => [
    { name: 'create class', path: '/api/classes', method: 'POST', auth: { cookie: a.cookie }, valid: { name: 'Neue Klasse' } },
    { name: 'rename class', path: `/api/classes/${a.class.id}`, method: 'PATCH', auth: { cookie: a.cookie }, valid: { name: a.class.name } },
    { name: 'assign', path: `/api/classes/${a.class.id}/assignments`, method: 'POST', auth: { cookie: a.cookie }, valid: { module: 4 } },
    { name: 'change password', path: '/api/auth/password', method: 'POST', auth: { cookie: a.cookie }, valid: { current: 'x', next: 'y' } },
    { name: 'sign in', path: '/api/auth/sign-in', method: 'POST', auth: {}, valid: { email: a.email, password: 'x' } },
    { name: 'join', path: '/api/join', method: 'POST', auth: {}, valid: { code: a.class.joinCode, pseudonym: 'Neu' } },
    { name: 'send a run', path: '/api/runs', method: 'POST', auth: { bearer: a.learner.token }, valid: runBody() as unknown as Record<string, unknown> },
  ];

  it('malformed JSON → 400 "not valid JSON", on every route that reads JSON', async () => {
    for (const route of bodyRoutes()) {
      for (const body of ['{', '{"name": }', "{'name': 'x'}", '', '{"a":1}}', 'undefined']) {
        const res = await api(route.path, { method: route.method, ...route.auth, body, headers: { 'content-type': 'application/json' } });
        expectProblem(res, 400, /not valid JSON/);
      }
      // Valid JSON of the wrong shape is a 400 too, saying what is wrong.
      for (const body of ['null', '[]', '42', '"text"']) {
        const res = await api(route.path, { method: route.method, ...route.auth, body, headers: { 'content-type': 'application/json' } });
        expectProblem(res, 400, /Invalid request/);
      }
    }
  });

  it('a body that is not JSON (or a form) → 415', async () => {
    for (const route of bodyRoutes()) {
      const valid = JSON.stringify(route.valid);
      for (const type of ['application/xml', 'text/plain', 'multipart/form-data; boundary=x', 'text/json']) {
        const res = await api(route.path, { method: route.method, ...route.auth, body: valid, headers: { 'content-type': type } });
        expectProblem(res, 415, /JSON/);
      }
      // No content-type at all (raw bytes).
      const bare = await api(route.path, { method: route.method, ...route.auth, body: new TextEncoder().encode(valid) });
      expectProblem(bare, 415, /JSON/);
    }
  });

  it('a body just over 64 KB → 413, whether its length is declared or it is streamed in chunks', async () => {
    for (const route of bodyRoutes().filter((r) => r.path !== '/api/runs')) {
      const declared = await api(route.path, { method: route.method, ...route.auth, body: jsonOfSize(MAX_BODY + 1), headers: { 'content-type': 'application/json' } });
      expectProblem(declared, 413, /larger than 65536 bytes/);
      const streamed = await api(route.path, { method: route.method, ...route.auth, body: streamOf(jsonOfSize(MAX_BODY + 1)), headers: { 'content-type': 'application/json' } });
      expectProblem(streamed, 413, /larger than 65536 bytes/);
      // Exactly at the limit is read (and then refused for its content, not its size).
      const atLimit = await api(route.path, { method: route.method, ...route.auth, body: jsonOfSize(MAX_BODY), headers: { 'content-type': 'application/json' } });
      expect(atLimit.status, route.name).toBe(400);
    }
    const list = await api('/api/classes', { cookie: a.cookie });
    expect(list.json.classes.map((c: { name: string }) => c.name)).toEqual([a.class.name]);
  });

  it('POST /api/classes/:id (the HTML form route) with a declared body over 64 KB → 413', async () => {
    for (const auth of [{}, { cookie: a.cookie }]) {
      expectProblem(await api(`/api/classes/${a.class.id}`, { ...auth, body: jsonOfSize(MAX_BODY + 1), headers: { 'content-type': 'application/json' } }), 413);
      expectProblem(await api(`/api/classes/${a.class.id}`, { ...auth, form: { _action: 'rename', name: 'x'.repeat(MAX_BODY) } }), 413);
    }
  });

  // Was (issue 5, fixed in issue 11): a chunked body over 64 KB to the HTML form route never got an
  // answer: the form peek awaited cancelling one branch of a cloned stream, which never settles. The
  // Node server now reads every body within the limit before any route (request-guards.ts), answers
  // 413 and closes the connection; tests/api/hostile-requests.test.ts covers every route.
  it('POST /api/classes/:id with a chunked body over 64 KB → 413 reaches the client', async () => {
    const res = await rawApi(url, `/api/classes/${a.class.id}`, { body: streamOf(jsonOfSize(4 * MAX_BODY)), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
  });

  it('a run over 16 KB → 413, although the same fields could be valid', async () => {
    const path = Array.from({ length: 200 }, (_, i) => `${'x'.repeat(76)}${String(i).padStart(4, '0')}`);
    const body = JSON.stringify(runBody({ path }));
    expect(body.length).toBeGreaterThan(MAX_RUN_BODY);
    expect(body.length).toBeLessThan(MAX_BODY);
    expectProblem(await api('/api/runs', { bearer: a.learner.token, body, headers: { 'content-type': 'application/json' } }), 413, /larger than 16384 bytes/);
    expectProblem(await api('/api/runs', { bearer: a.learner.token, body: streamOf(body, 1024), headers: { 'content-type': 'application/json' } }), 413, /16384/);
  });

  it('unknown fields → 400 naming the field', async () => {
    for (const route of bodyRoutes()) {
      const res = await api(route.path, { method: route.method, ...route.auth, json: { ...route.valid, isAdmin: true } });
      expectProblem(res, 400, /isAdmin/);
      expect(res.json.details).toEqual([expect.objectContaining({ message: expect.stringContaining('isAdmin') })]);
    }
    // A client cannot bring its own score, ending or learner.
    for (const field of ['overall', 'scores', 'endingId', 'learnerId', 'module']) {
      const res = await api('/api/runs', { bearer: a.learner.token, json: { ...runBody(), [field]: field === 'scores' ? { empathy: 100 } : 100 } });
      expectProblem(res, 400, new RegExp(field));
    }
  });

  it('fields of the wrong type or range → 400 naming the field', async () => {
    const cases: [string, ApiOptions, RegExp][] = [
      ['/api/classes', { cookie: a.cookie, json: { name: '   ' } }, /name/],
      ['/api/classes', { cookie: a.cookie, json: { name: 'x'.repeat(81) } }, /name/],
      ['/api/classes', { cookie: a.cookie, json: { name: 42 } }, /name/],
      ['/api/classes', { cookie: a.cookie, json: {} }, /name/],
      [`/api/classes/${a.class.id}`, { method: 'PATCH', cookie: a.cookie, json: {} }, /Nothing to change/],
      [`/api/classes/${a.class.id}`, { method: 'PATCH', cookie: a.cookie, json: { archived: 'maybe' } }, /archived/],
      [`/api/classes/${a.class.id}/assignments`, { cookie: a.cookie, json: { module: 11 } }, /module/],
      [`/api/classes/${a.class.id}/assignments`, { cookie: a.cookie, json: { module: 4.5 } }, /module/],
      [`/api/classes/${a.class.id}/assignments`, { cookie: a.cookie, json: { module: 4, mode: 'exam' } }, /mode/],
      [`/api/classes/${a.class.id}/assignments`, { cookie: a.cookie, json: { module: 4, dueDate: '31.12.2026' } }, /dueDate/],
      ['/api/join', { json: { code: 'AB', pseudonym: 'Neu' } }, /code/],
      ['/api/join', { json: { code: a.class.joinCode, pseudonym: 'N' } }, /at least 2/],
      ['/api/join', { json: { code: a.class.joinCode, pseudonym: 'N'.repeat(31) } }, /at most 30/],
      ['/api/join', { json: { code: a.class.joinCode, pseudonym: MARKUP } }, /letters, digits/],
      ['/api/join', { json: { code: a.class.joinCode, pseudonym: '=1+1' } }, /letters, digits/],
      ['/api/auth/sign-in', { json: { email: 'not-an-address', password: 'x' } }, /email/],
      ['/api/runs', { bearer: a.learner.token, json: runBody({ finishedAt: 'yesterday' }) }, /finishedAt/],
      ['/api/runs', { bearer: a.learner.token, json: runBody({ scenarioVersion: 0 }) }, /scenarioVersion/],
      ['/api/runs', { bearer: a.learner.token, json: runBody({ path: [] }) }, /path/],
      ['/api/runs', { bearer: a.learner.token, json: runBody({ path: Array.from({ length: 201 }, () => 'zusage') }) }, /path/],
      ['/api/runs', { bearer: a.learner.token, json: runBody({ scenarioId: 'Paket Verspätet' }) }, /scenarioId/],
    ];
    for (const [path, options, mentions] of cases) expectProblem(await api(path, options), 400, mentions);
    // Module 4's two scenarios are still the only assignments, and the class kept its name.
    const d = await api(`/api/classes/${a.class.id}`, { cookie: a.cookie });
    expect(d.json.assignments.map((x: { module: number }) => x.module)).toEqual(scenarioIdsOfModule(4).map(() => 4));
    expect(d.json.class.name).toBe(a.class.name);
  });

  describe('tampered runs', () => {
    it('a path the scenario does not allow → 422 naming the choice; nothing is stored', async () => {
      const cases: [string[], string][] = [
        [['verstaendnis-dm', 'erfundene-wahl', 'zusage', 'update-fakten', 'dank-weitergeben'], 'erfundene-wahl'],
        // A real choice of a later decision, played first.
        [['troll-ausblenden', 'verstaendnis-dm', 'zusage', 'update-fakten', 'dank-weitergeben'], 'troll-ausblenden'],
        // One more choice after the ending.
        [[...VALID_PATH, 'zusage'], 'zusage'],
      ];
      for (const [path, named] of cases) {
        const body = runBody({ path });
        const res = await api('/api/runs', { bearer: a.learner.token, json: body });
        expectProblem(res, 422, new RegExp(`"${named}"`));
        expect(await runsWithId(body.id)).toEqual([]);
      }
    });

    it('a path that stops before an ending → 422', async () => {
      const body = runBody({ path: VALID_PATH.slice(0, 3) });
      expectProblem(await api('/api/runs', { bearer: a.learner.token, json: body }), 422, /does not reach an ending/);
      expect(await runsWithId(body.id)).toEqual([]);
    });

    it('another version of the scenario → 409', async () => {
      const current = runBody().scenarioVersion;
      for (const version of [current + 1, 99_999]) {
        const body = runBody({ scenarioVersion: version });
        expectProblem(await api('/api/runs', { bearer: a.learner.token, json: body }), 409, new RegExp(`version ${current}, your run: `));
        expect(await runsWithId(body.id)).toEqual([]);
      }
    });

    it('a scenario of a module not assigned to the class → 403; an unknown scenario → 404', async () => {
      const body = runBody({ scenarioId: 'baeckerei-bewertung', path: randomPath(rng(3), 'baeckerei-bewertung') });
      expectProblem(await api('/api/runs', { bearer: a.learner.token, json: body }), 403, /"baeckerei-bewertung" \(module 3\) is not assigned/);
      expect(await runsWithId(body.id)).toEqual([]);
      expectProblem(await api('/api/runs', { bearer: a.learner.token, json: runBody({ scenarioId: 'gibt-es-nicht' }) }), 404, /gibt-es-nicht/);
    });

    it('a run id that is not a UUID → 400', async () => {
      for (const id of ['run-1', '', '12345678-1234-1234-1234-1234567890ab-x', "1' OR '1'='1", 'ä'.repeat(36)]) {
        expectProblem(await api('/api/runs', { bearer: a.learner.token, json: runBody({ id }) }), 400, /id/);
      }
    });

    it('a resend with the same id and body → 200 created:false, stored once', async () => {
      const body = runBody();
      const first = await api('/api/runs', { bearer: a.learner.token, json: body });
      expect(first.status).toBe(201);
      expect(first.json).toEqual({ id: body.id, created: true, endingId: expectedScore(VALID_PATH).endingId, overall: expectedScore(VALID_PATH).overall });
      for (let i = 0; i < 3; i++) {
        const again = await api('/api/runs', { bearer: a.learner.token, json: body });
        expect(again.status).toBe(200);
        expect(again.json).toEqual({ ...first.json, created: false });
      }
      // Sent at the same moment, too.
      const burst = await Promise.all(Array.from({ length: 5 }, () => api('/api/runs', { bearer: a.learner.token, json: body })));
      expect(burst.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
      expect(await runsWithId(body.id)).toHaveLength(1);
    });

    it('the same run id from another learner → 409; the run stays the first learner\'s', async () => {
      const body = runBody();
      expect((await api('/api/runs', { bearer: a.learner.token, json: body })).status).toBe(201);
      expectProblem(await api('/api/runs', { bearer: other.token, json: body }), 409, /already used/);
      // Both at once, on a fresh id: one gets it, the other a 409.
      const fresh = runBody();
      const both = await Promise.all([api('/api/runs', { bearer: a.learner.token, json: fresh }), api('/api/runs', { bearer: other.token, json: fresh })]);
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      const winner = both[0]!.status === 201 ? a.learner.id : other.id;
      expect(await runsWithId(body.id)).toEqual([expect.objectContaining({ learner_id: a.learner.id })]);
      expect(await runsWithId(fresh.id)).toEqual([expect.objectContaining({ learner_id: winner })]);
    });

    it('a resend with the same id but another path changes nothing that is stored', async () => {
      const body = runBody();
      expect((await api('/api/runs', { bearer: a.learner.token, json: body })).status).toBe(201);
      const before = await runsWithId(body.id);
      const otherPath = randomPath(rng(7));
      const res = await api('/api/runs', { bearer: a.learner.token, json: { ...body, path: otherPath } });
      expect(res.status).not.toBe(201);
      expect(await runsWithId(body.id)).toEqual(before);
    });

    // Was a bug (fixed), kept as a regression test: src/server/services/ingest.ts:71-76: a resend whose body differs from the stored run is
    // answered 200 created:false with the ending and score of the NEW body, which was never stored:
    // the device shows the learner a result the trainer never sees. Expected: the stored run's
    // ending and score (or a 409 for a different body under a used id).
    it('regression (ingest.ts): a resend with another path is not answered with a score that was never stored', async () => {
      const body = runBody();
      const first = await rawApi(url, '/api/runs', { bearer: a.learner.token, json: body });
      const otherPath = randomPath(rng(7));
      expect(expectedScore(otherPath).overall).not.toBe(first.json.overall);
      const res = await rawApi(url, '/api/runs', { bearer: a.learner.token, json: { ...body, path: otherPath } });
      if (res.status === 200) expect({ endingId: res.json.endingId, overall: res.json.overall }).toEqual({ endingId: first.json.endingId, overall: first.json.overall });
      else expect(res.status).toBe(409);
    });

    it('a run into an archived class → 403, and joining it → 404', async () => {
      const archived = await createClass(url, a.cookie, 'Archivklasse');
      await api(`/api/classes/${archived.id}/assignments`, { cookie: a.cookie, json: { module: 4 } });
      const learner = await joinClass(url, archived.joinCode, 'Eule Emil');
      expect((await api(`/api/classes/${archived.id}`, { method: 'PATCH', cookie: a.cookie, json: { archived: true } })).status).toBe(200);
      const body = runBody();
      expectProblem(await api('/api/runs', { bearer: learner.token, json: body }), 403, /archived/);
      expect(await runsWithId(body.id)).toEqual([]);
      expectProblem(await api('/api/join', { json: { code: archived.joinCode, pseudonym: 'Fink Frida' }, from: '127.0.0.90' }), 404);
      expect((await api(`/api/classes/${archived.id}`, { method: 'PATCH', cookie: a.cookie, json: { archived: false } })).status).toBe(200);
      expect((await api('/api/runs', { bearer: learner.token, json: body })).status).toBe(201);
    });
  });

  it('a garbage bearer token → 401', async () => {
    const headers = [
      'Bearer garbage',
      `Bearer ${'x'.repeat(43)}`,
      `Bearer ${a.learner.token}x`,
      `Bearer ${a.learner.token} ${a.learner.token}`,
      `bearer ${'y'.repeat(300)}`,
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      'Bearer',
      `Bearer ${"' OR 1=1 --".padEnd(30, 'x')}`,
    ];
    for (const authorization of headers) {
      for (const [method, path] of [['GET', '/api/learner'], ['DELETE', '/api/learner'], ['POST', '/api/runs']] as const) {
        const res = await api(path, { method, headers: { authorization }, ...(method === 'POST' ? { json: runBody() } : {}) });
        expectProblem(res, 401);
      }
    }
    expect((await api('/api/learner', { bearer: a.learner.token })).status).toBe(200);
  });

  it('a garbage session cookie → 401', async () => {
    for (const cookie of ['cs_session=garbage', 'cs_session=', `cs_session=${'z'.repeat(5000)}`, 'cs_session=%E0%A4%A', `other=1; ${a.cookie}x`]) {
      expectProblem(await api('/api/me', { cookie }), 401);
      expectProblem(await api('/api/classes', { cookie, json: { name: 'x' } }), 401);
    }
  });

  it('ids in the path that are not UUIDs → 404, never an error', async () => {
    for (const id of ['not-a-uuid', "1'%20OR%20'1'='1", '%00', '..%2F..%2Fetc%2Fpasswd', 'x'.repeat(300), randomUUID().toUpperCase(), '%F0%9F%92%A9']) {
      expectProblem(await api(`/api/classes/${id}`, { cookie: a.cookie }), 404);
      expectProblem(await api(`/api/classes/${id}/export.csv`, { cookie: a.cookie }), 404);
      expectProblem(await api(`/api/classes/${a.class.id}/learners/${id}`, { cookie: a.cookie }), 404);
      expectProblem(await api(`/api/classes/${a.class.id}/learners/${id}`, { method: 'DELETE', cookie: a.cookie }), 404);
      // %00 as an assignment id: see the PostgreSQL bug below.
      if (id !== '%00') expectProblem(await api(`/api/classes/${a.class.id}/assignments/${id}`, { method: 'DELETE', cookie: a.cookie }), 404);
    }
  });

  // Was a bug (fixed), kept as a regression test: src/pages/api/classes/[id]/assignments/[assignmentId].ts:15 passes the raw path parameter
  // to the query (unlike findOwnClass, which checks the class id is a UUID first); on PostgreSQL a
  // NUL in it ("%00") makes the query fail: 500 instead of 404. Reproduce:
  //   curl -X DELETE -H 'origin: http://HOST' -b cs_session=… http://HOST/api/classes/<own class id>/assignments/%00
  it(
    `DELETE of assignment "%00" → 404, not a 500`,
    async () => {
      const res = await rawApi(url, `/api/classes/${a.class.id}/assignments/%00`, { method: 'DELETE', cookie: a.cookie });
      expect(res.status).toBe(404);
    },
  );

  it('markup in text fields is stored and answered verbatim as JSON (escaping is the pages\' job)', async () => {
    const created = await api('/api/classes', { cookie: a.cookie, json: { name: MARKUP } });
    expect(created.status).toBe(201);
    expect(created.json.class.name).toBe(MARKUP);
    const list = await api('/api/classes', { cookie: a.cookie });
    expect(list.headers.get('content-type')).toMatch(/^application\/json/);
    expect(list.headers.get('x-content-type-options')).toBe('nosniff');
    expect(list.json.classes.map((c: { name: string }) => c.name)).toContain(MARKUP);
    expect(list.text).toContain(JSON.stringify(MARKUP));
    const id = created.json.class.id as string;
    expect((await api(`/api/classes/${id}`, { cookie: a.cookie })).json.class.name).toBe(MARKUP);
    // Other markup through PATCH, on a second class: verbatim again.
    const other = '"><script>alert(2)</script>&amp;';
    const second = await createClass(url, a.cookie, 'Zweitklasse');
    expect((await api(`/api/classes/${second.id}`, { method: 'PATCH', cookie: a.cookie, json: { name: other } })).status).toBe(200);
    expect((await api(`/api/classes/${second.id}`, { cookie: a.cookie })).json.class.name).toBe(other);
    // The CSV's file name is made of letters and digits only.
    const csv = await api(`/api/classes/${second.id}/export.csv`, { cookie: a.cookie });
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="script-alert-2-script-amp.csv"');

    // The trainer pages show the names as text (a missing page fails here rather than skipping the check).
    const page = await api('/trainer/', { cookie: a.cookie });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).not.toContain('<img src=x onerror');
    expect(page.text).not.toContain('<script>alert(2)');
    expect(page.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page.text).toMatch(/&lt;script&gt;alert\(2\)&lt;\/script&gt;/);
  });

  // Was a bug (fixed), kept as a regression test: PostgreSQL text cannot hold U+0000, so a class name
  // with a NUL once reached the insert and failed there with a 500 (SQLite stored it: the engines
  // disagreed). readBody now refuses NUL in any text, on both databases alike.
  it('a class name with a NUL character → 400 "must not contain NUL", and no class is stored', async () => {
    for (const request of [
      { path: '/api/classes', method: 'POST' },
      { path: `/api/classes/${a.class.id}`, method: 'PATCH' },
    ]) {
      const res = await api(request.path, { method: request.method, cookie: a.cookie, json: { name: 'Klasse\u0000Null' } });
      expectProblem(res, 400, /must not contain NUL/);
    }
    const list = await api('/api/classes', { cookie: a.cookie });
    expect(list.json.classes.map((c: { name: string }) => c.name).filter((n: string) => n.includes('\u0000'))).toEqual([]);
  });

  describe('rate limits (each client its own 127.0.0.x address)', () => {
    it('join with a wrong code → 404; after 20 wrong codes → 429, even for the right code, for that client only', async () => {
      const from = '127.0.0.50';
      for (let i = 0; i < 20; i++) {
        expectProblem(await api('/api/join', { json: { code: `WRNG-${String(i).padStart(4, 'A')}`, pseudonym: 'Rater' }, from }), 404, /No class has this code/);
      }
      expectProblem(await api('/api/join', { json: { code: 'WRNG-CODE', pseudonym: 'Rater' }, from }), 429, /Too many wrong codes/);
      expectProblem(await api('/api/join', { json: { code: a.class.joinCode, pseudonym: 'Rater' }, from }), 429);
      // Another client is not affected.
      expect((await api('/api/join', { json: { code: a.class.joinCode, pseudonym: 'Ehrliche Haut' }, from: '127.0.0.51' })).status).toBe(201);
    });

    it('X-Forwarded-For does not buy a guesser new attempts', async () => {
      const from = '127.0.0.52';
      for (let i = 0; i < 20; i++) {
        const res = await api('/api/join', { json: { code: 'FALS-CHER', pseudonym: 'Rater' }, from, headers: { 'x-forwarded-for': `10.0.${i}.1` } });
        expect(res.status).toBe(404);
      }
      expectProblem(await api('/api/join', { json: { code: 'FALS-CHER', pseudonym: 'Rater' }, from, headers: { 'x-forwarded-for': '10.9.9.9' } }), 429);
    });

    it('sign-in with a wrong password → 401; after 5 failures for an e-mail → 429 for it, from any client', async () => {
      await createTrainer(server.env, 'ceder@example.org', 'ceder-password-3');
      const unknown = await api('/api/auth/sign-in', { json: { email: 'niemand@example.org', password: 'whatever-123' }, from: '127.0.0.59' });
      for (let i = 0; i < 5; i++) {
        // From five different clients: only the e-mail's counter reaches 5.
        const res = await api('/api/auth/sign-in', { json: { email: 'ceder@example.org', password: `wrong-password-${i}` }, from: `127.0.0.${60 + i}` });
        expectProblem(res, 401, /E-mail or password is wrong/);
        // A wrong password and an unknown e-mail read the same.
        expect(res.json).toEqual(unknown.json);
      }
      expectProblem(await api('/api/auth/sign-in', { json: { email: 'ceder@example.org', password: 'ceder-password-3' }, from: '127.0.0.65' }), 429, /Too many failed sign-ins/);
      expectProblem(await api('/api/auth/sign-in', { json: { email: 'CEDER@example.org', password: 'ceder-password-3' }, from: '127.0.0.66' }), 429);
      // Another account from the same client is not affected.
      expect((await api('/api/auth/sign-in', { json: { email: a.email, password: a.password }, from: '127.0.0.65' })).status).toBe(200);
    });

    it('after 20 failed sign-ins from one client → 429 for that client, for any e-mail', async () => {
      const from = '127.0.0.70';
      for (let i = 0; i < 20; i++) {
        expectProblem(await api('/api/auth/sign-in', { json: { email: `probe-${i}@example.org`, password: 'guess-guess' }, from }), 401);
      }
      expectProblem(await api('/api/auth/sign-in', { json: { email: a.email, password: a.password }, from }), 429);
      expect((await api('/api/auth/sign-in', { json: { email: a.email, password: a.password }, from: '127.0.0.71' })).status).toBe(200);
    });
  });

  it('none of the answers above was a 500, and the server logged no error', () => {
    expect(answers.length).toBeGreaterThan(200);
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    // The first line of each error the server logged; the NUL bugs on PostgreSQL (above) are known.
    const errors = server
      .logs()
      .split('\n')
      .filter((line) => /^(\w*Error\b|error: )|\[ERROR\]/.test(line))
      .filter((line) => !/invalid byte sequence for encoding "UTF8": 0x00/.test(line));
    expect(errors).toEqual([]);
  });
});
