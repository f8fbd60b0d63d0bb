/**
 * The limits and the public-address settings as a browser or device meets them, against the BUILT
 * server on SQLite and PostgreSQL: 429 answers carry Retry-After; a learner's runs beyond the
 * per-learner limit are refused (and stored later); behind PUBLIC_URL=https://… the server sends
 * HSTS, sets a Secure cookie, accepts the https origin, refuses others, and derives join links from
 * PUBLIC_URL, never from the Host header. (The races themselves: limits-race.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { assign, createClass, joinClass, runBody, SCENARIO_MODULE, VALID_PATH, type ClassInfo } from '../support/api-fixtures.ts';
import { DATABASE_KINDS } from '../support/databases.ts';

const RUNS_PER_LEARNER = 3;
const JOINS_PER_ADDRESS = 4;
const PUBLIC = 'https://candystorm.school.example';

function expectRetryAfter(headers: Headers, atMostSeconds: number): void {
  const value = headers.get('retry-after');
  expect(value).toMatch(/^\d+$/);
  expect(Number(value)).toBeGreaterThanOrEqual(1);
  expect(Number(value)).toBeLessThanOrEqual(atMostSeconds);
}

describe.each(DATABASE_KINDS)('limits over HTTP on %s', (kind) => {
  let server: ApiServer;
  let cookie: string;
  let cls: ClassInfo;

  beforeAll(async () => {
    server = await startApiServer(kind, { env: { RUNS_PER_LEARNER: String(RUNS_PER_LEARNER), JOINS_PER_ADDRESS: String(JOINS_PER_ADDRESS) } });
    await createTrainer(server.env, 'limits@example.org', 'limits-password-1');
    cookie = await signIn(server.url, 'limits@example.org', 'limits-password-1');
    cls = await createClass(server.url, cookie, 'Limits');
    await assign(server.url, cookie, cls.id, SCENARIO_MODULE);
  });
  afterAll(() => server?.dispose());

  it(`stores ${RUNS_PER_LEARNER} runs of one learner, then answers 429 with Retry-After; other learners go on`, async () => {
    const flooder = await joinClass(server.url, cls.joinCode, 'Flut');
    const other = await joinClass(server.url, cls.joinCode, 'Ruhig');
    for (let i = 0; i < RUNS_PER_LEARNER; i++) {
      const res = await api(server.url, '/api/runs', { bearer: flooder.token, json: runBody({ path: VALID_PATH }) });
      expect(res.status, res.text).toBe(201);
    }
    const refused = await api(server.url, '/api/runs', { bearer: flooder.token, json: runBody({ path: VALID_PATH }) });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatch(/Too many results/);
    expectRetryAfter(refused.headers, 600);
    expect((await api(server.url, '/api/runs', { bearer: other.token, json: runBody({ path: VALID_PATH }) })).status).toBe(201);
    const open = await server.openDatabase();
    try {
      const rows = await open.db.selectFrom('runs').select('id').where('learner_id', '=', flooder.id).execute();
      expect(rows).toHaveLength(RUNS_PER_LEARNER);
    } finally {
      await open.close();
    }
  });

  it(`creates ${JOINS_PER_ADDRESS} learners per address, then answers 429 with Retry-After`, async () => {
    const from = '127.0.0.81';
    for (let i = 0; i < JOINS_PER_ADDRESS; i++) {
      const res = await api(server.url, '/api/join', { json: { code: cls.joinCode, pseudonym: `Netz ${i}` }, from });
      expect(res.status, res.text).toBe(201);
    }
    const refused = await api(server.url, '/api/join', { json: { code: cls.joinCode, pseudonym: 'Netz zuviel' }, from });
    expect(refused.status).toBe(429);
    expect(refused.json.error).toMatch(/Too many joins from this network/);
    expectRetryAfter(refused.headers, 600);
  });

  it('checks 5 of 8 parallel wrong passwords and answers the rest 429 with Retry-After, then refuses the right one', async () => {
    await createTrainer(server.env, 'parallel@example.org', 'parallel-password-1');
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api(server.url, '/api/auth/sign-in', { json: { email: 'parallel@example.org', password: `wrong-${i}-password` }, from: `127.0.0.${90 + i}` })),
    );
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited).toHaveLength(3);
    for (const a of limited) expectRetryAfter(a.headers, 120);
    const right = await api(server.url, '/api/auth/sign-in', { json: { email: 'parallel@example.org', password: 'parallel-password-1' }, from: '127.0.0.99' });
    expect(right.status).toBe(429);
    expect(right.json.error).toMatch(/Try again in \d+ seconds/);
  });
});

describe('behind HTTPS: PUBLIC_URL and TRUST_PROXY', () => {
  let server: ApiServer;

  beforeAll(async () => {
    server = await startApiServer('sqlite', { env: { PUBLIC_URL: PUBLIC, TRUST_PROXY: '1' } });
    await createTrainer(server.env, 'tls@example.org', 'tls-password-123');
  });
  afterAll(() => server?.dispose());

  const signInVia = (origin: string | false, from = '127.0.0.101') =>
    api(server.url, '/api/auth/sign-in', { json: { email: 'tls@example.org', password: 'tls-password-123' }, origin, headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.20' }, from });

  it('sends HSTS on pages and API answers', async () => {
    expect((await api(server.url, '/')).headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect((await api(server.url, '/api/health')).headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('accepts the https origin (a form too) and sets a Secure cookie; refuses the http one and others', async () => {
    const ok = await signInVia(PUBLIC);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const form = await api(server.url, '/api/auth/sign-in', {
      form: { email: 'tls@example.org', password: 'tls-password-123', redirect: '/trainer/' },
      origin: PUBLIC,
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/trainer/');
    expect((await signInVia('http://candystorm.school.example')).status).toBe(403);
    expect((await signInVia(server.url)).status).toBe(403);
    expect((await signInVia('https://evil.example')).status).toBe(403);
  });

  it('builds join links from PUBLIC_URL, whatever Host or X-Forwarded-Host say', async () => {
    const cookie = (await signInVia(PUBLIC)).headers.get('set-cookie')!.split(';')[0]!;
    const created = await api(server.url, '/api/classes', { json: { name: 'TLS-Klasse' }, cookie, origin: PUBLIC });
    expect(created.status, created.text).toBe(201);
    const page = await api(server.url, `/trainer/klasse/${created.json.class.id}`, { cookie, headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`${PUBLIC}/beitreten/?code=${created.json.class.joinCode}`);
    expect(page.text).not.toContain('evil.example');
  });

  it('limits per address by the proxy\'s X-Forwarded-For: one client\'s failures do not block another', async () => {
    const wrong = (forwardedFor: string, i: number) =>
      api(server.url, '/api/auth/sign-in', { json: { email: `nobody${i}@example.org`, password: 'not-the-password' }, origin: PUBLIC, headers: { 'x-forwarded-for': forwardedFor } });
    for (let i = 0; i < 20; i++) expect((await wrong('203.0.113.1', i)).status).toBe(401);
    expect((await wrong('203.0.113.1', 99)).status).toBe(429);
    expect((await wrong('203.0.113.2', 100)).status).toBe(401);
  });
});
