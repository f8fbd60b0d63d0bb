/**
 * Who may call what: every route and method under src/pages/api, called against the BUILT server
 * (SQLite and PostgreSQL) as five actors: nobody, trainer A, trainer B (on A's ids), learner A and
 * learner B (device tokens). Two complete parties exist (trainer, class, module 4 assigned, a
 * learner with one run); no answer to one party may contain the other party's ids, names or codes.
 *
 * The table is checked against the route files: a new route or method fails the first test until it
 * has a row here, so nothing slips through unreviewed.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { ownScenarioYaml } from '../support/own-scenario-fixtures.ts';
import { startFastPath } from '../support/fast-path-server.ts';
import { api, ROOT, signIn, startApiServer, type ApiOptions, type ApiResponse, type ApiServer } from '../support/api-server.ts';
import {
  assign,
  buildParty,
  createClass,
  expectedScore,
  expectNoneOf,
  joinClass,
  runBody,
  secretsOf,
  VALID_PATH,
  type Party,
  scenarioIdsOfModule,
} from '../support/api-fixtures.ts';

const API_DIR = join(ROOT, 'src', 'pages', 'api');
const METHOD_EXPORT = /export\s+(?:const|(?:async\s+)?function)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ALL)\b/g;

/** Every route file under src/pages/api with the methods it exports: "POST /api/classes/[id]". */
function routeFiles(): { file: string; route: string; methods: string[]; source: string }[] {
  const out: { file: string; route: string; methods: string[]; source: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|js|mjs)$/.test(entry.name)) {
        const rel = relative(API_DIR, path).split('\\').join('/');
        const route = `/api/${rel.replace(/\.(ts|js|mjs)$/, '')}`.replace(/\/index$/, '');
        const source = readFileSync(path, 'utf8');
        out.push({ file: `src/pages/api/${rel}`, route, methods: [...source.matchAll(METHOD_EXPORT)].map((m) => m[1]!), source });
      }
    }
  };
  walk(API_DIR);
  return out;
}

type Actor = 'anonymous' | 'trainerA' | 'trainerB' | 'learnerA' | 'learnerB';
const ACTORS: Actor[] = ['anonymous', 'trainerA', 'trainerB', 'learnerA', 'learnerB'];

interface World {
  server: ApiServer;
  url: string;
  a: Party;
  b: Party;
  /** Classes each trainer owns (their own class plus any created in the matrix). */
  classesOf: { a: Set<string>; b: Set<string> };
  /** Values a case's request makes for its check (e.g. a fresh session). */
  scratch: Record<string, string>;
}

/** A's own scenario (saved in beforeAll): only A and A's learners may reach it. */
const A_SCENARIO = 'ahorn-eigenes-szenario';
const A_SCENARIO_YAML = ownScenarioYaml(A_SCENARIO);
const ownScenarioIdsOf = (res: ApiResponse) => (res.json.scenarios as { id: string }[]).map((s) => s.id);

interface Case {
  status: number;
  /** The path; default: the route with A's class, assignment and learner ids filled in. */
  path?: (w: World) => string | Promise<string>;
  /** The request; the actor's credentials are added unless `noAuth`. */
  request?: (w: World) => ApiOptions | Promise<ApiOptions>;
  noAuth?: boolean;
  /** Strings the answer must not contain; default: the other party's (both, for anonymous). */
  forbid?: (w: World) => string[];
  check?: (res: ApiResponse, w: World) => void | Promise<void>;
}

type Row = Record<Actor, Case>;

/** The same case for every actor. */
const everyone = (c: (actor: Actor) => Case): Row => ({ anonymous: c('anonymous'), trainerA: c('trainerA'), trainerB: c('trainerB'), learnerA: c('learnerA'), learnerB: c('learnerB') });

// ---------------------------------------------------------------------------------------------- helpers

const as = (w: World, actor: Actor): ApiOptions =>
  actor === 'trainerA' ? { cookie: w.a.cookie } : actor === 'trainerB' ? { cookie: w.b.cookie } : actor === 'learnerA' ? { bearer: w.a.learner.token } : actor === 'learnerB' ? { bearer: w.b.learner.token } : {};

const defaultForbid = (w: World, actor: Actor): string[] =>
  actor === 'anonymous' ? [...secretsOf(w.a), ...secretsOf(w.b)] : actor.endsWith('A') ? secretsOf(w.b) : secretsOf(w.a);

/** Form posts, as the trainer pages send them (api() adds the site's Origin, as a browser would). */
const form = (fields: Record<string, string>): ApiOptions => ({ form: fields });

const get = (w: World, path: string, options: ApiOptions = {}) => api(w.url, path, options);
const dashboardOfA = async (w: World) => {
  const res = await get(w, `/api/classes/${w.a.class.id}`, { cookie: w.a.cookie });
  expect(res.status).toBe(200);
  return res.json;
};
const expectAClassIntact = async (w: World) => {
  const d = await dashboardOfA(w);
  expect(d.class.name).toBe(w.a.class.name);
  expect(d.assignments.map((x: { id: string }) => x.id)).toContain(w.a.assignmentId);
  expect(d.learners.map((x: { id: string }) => x.id)).toContain(w.a.learner.id);
};
const learnerStillThere = async (w: World, token: string) => expect((await get(w, '/api/learner', { bearer: token })).status).toBe(200);

const NO_SUCH_CLASS = 'There is no such class.';
const is401 = { status: 401 };
const learners401 = { learnerA: is401, learnerB: is401 };

/** A trainer-only route on A's class: nobody 401, B 404 with A's class left as it was, learners 401. */
function trainerRoute(a: Case, options: { request?: Case['request']; afterRefused?: (w: World) => Promise<void> } = {}): Row {
  const refused = (status: number): Case => ({
    status,
    ...(options.request ? { request: options.request } : {}),
    check: async (res, w) => {
      if (status === 404) expect(res.json?.error).toBe(NO_SUCH_CLASS);
      await expectAClassIntact(w);
      await options.afterRefused?.(w);
    },
  });
  return { anonymous: refused(401), trainerA: a, trainerB: refused(404), learnerA: refused(401), learnerB: refused(401) };
}


/** A live session of trainer A (made once per world), for the live routes' rows. */
const liveOfA = async (w: World): Promise<string> => {
  if (!w.scratch['liveA']) {
    const res = await api(w.url, '/api/live', { cookie: w.a.cookie, json: { scenarioId: 'paket-verspaetet', classId: w.a.class.id } });
    expect(res.status).toBe(201);
    w.scratch['liveA'] = res.json.session.id;
    w.scratch['liveCodeA'] = res.json.session.code;
  }
  return w.scratch['liveA']!;
};
/** A fresh live session of trainer A, to be deleted. */
const throwawayLiveOfA = async (w: World): Promise<string> => (await api(w.url, '/api/live', { cookie: w.a.cookie, json: { scenarioId: 'paket-verspaetet' } })).json.session.id;
const NO_SUCH_LIVE = 'There is no live session with this code. Check the code on the projector.';
/** A live route on A's session: nobody and learners 401, B 404 as for no session, the session unchanged. */
function liveTrainerRoute(a: Case, refusedRequest: Case['request'], path: (w: World) => Promise<string>): Row {
  const refused = (status: number): Case => ({
    status,
    path,
    request: refusedRequest!,
    check: async (res, w) => {
      if (status === 404) expect(res.json?.error).toBe(NO_SUCH_LIVE);
      // A's session still runs, untouched: A can still reveal it.
      expect((await api(w.url, `/api/live/sessions/${await liveOfA(w)}`, { cookie: w.a.cookie, json: { type: 'qr', hidden: false } })).status).toBe(200);
    },
  });
  return { anonymous: refused(401), trainerA: { path, ...a }, trainerB: refused(404), learnerA: refused(401), learnerB: refused(401) };
}

// ------------------------------------------------------------------------------------------- the table

const TABLE: Record<string, Row> = {
  'GET /api/health': everyone(() => ({ status: 200, check: (res) => expect(res.json.ok).toBe(true) })),

  'GET /api/me': {
    anonymous: is401,
    trainerA: { status: 200, check: (res, w) => expect(res.json.trainer).toMatchObject({ id: w.a.trainerId, email: w.a.email }) },
    trainerB: { status: 200, check: (res, w) => expect(res.json.trainer).toMatchObject({ id: w.b.trainerId, email: w.b.email }) },
    ...learners401,
  },

  // The trainer's own time zone only; a zone the runtime does not list is refused.
  'POST /api/me/time-zone': {
    anonymous: { status: 401, request: () => ({ json: { timeZone: 'Europe/Vienna' } }) },
    trainerA: { status: 200, request: () => ({ json: { timeZone: 'Europe/Vienna' } }), check: (res) => expect(res.json.timeZone).toBe('Europe/Vienna') },
    trainerB: { status: 400, request: () => ({ json: { timeZone: 'Mars/Olympus' } }), check: (res) => expect(res.json.code).toBe('time-zone-unknown') },
    learnerA: { status: 401, request: () => ({ json: { timeZone: 'Europe/Vienna' } }) },
    learnerB: { status: 401, request: () => ({ json: { timeZone: 'Europe/Vienna' } }) },
  },

  // A learner's device says where it is; a scenario the class does not play is ignored alike (204).
  'POST /api/progress': {
    anonymous: { status: 401, request: () => ({ json: { scenarioId: 'not-assigned-here', decision: 1, decisions: 2 } }) },
    trainerA: { status: 401, request: () => ({ json: { scenarioId: 'not-assigned-here', decision: 1, decisions: 2 } }) },
    trainerB: { status: 401, request: () => ({ json: { scenarioId: 'not-assigned-here', decision: 1, decisions: 2 } }) },
    learnerA: { status: 204, request: () => ({ json: { scenarioId: 'not-assigned-here', decision: 1, decisions: 2 } }) },
    learnerB: { status: 400, request: () => ({ json: { scenarioId: 'not-assigned-here', decision: 3, decisions: 2 } }) },
  },

  // Failed sign-ins come from other local addresses, so 127.0.0.1 is never rate-limited here.
  'POST /api/auth/sign-in': {
    anonymous: {
      status: 200,
      request: (w) => ({ json: { email: w.a.email, password: w.a.password } }),
      forbid: (w) => secretsOf(w.b),
      check: (res, w) => {
        expect(res.json.trainer).toEqual({ id: w.a.trainerId, email: w.a.email });
        expect(res.headers.getSetCookie().some((c) => c.startsWith('cs_session=') && /HttpOnly/i.test(c) && /SameSite=Lax/i.test(c))).toBe(true);
      },
    },
    // A's password does not open B's account, and the other way round.
    trainerA: { status: 401, request: (w) => ({ json: { email: w.b.email, password: w.a.password }, from: '127.0.0.21' }) },
    trainerB: { status: 401, request: (w) => ({ json: { email: w.a.email, password: w.b.password }, from: '127.0.0.22' }) },
    learnerA: { status: 401, request: (w) => ({ json: { email: w.a.email, password: 'not-the-password' }, from: '127.0.0.23' }) },
    learnerB: { status: 401, request: (w) => ({ json: { email: w.a.email, password: 'not-the-password' }, from: '127.0.0.24' }) },
  },

  // Registration is closed unless the operator sets REGISTRATION=open.
  'POST /api/auth/register': everyone((actor) => ({ status: 403, request: () => ({ json: { email: `new-${actor.toLowerCase()}@example.org`, password: 'long-enough-password' } }) })),

  'POST /api/auth/password': {
    anonymous: { status: 401, request: (w) => ({ json: { current: w.a.password, next: 'taken-over-123' } }) },
    trainerA: {
      status: 204,
      request: (w) => ({ json: { current: w.a.password, next: w.a.password } }),
      check: async (_res, w) => expect((await get(w, '/api/me', { cookie: w.a.cookie })).status).toBe(200),
    },
    // B can only ever change B's own password, and only knowing it.
    trainerB: {
      status: 400,
      request: (w) => ({ json: { current: w.a.password, next: 'taken-over-123' } }),
      check: async (_res, w) => {
        expect(await signIn(w.url, w.a.email, w.a.password)).toMatch(/^cs_session=/);
        expect(await signIn(w.url, w.b.email, w.b.password)).toMatch(/^cs_session=/);
      },
    },
    learnerA: { status: 401, request: (w) => ({ json: { current: w.a.password, next: 'taken-over-123' } }) },
    learnerB: { status: 401, request: (w) => ({ json: { current: w.a.password, next: 'taken-over-123' } }) },
  },

  'POST /api/auth/sign-out': {
    anonymous: { status: 204 },
    // A fresh session of each trainer is signed out; only that one.
    trainerA: {
      status: 204,
      noAuth: true,
      request: async (w) => ({ cookie: (w.scratch['session'] = await signIn(w.url, w.a.email, w.a.password)) }),
      check: async (res, w) => {
        expect(res.headers.getSetCookie().some((c) => /^cs_session=;|^cs_session=deleted;|Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c))).toBe(true);
        expect((await get(w, '/api/me', { cookie: w.scratch['session']! })).status).toBe(401);
        expect((await get(w, '/api/me', { cookie: w.a.cookie })).status).toBe(200);
        expect((await get(w, '/api/me', { cookie: w.b.cookie })).status).toBe(200);
      },
    },
    trainerB: {
      status: 204,
      noAuth: true,
      request: async (w) => ({ cookie: (w.scratch['session'] = await signIn(w.url, w.b.email, w.b.password)) }),
      check: async (_res, w) => {
        expect((await get(w, '/api/me', { cookie: w.scratch['session']! })).status).toBe(401);
        expect((await get(w, '/api/me', { cookie: w.a.cookie })).status).toBe(200);
        expect((await get(w, '/api/me', { cookie: w.b.cookie })).status).toBe(200);
      },
    },
    learnerA: { status: 204, check: (_res, w) => learnerStillThere(w, w.a.learner.token) },
    learnerB: { status: 204, check: (_res, w) => learnerStillThere(w, w.b.learner.token) },
  },

  'GET /api/classes': {
    anonymous: is401,
    trainerA: {
      status: 200,
      check: (res, w) => {
        const ids = res.json.classes.map((c: { id: string }) => c.id);
        expect(ids).toContain(w.a.class.id);
        for (const id of ids) expect(w.classesOf.a.has(id), `class ${id} is not A's`).toBe(true);
      },
    },
    trainerB: {
      status: 200,
      check: (res, w) => {
        const ids = res.json.classes.map((c: { id: string }) => c.id);
        expect(ids).toContain(w.b.class.id);
        for (const id of ids) expect(w.classesOf.b.has(id), `class ${id} is not B's`).toBe(true);
      },
    },
    ...learners401,
  },

  'POST /api/classes': {
    anonymous: { status: 401, request: () => ({ json: { name: 'Fremde Klasse' } }) },
    trainerA: { status: 201, request: () => ({ json: { name: 'Ahorn Nebenklasse' } }), forbid: (w) => secretsOf(w.b), check: (res, w) => void w.classesOf.a.add(res.json.class.id) },
    trainerB: { status: 201, request: () => ({ json: { name: 'Birke Nebenklasse' } }), check: (res, w) => void w.classesOf.b.add(res.json.class.id) },
    learnerA: { status: 401, request: () => ({ json: { name: 'Fremde Klasse' } }) },
    learnerB: { status: 401, request: () => ({ json: { name: 'Fremde Klasse' } }) },
  },

  'GET /api/classes/[id]': trainerRoute({
    status: 200,
    check: (res, w) => {
      expect(res.json.class.id).toBe(w.a.class.id);
      expect(res.json.learners.map((l: { id: string }) => l.id)).toContain(w.a.learner.id);
    },
  }),

  'PATCH /api/classes/[id]': trainerRoute({ status: 200, request: (w) => ({ method: 'PATCH', json: { name: w.a.class.name } }) }, { request: () => ({ method: 'PATCH', json: { name: 'Gekapert' } }) }),

  // HTML forms cannot PATCH or DELETE: they POST with _action.
  'POST /api/classes/[id]': trainerRoute(
    { status: 200, request: (w) => form({ _action: 'rename', name: w.a.class.name }) },
    { request: () => form({ _action: 'rename', name: 'Gekapert' }) },
  ),

  'DELETE /api/classes/[id]': trainerRoute(
    {
      status: 204,
      path: async (w) => `/api/classes/${(await createClass(w.url, w.a.cookie, 'Ahorn Wegwerfklasse')).id}`,
      request: () => ({ method: 'DELETE' }),
      check: async (_res, w) => {
        const list = await get(w, '/api/classes', { cookie: w.a.cookie });
        expect(list.json.classes.map((c: { name: string }) => c.name)).not.toContain('Ahorn Wegwerfklasse');
        await expectAClassIntact(w);
      },
    },
    { request: () => ({ method: 'DELETE' }) },
  ),

  // Renewing a join code: on a throwaway class of A (A's own code is used by other rows); refused callers leave A's code as it was.
  'POST /api/classes/[id]/join-code': trainerRoute(
    {
      status: 200,
      path: async (w) => `/api/classes/${(await createClass(w.url, w.a.cookie, 'Ahorn Codeklasse')).id}/join-code`,
      check: (res) => expect(res.json.joinCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/),
    },
    {
      afterRefused: async (w) => {
        expect((await get(w, `/api/classes/${w.a.class.id}`, { cookie: w.a.cookie })).json.class.joinCode).toBe(w.a.class.joinCode);
      },
    },
  ),

  'GET /api/classes/[id]/export.csv': trainerRoute({
    status: 200,
    check: (res, w) => {
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.text).toContain(w.a.learner.pseudonym);
    },
  }),

  'GET /api/classes/[id]/qr.svg': trainerRoute({
    status: 200,
    check: (res) => {
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(res.text).toMatch(/<svg[\s>]/);
    },
  }),

  'POST /api/classes/[id]/assignments': trainerRoute(
    { status: 201, request: () => ({ json: { module: 4, mode: 'practice' } }) },
    {
      request: () => ({ json: { module: 5, mode: 'test' } }),
      afterRefused: async (w) => expect((await dashboardOfA(w)).assignments.map((x: { module: number }) => x.module)).toEqual(scenarioIdsOfModule(4).map(() => 4)),
    },
  ),

  'DELETE /api/classes/[id]/assignments/[assignmentId]': trainerRoute(
    {
      status: 204,
      // Module 1 has one scenario: assigning the module assigns exactly one, which is then removed.
      path: async (w) => `/api/classes/${w.a.class.id}/assignments/${await assign(w.url, w.a.cookie, w.a.class.id, 1)}`,
      request: () => ({ method: 'DELETE' }),
      check: async (_res, w) => expect((await dashboardOfA(w)).assignments.map((x: { module: number }) => x.module)).toEqual(scenarioIdsOfModule(4).map(() => 4)),
    },
    { request: () => ({ method: 'DELETE' }) },
  ),

  'POST /api/classes/[id]/assignments/[assignmentId]': trainerRoute(
    {
      status: 204,
      path: async (w) => `/api/classes/${w.a.class.id}/assignments/${await assign(w.url, w.a.cookie, w.a.class.id, 1)}`,
      request: () => ({ method: 'POST', ...form({}) }),
      check: async (_res, w) => expect((await dashboardOfA(w)).assignments.map((x: { module: number }) => x.module)).toEqual(scenarioIdsOfModule(4).map(() => 4)),
    },
    { request: () => ({ method: 'POST', ...form({}) }) },
  ),

  // Releasing a test's results: only the class's trainer, and only for an assignment of the class.
  'PATCH /api/classes/[id]/assignments/[assignmentId]': trainerRoute(
    {
      status: 200,
      request: () => ({ method: 'PATCH', json: { released: false } }),
      check: async (res, w) => {
        expect(res.json).toEqual({ ok: true, released: false });
        const mine = (await dashboardOfA(w)).assignments.find((x: { id: string }) => x.id === w.a.assignmentId);
        // Practice is always released; the stored flag only matters in test mode.
        expect(mine.mode).toBe('practice');
      },
    },
    {
      request: () => ({ method: 'PATCH', json: { released: true } }),
      afterRefused: async (w) => expect((await dashboardOfA(w)).assignments.map((x: { module: number }) => x.module)).toEqual(scenarioIdsOfModule(4).map(() => 4)),
    },
  ),

  'GET /api/classes/[id]/learners/[learnerId]': trainerRoute({
    status: 200,
    check: (res, w) => {
      expect(res.json.learner.id).toBe(w.a.learner.id);
      expect(res.json.runs.map((r: { id: string }) => r.id)).toContain(w.a.runId);
      for (const r of res.json.runs) expect(r.learner_id).toBe(w.a.learner.id);
    },
  }),

  'DELETE /api/classes/[id]/learners/[learnerId]': trainerRoute(
    {
      status: 204,
      path: async (w) => {
        const extra = await joinClass(w.url, w.a.class.joinCode, 'Ahorn Wegwerf');
        return `/api/classes/${w.a.class.id}/learners/${extra.id}`;
      },
      request: () => ({ method: 'DELETE' }),
      check: async (_res, w) => {
        const d = await dashboardOfA(w);
        expect(d.learners.map((l: { pseudonym: string }) => l.pseudonym)).not.toContain('Ahorn Wegwerf');
        await expectAClassIntact(w);
      },
    },
    { request: () => ({ method: 'DELETE' }) },
  ),

  'POST /api/classes/[id]/learners/[learnerId]': trainerRoute(
    {
      status: 204,
      path: async (w) => {
        const extra = await joinClass(w.url, w.a.class.joinCode, 'Ahorn Wegwerf Zwei');
        return `/api/classes/${w.a.class.id}/learners/${extra.id}`;
      },
      request: () => ({ method: 'POST', ...form({}) }),
      check: async (_res, w) => {
        const d = await dashboardOfA(w);
        expect(d.learners.map((l: { pseudonym: string }) => l.pseudonym)).not.toContain('Ahorn Wegwerf Zwei');
      },
    },
    { request: () => ({ method: 'POST', ...form({}) }) },
  ),

  // Joining is open to anyone with the code; the answer names the class and the new learner only,
  // never a classmate, the trainer or the class's ids.
  // Live sessions (docs/live-mode.md). Phones' routes (join, votes, events) are the server's fast
  // path, not Astro routes: their boundaries are in tests/api/live-sessions.test.ts and below.
  'POST /api/live': {
    anonymous: { status: 401, request: () => ({ json: { scenarioId: 'paket-verspaetet' } }) },
    trainerA: { status: 201, request: (w) => ({ json: { scenarioId: 'paket-verspaetet', classId: w.a.class.id } }), check: (res) => expect(res.json.session.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/) },
    // B cannot start a session for A's class: it does not exist for B.
    trainerB: { status: 404, request: (w) => ({ json: { scenarioId: 'paket-verspaetet', classId: w.a.class.id } }), check: (res) => expect(res.json.error).toBe(NO_SUCH_CLASS) },
    learnerA: { status: 401, request: () => ({ json: { scenarioId: 'paket-verspaetet' } }) },
    learnerB: { status: 401, request: () => ({ json: { scenarioId: 'paket-verspaetet' } }) },
  },

  'POST /api/live/sessions/[id]': liveTrainerRoute(
    { status: 200, request: () => ({ json: { type: 'qr', hidden: true } }), check: (res) => expect(res.json.snapshot.qrHidden).toBe(true) },
    () => ({ json: { type: 'end' } }),
    async (w) => `/api/live/sessions/${await liveOfA(w)}`,
  ),

  'DELETE /api/live/sessions/[id]': liveTrainerRoute(
    { status: 204, request: () => ({ method: 'DELETE' }) },
    () => ({ method: 'DELETE' }),
    async (w) => `/api/live/sessions/${w.scratch['liveDelete'] ?? (w.scratch['liveDelete'] = await throwawayLiveOfA(w))}`,
  ),

  'POST /api/join': {
    anonymous: {
      status: 201,
      noAuth: true,
      request: (w) => ({ json: { code: w.a.class.joinCode.toLowerCase().replace('-', ' '), pseudonym: 'Gast Anonym' } }),
      forbid: (w) => [...secretsOf(w.a).filter((s) => s !== w.a.class.name), ...secretsOf(w.b)],
      check: (res, w) => {
        expect(res.json.class).toEqual({ name: w.a.class.name });
        expect(res.json.learner.pseudonym).toBe('Gast Anonym');
        expect(res.json.token).toMatch(/^[\w-]{40,}$/);
      },
    },
    trainerA: { status: 404, request: () => ({ json: { code: 'AAAA-AAAA', pseudonym: 'Gast Falsch' }, from: '127.0.0.31' }) },
    trainerB: { status: 404, request: () => ({ json: { code: 'CCCC-CCCC', pseudonym: 'Gast Falsch' }, from: '127.0.0.32' }) },
    // The name is taken in A's class: 409, without saying whose it is.
    learnerA: { status: 409, request: (w) => ({ json: { code: w.a.class.joinCode, pseudonym: w.a.learner.pseudonym } }), forbid: (w) => [...secretsOf(w.b), w.a.learner.id, w.a.learner.token, w.a.class.id, w.a.trainerId, w.a.runId] },
    learnerB: {
      status: 201,
      request: (w) => ({ json: { code: w.a.class.joinCode, pseudonym: 'Birke Gast' } }),
      forbid: (w) => [...secretsOf(w.a).filter((s) => s !== w.a.class.name), ...secretsOf(w.b)],
      check: (res, w) => expect(res.json.learner.id).not.toBe(w.b.learner.id),
    },
  },

  // Continuing on another device: only with the right resume code (every case here is wrong, so A's
  // learner keeps their token); a wrong name and a wrong code are refused alike.
  'POST /api/resume': {
    anonymous: {
      status: 404,
      noAuth: true,
      request: (w) => ({ json: { code: w.a.class.joinCode, pseudonym: w.a.learner.pseudonym, resumeCode: 'AAAA-AAAA-AAAA' }, from: '127.0.0.41' }),
      check: (_res, w) => learnerStillThere(w, w.a.learner.token),
    },
    trainerA: { status: 404, request: (w) => ({ json: { code: w.a.class.joinCode, pseudonym: 'Niemand Hier', resumeCode: w.a.learner.resumeCode }, from: '127.0.0.42' }) },
    trainerB: { status: 404, request: (w) => ({ json: { code: w.a.class.joinCode, pseudonym: w.a.learner.pseudonym, resumeCode: w.b.learner.resumeCode }, from: '127.0.0.43' }) },
    // B's own resume code does not open A's learner, nor A's class.
    learnerA: { status: 404, request: (w) => ({ json: { code: w.b.class.joinCode, pseudonym: w.a.learner.pseudonym, resumeCode: w.a.learner.resumeCode }, from: '127.0.0.44' }) },
    learnerB: {
      status: 404,
      request: (w) => ({ json: { code: w.a.class.joinCode, pseudonym: w.b.learner.pseudonym, resumeCode: w.b.learner.resumeCode }, from: '127.0.0.45' }),
      check: (_res, w) => learnerStillThere(w, w.b.learner.token),
    },
  },

  // The learner's own overview: class name and assignments; no runs, nobody else.
  'GET /api/learner': {
    anonymous: is401,
    trainerA: is401,
    trainerB: is401,
    learnerA: {
      status: 200,
      check: (res, w) => {
        expect(res.json.learner).toEqual({ id: w.a.learner.id, pseudonym: w.a.learner.pseudonym });
        expect(res.json.class).toEqual({ name: w.a.class.name });
        expect(res.json.assignments.map((a: { module: number; scenarioId: string }) => [a.module, a.scenarioId])).toEqual(scenarioIdsOfModule(4).map((id) => [4, id]));
        expect(res.text).not.toContain(w.a.runId);
      },
    },
    learnerB: { status: 200, check: (res, w) => expect(res.json.learner).toEqual({ id: w.b.learner.id, pseudonym: w.b.learner.pseudonym }) },
  },

  // Learners delete themselves; here disposable ones (the real B deletes itself in the last test).
  'DELETE /api/learner': {
    anonymous: { status: 401, request: () => ({ method: 'DELETE' }) },
    trainerA: { status: 401, request: () => ({ method: 'DELETE' }), check: (_res, w) => learnerStillThere(w, w.a.learner.token) },
    trainerB: { status: 401, request: () => ({ method: 'DELETE' }), check: (_res, w) => learnerStillThere(w, w.a.learner.token) },
    learnerA: {
      status: 204,
      noAuth: true,
      request: async (w) => {
        const extra = await joinClass(w.url, w.a.class.joinCode, 'Ahorn Selbstloescher');
        return { method: 'DELETE', bearer: (w.scratch['token'] = extra.token) };
      },
      check: async (res, w) => {
        expect(res.text).toBe('');
        expect((await get(w, '/api/learner', { bearer: w.scratch['token']! })).status).toBe(401);
        await learnerStillThere(w, w.a.learner.token);
        await learnerStillThere(w, w.b.learner.token);
      },
    },
    learnerB: {
      status: 204,
      noAuth: true,
      request: async (w) => {
        const extra = await joinClass(w.url, w.b.class.joinCode, 'Birke Selbstloescher');
        return { method: 'DELETE', bearer: (w.scratch['token'] = extra.token) };
      },
      check: async (_res, w) => {
        expect((await get(w, '/api/learner', { bearer: w.scratch['token']! })).status).toBe(401);
        await learnerStillThere(w, w.a.learner.token);
        await learnerStillThere(w, w.b.learner.token);
      },
    },
  },

  'POST /api/runs': {
    anonymous: { status: 401, request: () => ({ json: runBody() }) },
    trainerA: { status: 401, request: () => ({ json: runBody() }) },
    trainerB: { status: 401, request: () => ({ json: runBody() }) },
    learnerA: {
      status: 201,
      request: () => ({ json: runBody() }),
      check: (res) => {
        const expected = expectedScore(VALID_PATH);
        expect(Object.keys(res.json).sort()).toEqual(['created', 'endingId', 'id', 'overall']);
        expect(res.json).toMatchObject({ created: true, endingId: expected.endingId, overall: expected.overall });
      },
    },
    // B replays A's run id: refused, and A's run stays A's.
    learnerB: {
      status: 409,
      request: (w) => ({ json: runBody({ id: w.a.runId }) }),
      check: async (_res, w) => {
        const detail = await get(w, `/api/classes/${w.a.class.id}/learners/${w.a.learner.id}`, { cookie: w.a.cookie });
        expect(detail.json.runs.map((r: { id: string }) => r.id)).toContain(w.a.runId);
        const ofB = await get(w, `/api/classes/${w.b.class.id}/learners/${w.b.learner.id}`, { cookie: w.b.cookie });
        expect(ofB.json.runs.map((r: { id: string }) => r.id)).not.toContain(w.a.runId);
      },
    },
  },
};

/** A deletion row: A deletes a throwaway scenario; nobody else deletes A's, which stays as it was. */
function ownScenarioDeletion(request: ApiOptions): Row {
  const aIntact = async (w: World) => expect((await get(w, `/api/trainer-scenarios/${A_SCENARIO}`, { cookie: w.a.cookie })).text).toBe(A_SCENARIO_YAML);
  const refused = (status: number): Case => ({ status, path: () => `/api/trainer-scenarios/${A_SCENARIO}`, request: () => request, check: (_res, w) => aIntact(w) });
  return {
    anonymous: refused(401),
    trainerA: {
      status: 204,
      path: async (w) => {
        const id = `ahorn-wegwerf-${Math.random().toString(36).slice(2, 8)}`;
        expect((await api(w.url, '/api/trainer-scenarios', { json: { yaml: ownScenarioYaml(id) }, cookie: w.a.cookie })).status).toBe(201);
        w.scratch['deletedScenario'] = id;
        return `/api/trainer-scenarios/${id}`;
      },
      request: () => request,
      check: async (_res, w) => {
        expect((await get(w, `/api/trainer-scenarios/${w.scratch['deletedScenario']!}`, { cookie: w.a.cookie })).status).toBe(404);
        await aIntact(w);
      },
    },
    trainerB: refused(404),
    learnerA: refused(401),
    learnerB: refused(401),
  };
}

/** Rows for trainers' own scenarios (docs/trainer-scenarios.md). */
const OWN_SCENARIO_ROWS: Record<string, Row> = {
  'GET /api/trainer-scenarios': {
    anonymous: is401,
    trainerA: { status: 200, check: (res) => expect(ownScenarioIdsOf(res)).toEqual([A_SCENARIO]) },
    trainerB: { status: 200, forbid: (w) => [...secretsOf(w.a), A_SCENARIO], check: (res) => expect(ownScenarioIdsOf(res)).toEqual([]) },
    ...learners401,
  },
  // Saving A's text again changes nothing; B cannot take A's id over.
  'POST /api/trainer-scenarios': {
    anonymous: { status: 401, request: () => ({ json: { yaml: A_SCENARIO_YAML } }) },
    trainerA: { status: 200, request: () => ({ json: { yaml: A_SCENARIO_YAML } }), check: (res) => expect(res.json).toEqual({ id: A_SCENARIO, version: 1, changed: false }) },
    trainerB: {
      status: 409,
      request: () => ({ json: { yaml: A_SCENARIO_YAML.replace('Die Mensa macht zu', 'Gekapert') } }),
      check: async (_res, w) => expect((await get(w, `/api/trainer-scenarios/${A_SCENARIO}`, { cookie: w.a.cookie })).text).toBe(A_SCENARIO_YAML),
    },
    learnerA: { status: 401, request: () => ({ json: { yaml: A_SCENARIO_YAML } }) },
    learnerB: { status: 401, request: () => ({ json: { yaml: A_SCENARIO_YAML } }) },
  },
  'GET /api/trainer-scenarios/[id]': {
    anonymous: { status: 401, path: () => `/api/trainer-scenarios/${A_SCENARIO}` },
    trainerA: { status: 200, path: () => `/api/trainer-scenarios/${A_SCENARIO}`, check: (res) => expect(res.text).toBe(A_SCENARIO_YAML) },
    trainerB: { status: 404, path: () => `/api/trainer-scenarios/${A_SCENARIO}`, check: (res) => expect(res.text).not.toContain('Mensa') },
    learnerA: { status: 401, path: () => `/api/trainer-scenarios/${A_SCENARIO}` },
    learnerB: { status: 401, path: () => `/api/trainer-scenarios/${A_SCENARIO}` },
  },
  // Deleting: A deletes a scenario of A's own made for it; B cannot delete A's.
  'DELETE /api/trainer-scenarios/[id]': ownScenarioDeletion({ method: 'DELETE' }),
  'POST /api/trainer-scenarios/[id]': ownScenarioDeletion({ form: {} }),
  'GET /api/learner-scenarios/[id]': {
    anonymous: { status: 401, path: () => `/api/learner-scenarios/${A_SCENARIO}` },
    trainerA: { status: 401, path: () => `/api/learner-scenarios/${A_SCENARIO}` },
    trainerB: { status: 401, path: () => `/api/learner-scenarios/${A_SCENARIO}` },
    // A learner of the class it is assigned to gets it (A's first class does not have it assigned).
    learnerA: {
      status: 200,
      path: () => `/api/learner-scenarios/${A_SCENARIO}`,
      noAuth: true,
      request: (w) => ({ bearer: w.scratch['ownScenarioLearner']! }),
      check: (res) => expect([res.json.scenario.id, res.json.version]).toEqual([A_SCENARIO, 1]),
    },
    learnerB: { status: 404, path: () => `/api/learner-scenarios/${A_SCENARIO}`, check: (res) => expect(res.text).not.toContain('Mensa') },
  },
};
Object.assign(TABLE, OWN_SCENARIO_ROWS);

/** Fills A's ids into a route pattern. */
function pathFor(route: string, w: World): string {
  return route.replace('[id]', w.a.class.id).replace('[assignmentId]', w.a.assignmentId).replace('[learnerId]', w.a.learner.id);
}

describe('the access table', () => {
  it('covers every route and method under src/pages/api, and nothing that does not exist', () => {
    const exported = routeFiles().flatMap((f) => f.methods.map((m) => `${m} ${f.route}`));
    const files = routeFiles();
    for (const f of files) expect(f.methods.length, `${f.file} exports no HTTP method the test recognises`).toBeGreaterThan(0);
    const missing = exported.filter((key) => !(key in TABLE));
    expect(missing, `routes without a row in the access table of ${relative(ROOT, import.meta.filename)}`).toEqual([]);
    const stale = Object.keys(TABLE).filter((key) => !exported.includes(key));
    expect(stale, 'rows for routes that no longer exist').toEqual([]);
  });

  it('only POST /api/runs, POST /api/progress, GET/DELETE /api/learner and GET /api/learner-scenarios/[id] accept learner tokens (no route reads runs for a learner)', () => {
    const withLearner = routeFiles()
      .filter((f) => /require(Sending)?Learner\(|answerRunPost\(/.test(f.source))
      .map((f) => f.file)
      .sort();
    expect(withLearner).toEqual(['src/pages/api/learner-scenarios/[id].ts', 'src/pages/api/learner.ts', 'src/pages/api/progress.ts', 'src/pages/api/runs.ts']);
  });
});

describe.each(DATABASE_KINDS)('access matrix on %s', (kind) => {
  const w = {} as World;

  beforeAll(async () => {
    w.server = await startApiServer(kind);
    w.url = w.server.url;
    [w.a, w.b] = await Promise.all([
      buildParty(w.server, { email: 'ahorn@example.org', password: 'ahorn-password-1', className: 'Klasse Ahorn', pseudonym: 'Amsel Anna' }),
      buildParty(w.server, { email: 'birke@example.org', password: 'birke-password-2', className: 'Klasse Birke', pseudonym: 'Buntspecht Ben' }),
    ]);
    w.classesOf = { a: new Set([w.a.class.id]), b: new Set([w.b.class.id]) };
    w.scratch = {};
    const saved = await api(w.url, '/api/trainer-scenarios', { json: { yaml: A_SCENARIO_YAML }, cookie: w.a.cookie });
    expect(saved.status, saved.text).toBe(201);
    // Assigned to a second class of A's (A's first class keeps exactly the assignments the rows expect).
    const ownClass = await createClass(w.url, w.a.cookie, 'Ahorn Eigenklasse');
    w.classesOf.a.add(ownClass.id);
    const assigned = await api(w.url, `/api/classes/${ownClass.id}/assignments`, { json: { scenarioId: A_SCENARIO, mode: 'practice' }, cookie: w.a.cookie });
    expect(assigned.status, assigned.text).toBe(201);
    w.scratch['ownScenarioLearner'] = (await joinClass(w.url, ownClass.joinCode, 'Ahorn Eigenspieler')).token;
  }, 150_000);

  afterAll(async () => {
    await w.server?.dispose();
  });

  for (const [key, row] of Object.entries(TABLE)) {
    const [method, route] = key.split(' ') as [string, string];
    for (const actor of ACTORS) {
      const c = row[actor];
      it(`${key} as ${actor} → ${c.status}`, async () => {
        const path = c.path ? await c.path(w) : pathFor(route, w);
        const request = c.request ? await c.request(w) : {};
        const options: ApiOptions = { method, ...(c.noAuth ? {} : as(w, actor)), ...request };
        const res = await api(w.url, path, options);
        expect(res.status, `${method} ${path} as ${actor}: ${res.text.slice(0, 300)}`).toBe(c.status);
        if (res.status >= 400) expect(typeof res.json?.error, `a ${res.status} says why, as JSON`).toBe('string');
        const forbidden = (c.forbid ?? ((x) => defaultForbid(x, actor)))(w);
        expectNoneOf(res.text, forbidden, `${method} ${path} as ${actor}`);
        expectNoneOf([...res.headers].map(([name, value]) => `${name}: ${value}`).join('\n'), forbidden, `the headers of ${method} ${path} as ${actor}`);
        await c.check?.(res, w);
      });
    }
  }

  // The built server answers POST /api/runs on its fast path once it knows the site's scenarios,
  // which the rows above cannot tell from Astro's route. Here the fast path alone answers (anything
  // it declines is a 599), on the same database: the same row must hold.
  describe('POST /api/runs on the fast path alone', () => {
    let fast: Awaited<ReturnType<typeof startFastPath>>;
    beforeAll(async () => {
      fast = await startFastPath(w.server);
    });
    afterAll(async () => {
      await fast?.close();
    });

    const row = TABLE['POST /api/runs']!;
    for (const actor of ACTORS) {
      const c = row[actor];
      it(`POST /api/runs (fast path) as ${actor} → ${c.status}`, async () => {
        const request = c.request ? await c.request(w) : {};
        const res = await api(fast.url, '/api/runs', { method: 'POST', ...(c.noAuth ? {} : as(w, actor)), ...request });
        expect(res.status, `fast path as ${actor}: ${res.text.slice(0, 300)}`).toBe(c.status);
        if (res.status >= 400) expect(typeof res.json?.error, `a ${res.status} says why, as JSON`).toBe('string');
        expectNoneOf(res.text, (c.forbid ?? ((x) => defaultForbid(x, actor)))(w), `fast path as ${actor}`);
        await c.check?.(res, w);
      });
    }

    it('answers a refusal word for word as the built server does', async () => {
      const cases: ApiOptions[] = [{ json: runBody() }, { bearer: w.b.learner.token, json: runBody({ id: w.a.runId }) }, { bearer: w.a.learner.token, json: runBody({ scenarioId: 'no-such-scenario' }) }];
      for (const options of cases) {
        const viaServer = await api(w.url, '/api/runs', { method: 'POST', ...options });
        const viaFastPath = await api(fast.url, '/api/runs', { method: 'POST', ...options });
        expect(viaFastPath.status).toBeGreaterThanOrEqual(400);
        expect([viaFastPath.status, viaFastPath.json]).toEqual([viaServer.status, viaServer.json]);
      }
    });
  });

  it('trainer B on A\'s class gets the very answer a class that does not exist gets', async () => {
    for (const suffix of ['', '/export.csv', '/qr.svg', `/learners/${w.a.learner.id}`]) {
      const onA = await api(w.url, `/api/classes/${w.a.class.id}${suffix}`, { cookie: w.b.cookie });
      const onNone = await api(w.url, `/api/classes/${randomUUID()}${suffix}`, { cookie: w.b.cookie });
      expect([onA.status, onA.text]).toEqual([onNone.status, onNone.text]);
      expect(onA.status).toBe(404);
    }
  });

  it("ids of A's parts under B's own class are not found either", async () => {
    const cases = [
      { method: 'GET', path: `/api/classes/${w.b.class.id}/learners/${w.a.learner.id}`, cookie: w.b.cookie },
      { method: 'DELETE', path: `/api/classes/${w.b.class.id}/learners/${w.a.learner.id}`, cookie: w.b.cookie },
      { method: 'DELETE', path: `/api/classes/${w.b.class.id}/assignments/${w.a.assignmentId}`, cookie: w.b.cookie },
      { method: 'GET', path: `/api/classes/${w.a.class.id}/learners/${w.b.learner.id}`, cookie: w.a.cookie },
      { method: 'DELETE', path: `/api/classes/${w.a.class.id}/learners/${w.b.learner.id}`, cookie: w.a.cookie },
      { method: 'DELETE', path: `/api/classes/${w.a.class.id}/assignments/${w.b.assignmentId}`, cookie: w.a.cookie },
      { method: 'PATCH', path: `/api/classes/${w.a.class.id}/assignments/${w.b.assignmentId}`, cookie: w.a.cookie, json: { released: true } },
    ];
    for (const c of cases) {
      const res = await api(w.url, c.path, { method: c.method, cookie: c.cookie, ...('json' in c ? { json: c.json } : {}) });
      expect(res.status, `${c.method} ${c.path}`).toBe(404);
      expectNoneOf(res.text, [...secretsOf(w.a), ...secretsOf(w.b)], `${c.method} ${c.path}`);
    }
    await expectAClassIntact(w);
    await learnerStillThere(w, w.a.learner.token);
    await learnerStillThere(w, w.b.learner.token);
    const dB = await api(w.url, `/api/classes/${w.b.class.id}`, { cookie: w.b.cookie });
    expect(dB.json.assignments.map((x: { id: string }) => x.id)).toContain(w.b.assignmentId);
  });

  it("A's own scenario reaches only learners of the class it is assigned to, not A's other classes", async () => {
    expect((await api(w.url, `/api/learner-scenarios/${A_SCENARIO}`, { bearer: w.a.learner.token })).status).toBe(404);
  });

  it("B cannot assign A's own scenario to B's class: it is unknown to B", async () => {
    const res = await api(w.url, `/api/classes/${w.b.class.id}/assignments`, { json: { scenarioId: A_SCENARIO, mode: 'practice' }, cookie: w.b.cookie });
    expect(res.status).toBe(404);
    const dB = await api(w.url, `/api/classes/${w.b.class.id}`, { cookie: w.b.cookie });
    expect(dB.json.assignments.map((x: { scenarioId: string }) => x.scenarioId)).not.toContain(A_SCENARIO);
  });

  it('a live participant token opens no trainer route, and no learner token or session votes', async () => {
    const id = await liveOfA(w);
    const code = w.scratch['liveCodeA']!;
    const joined = await api(w.url, `/api/live/${code}/join`, { json: { pseudonym: 'Gast' } });
    expect(joined.status).toBe(201);
    const token = joined.json.token as string;
    for (const options of [{ bearer: token }, { cookie: `cs_session=${token}` }]) {
      expect((await api(w.url, `/api/live/sessions/${id}`, { ...options, json: { type: 'end' } })).status).toBe(401);
      expect((await api(w.url, `/api/live/sessions/${id}`, { ...options, method: 'DELETE' })).status).toBe(401);
      expect((await api(w.url, '/api/classes', options)).status).toBe(401);
    }
    for (const bearer of [w.a.learner.token, w.a.cookie.split('=')[1]!]) {
      expect((await api(w.url, `/api/live/${code}/votes`, { bearer, json: { round: 1, choiceId: 'x' } })).status).toBe(401);
    }
    expect((await api(w.url, `/api/live/${code}/me`, { bearer: token })).json.pseudonym).toBe('Gast');
  });

  it('a learner token is not a session, and a session is not a learner token', async () => {
    for (const token of [w.a.learner.token, w.b.learner.token]) {
      expect((await api(w.url, '/api/me', { cookie: `cs_session=${token}` })).status).toBe(401);
      expect((await api(w.url, `/api/classes/${w.a.class.id}`, { cookie: `cs_session=${token}` })).status).toBe(401);
    }
    const session = w.a.cookie.split('=')[1]!;
    expect((await api(w.url, '/api/learner', { bearer: session })).status).toBe(401);
    expect((await api(w.url, '/api/runs', { bearer: session, json: runBody() })).status).toBe(401);
    // Both at once: the trainer route sees the trainer, the learner route the learner; neither mixes.
    const both = await api(w.url, '/api/learner', { bearer: w.b.learner.token, cookie: w.a.cookie });
    expect(both.json.learner.id).toBe(w.b.learner.id);
  });

  it('there is no route that reads runs for a learner, by any id', async () => {
    for (const path of ['/api/runs', `/api/runs/${w.a.runId}`, `/api/learner/${w.a.learner.id}`, `/api/learner/runs`, `/api/learners/${w.a.learner.id}`]) {
      const res = await api(w.url, path, { bearer: w.b.learner.token });
      expect(res.status, path).toBe(404);
      expectNoneOf(res.text, secretsOf(w.a), path);
    }
  });

  it('state-changing requests with a session from another site are refused (403) and change nothing', async () => {
    const evil = { cookie: w.a.cookie, origin: 'https://evil.example' };
    expect((await api(w.url, '/api/classes', { ...evil, json: { name: 'Von woanders' } })).status).toBe(403);
    expect((await api(w.url, `/api/classes/${w.a.class.id}`, { ...evil, method: 'PATCH', json: { name: 'Von woanders' } })).status).toBe(403);
    expect((await api(w.url, `/api/classes/${w.a.class.id}`, { ...evil, method: 'DELETE' })).status).toBe(403);
    expect((await api(w.url, `/api/classes/${w.a.class.id}/learners/${w.a.learner.id}`, { ...evil, method: 'DELETE' })).status).toBe(403);
    expect((await api(w.url, '/api/auth/password', { ...evil, json: { current: w.a.password, next: 'von-woanders-123' } })).status).toBe(403);
    await expectAClassIntact(w);
    const list = await api(w.url, '/api/classes', { cookie: w.a.cookie });
    expect(list.json.classes.map((c: { name: string }) => c.name)).not.toContain('Von woanders');
  });

  // A regression test: request-auth.ts used to call `new URL(origin)`, which throws for the opaque
  // origin "null" (sandboxed iframes, file: pages), so such requests ended as a 500 (fixed in a3c4018).
  it('`Origin: null` on a state-changing trainer request is refused with 403, not a 500', async () => {
    const res = await api(w.url, '/api/classes', { cookie: w.a.cookie, json: { name: 'Ohne Herkunft' }, origin: 'null' });
    expect(res.status).toBe(403);
    const list = await api(w.url, '/api/classes', { cookie: w.a.cookie });
    expect(list.json.classes.map((c: { name: string }) => c.name)).not.toContain('Ohne Herkunft');
  });

  it("DELETE /api/learner with B's token deletes learner B only", async () => {
    const before = await api(w.url, `/api/classes/${w.a.class.id}/learners/${w.a.learner.id}`, { cookie: w.a.cookie });
    const res = await api(w.url, '/api/learner', { method: 'DELETE', bearer: w.b.learner.token });
    expect(res.status).toBe(204);
    // B is gone, with its runs; B's token opens nothing any more.
    expect((await api(w.url, '/api/learner', { bearer: w.b.learner.token })).status).toBe(401);
    expect((await api(w.url, '/api/runs', { bearer: w.b.learner.token, json: runBody() })).status).toBe(401);
    const dB = await api(w.url, `/api/classes/${w.b.class.id}`, { cookie: w.b.cookie });
    expect(dB.json.learners.map((l: { id: string }) => l.id)).not.toContain(w.b.learner.id);
    expect((await api(w.url, `/api/classes/${w.b.class.id}/learners/${w.b.learner.id}`, { cookie: w.b.cookie })).status).toBe(404);
    const open = await w.server.openDatabase();
    try {
      expect(await open.db.selectFrom('runs').select('id').where('learner_id', '=', w.b.learner.id).execute()).toEqual([]);
      expect(await open.db.selectFrom('learners').select('id').where('id', '=', w.b.learner.id).execute()).toEqual([]);
      expect(await open.db.selectFrom('runs').select('learner_id').where('id', '=', w.a.runId).execute()).toEqual([{ learner_id: w.a.learner.id }]);
    } finally {
      await open.close();
    }
    // A and A's runs are untouched.
    await learnerStillThere(w, w.a.learner.token);
    const after = await api(w.url, `/api/classes/${w.a.class.id}/learners/${w.a.learner.id}`, { cookie: w.a.cookie });
    expect(after.json).toEqual(before.json);
  });
});
