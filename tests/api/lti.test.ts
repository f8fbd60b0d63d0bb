/**
 * The LTI 1.3 tool against the BUILT server and a platform simulator (tests/support/lti-platform.ts),
 * on SQLite and PostgreSQL: the tool publishes only public keys; a teacher deep-links a scenario and
 * the platform gets a signed answer; a learner launches it, plays it through the real run API and
 * the score arrives at the line item (also after the platform refused it twice); the teacher's
 * launch opens the class with that learner; and every bad launch is refused with a clear message.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, startApiServer, type ApiServer } from '../support/api-server.ts';
import { expectedScore, runBody, SCENARIO_ID, VALID_PATH } from '../support/api-fixtures.ts';
import { INSTRUCTOR, LEARNER, registerPlatform, startLtiPlatform, type LaunchOptions, type LtiPlatform } from '../support/lti-platform.ts';

const CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';

/** Waits (polling, with a budget for a busy machine) until `check` returns a value. */
async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, what: string, budgetMs = 30_000): Promise<T> {
  const until = Date.now() + budgetMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The fields of the launch redirect's fragment (token, pseudonym, class, to). */
function handoff(location: string | null): URLSearchParams {
  expect(location).toMatch(/^\/lti\/start\/#/);
  return new URLSearchParams(location!.split('#')[1]);
}

describe.each(DATABASE_KINDS)('LTI 1.3 on %s', (kind) => {
  let server: ApiServer;
  let platform: LtiPlatform;

  beforeAll(async () => {
    server = await startApiServer(kind, { env: { LTI_SCORE_INTERVAL_MS: '100', LTI_SCORE_RETRY_MS: '100' } });
    platform = await startLtiPlatform(server.url);
    expect(await registerPlatform(server.env, platform)).toContain('Registered');
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await server?.dispose();
  });

  it('GET /lti/jwks serves the RS256 public key and never a private member', async () => {
    const res = await api(server.url, '/lti/jwks');
    expect(res.status).toBe(200);
    expect(res.json.keys.length).toBeGreaterThanOrEqual(1);
    for (const key of res.json.keys) {
      expect(key).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
      expect(typeof key.kid).toBe('string');
      for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi']) expect(key).not.toHaveProperty(secret);
    }
  });

  it('deep linking: the picker offers modules and scenarios, and the platform gets a signed ltiResourceLink for the picked scenario', async () => {
    const launch = await platform.launch({ sub: 'teacher-1', roles: [INSTRUCTOR], messageType: 'LtiDeepLinkingRequest' });
    expect(launch.status, launch.text).toBe(200);
    expect(launch.text).toContain(`value="scenario:${SCENARIO_ID}"`);
    expect(launch.text).toContain('value="module:4"');
    // Only the platform may frame the picker.
    expect(launch.headers.get('content-security-policy')).toContain(`frame-ancestors ${platform.url}`);
    const request = /name="request" value="([^"]+)"/.exec(launch.text)![1]!;
    const picked = await api(server.url, '/lti/deep-link', { form: { request, item: `scenario:${SCENARIO_ID}`, lang: 'de' } });
    expect(picked.status, picked.text).toBe(200);
    expect(picked.text).toContain(`action="${platform.url}/deep-link-return"`);
    expect(picked.headers.get('content-security-policy')).toContain(`form-action 'self' ${platform.url}`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(picked.text)![1]!;
    const payload = await platform.verifyToolJwt(jwt);
    expect(payload[`${CLAIM}message_type`]).toBe('LtiDeepLinkingResponse');
    expect(payload[`${CLAIM}version`]).toBe('1.3.0');
    expect(payload[`${CLAIM}deployment_id`]).toBe(platform.deploymentId);
    expect(payload['https://purl.imsglobal.org/spec/lti-dl/claim/data']).toBe('opaque-platform-data');
    const [item] = payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as Array<Record<string, unknown>>;
    expect(item).toMatchObject({ type: 'ltiResourceLink', url: `${server.url}/lti/launch`, custom: { scenario: SCENARIO_ID, lang: 'de' }, lineItem: { scoreMaximum: 100 } });
    // A forged or reused picker form gets nothing signed.
    const forged = await api(server.url, '/lti/deep-link', { form: { request: `${request.slice(0, -3)}abc`, item: `scenario:${SCENARIO_ID}` } });
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('Die Auswahl ist abgelaufen oder unvollständig');
  });

  it('a learner launches the linked scenario as a pseudonym, plays it through the run API, and the score arrives at the line item', async () => {
    const launch = await platform.launch({
      sub: 'opaque-learner-7',
      roles: [LEARNER],
      resourceLinkId: 'link-scenario',
      custom: { scenario: SCENARIO_ID, lang: 'de' },
      lineItem: 'li-1',
      // Name and e-mail the platform sends anyway: not stored (the operator did not opt in).
      tamperPayload: (p) => Object.assign(p, { name: 'Erika Mustermann', email: 'erika@schule.example' }),
    });
    expect(launch.status, launch.text).toBe(303);
    const fields = handoff(launch.location);
    expect(fields.get('pseudonym')).toMatch(/^LMS [A-Z0-9]{6}$/);
    expect(fields.get('class')).toBe('Kurs 9b Medienbildung');
    expect(fields.get('to')).toMatch(/^\/module\/[a-z-]+\/#simulator(-\d+)?$/);
    const token = fields.get('token')!;
    // The learner's device sees the assignment the link made, so its outbox sends the run.
    const me = await api(server.url, '/api/learner', { bearer: token });
    expect(me.status).toBe(200);
    expect(me.json.assignments.map((a: { scenarioId: string }) => a.scenarioId)).toContain(SCENARIO_ID);
    const run = runBody();
    expect((await api(server.url, '/api/runs', { bearer: token, json: run })).status).toBe(201);
    const score = await eventually(() => platform.scores.find((s) => s.lineItem === 'li-1'), 'the score at line item li-1');
    expect(score.body).toEqual({
      userId: 'opaque-learner-7',
      scoreGiven: expectedScore(VALID_PATH).overall,
      scoreMaximum: 100,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      timestamp: run.finishedAt,
    });
    const open = await server.openDatabase();
    try {
      const dump = JSON.stringify([await open.db.selectFrom('learners').selectAll().execute(), await open.db.selectFrom('lti_users').selectAll().execute()]);
      expect(dump).not.toContain('Mustermann');
      expect(dump).not.toContain('erika@');
      expect(await open.db.selectFrom('lti_grade_jobs').select('sent_at').where('run_id', '=', run.id).executeTakeFirstOrThrow()).toMatchObject({ sent_at: expect.any(String) });
    } finally {
      await open.close();
    }
    // Launching again is the same learner (a new device token), not a second one.
    const again = handoff((await platform.launch({ sub: 'opaque-learner-7', resourceLinkId: 'link-scenario', custom: { scenario: SCENARIO_ID }, lineItem: 'li-1' })).location);
    expect(again.get('pseudonym')).toBe(fields.get('pseudonym'));
    // A connection of its own (`from`): the pooled one sat idle while the test waited for the score.
    expect((await api(server.url, '/api/learner', { bearer: token, from: '127.0.0.1' })).status).toBe(401);
  });

  it("the course's instructor lands on the class page of the course, signed in, and sees the learner", async () => {
    const launch = await platform.launch({ sub: 'teacher-1', roles: [INSTRUCTOR], resourceLinkId: 'link-scenario', custom: { scenario: SCENARIO_ID }, lineItem: 'li-1' });
    expect(launch.status, launch.text).toBe(303);
    const classId = /\/trainer\/klasse\/([0-9a-f-]{36})\/$/.exec(launch.location ?? '')?.[1];
    expect(classId, launch.location ?? '').toBeDefined();
    const dashboard = await api(server.url, `/api/classes/${classId}`, { cookie: launch.cookies });
    expect(dashboard.status, dashboard.text).toBe(200);
    expect(dashboard.json.learners.map((l: { pseudonym: string }) => l.pseudonym)).toEqual([expect.stringMatching(/^LMS /)]);
    const page = await api(server.url, launch.location!, { cookie: launch.cookies });
    expect(page.status).toBe(200);
    expect(page.text).toContain('Kurs 9b Medienbildung');
  });

  const refusals: Array<[string, () => LaunchOptions, number, string]> = [
    ['a tampered signature', () => ({ breakSignature: true }), 401, 'Die Signatur des Starts ist ungültig'],
    ['a token signed with another key', () => ({ foreignKey: true }), 401, 'Die Signatur des Starts ist ungültig'],
    ['an expired token', () => ({ tamperPayload: (p) => Object.assign(p, { iat: Math.floor(Date.now() / 1000) - 900, exp: Math.floor(Date.now() / 1000) - 600 }) }), 401, 'Der Start ist abgelaufen'],
    ['a token for another tool', () => ({ tamperPayload: (p) => Object.assign(p, { aud: 'another-tool' }) }), 401, 'für ein anderes Werkzeug bestimmt'],
    ['several audiences without azp', () => ({ tamperPayload: (p) => Object.assign(p, { aud: [platform.clientId, 'another-tool'] }) }), 401, 'für ein anderes Werkzeug bestimmt'],
    ['an unknown deployment', () => ({ tamperPayload: (p) => Object.assign(p, { [`${CLAIM}deployment_id`]: 'deployment-unknown' }) }), 403, 'deployment_id'],
    ['a wrong state', () => ({ state: 'a-state-we-never-issued' }), 400, 'passt zu keiner laufenden Anmeldung'],
    ['another LTI version', () => ({ tamperPayload: (p) => Object.assign(p, { [`${CLAIM}version`]: '1.1' }) }), 400, 'keine gültige LTI-1.3-Nachricht'],
  ];

  it.each(refusals)('refuses %s with a clear message in the user\u2019s language', async (_name, options, status, words) => {
    const launch = await platform.launch({ custom: { scenario: SCENARIO_ID }, ...options() });
    expect(launch.status, launch.text).toBe(status);
    expect(launch.text).toContain(words);
    expect(launch.location).toBeNull();
  });

  it('refuses a replayed id_token (its nonce belongs to an earlier login), in English for an English browser', async () => {
    const first = await platform.launch({ sub: 'replayer', custom: { scenario: SCENARIO_ID } });
    expect(first.status).toBe(303);
    const replay = await platform.launch({ idToken: first.idToken, acceptLanguage: 'en-GB,en;q=0.8' });
    expect(replay.status).toBe(401);
    expect(replay.text).toContain('This launch was used already or belongs to another login');
  });

  it('refuses a login from an unregistered platform and a cross-site post to any other route', async () => {
    const login = await api(server.url, `/lti/login?${new URLSearchParams({ iss: 'https://unknown.example', login_hint: 'x', target_link_uri: `${server.url}/lti/launch` })}`);
    expect(login.status).toBe(400);
    expect(login.text).toContain('nicht eingetragen');
    const foreign = await api(server.url, '/lti/deep-link', { form: { request: 'x' }, origin: platform.url });
    expect(foreign.status).toBe(403);
  });

  it.runIf(kind === 'sqlite')('a score the platform refuses is kept and sent again until it arrives', async () => {
    const launch = await platform.launch({ sub: 'retry-learner', contextId: 'course-retry', resourceLinkId: 'link-module', custom: { module: '4' }, lineItem: 'li-retry' });
    const token = handoff(launch.location).get('token')!;
    platform.failNextScores(2);
    const run = runBody();
    expect((await api(server.url, '/api/runs', { bearer: token, json: run })).status).toBe(201);
    const score = await eventually(() => platform.scores.find((s) => s.lineItem === 'li-retry'), 'the score after two refusals');
    expect(score.body.userId).toBe('retry-learner');
    const open = await server.openDatabase();
    try {
      const job = await open.db.selectFrom('lti_grade_jobs').selectAll().where('run_id', '=', run.id).executeTakeFirstOrThrow();
      expect(job.attempts).toBe(2);
      expect(job.sent_at).not.toBeNull();
    } finally {
      await open.close();
    }
  });
});
