/**
 * Resume codes against the BUILT server, on SQLite and PostgreSQL: joining answers a resume code once
 * (only its hash is stored); the same pseudonym with the right code continues the same learner on a
 * new device token (the old one stops working, the results stay); a wrong code or name is refused
 * alike; wrong attempts are limited per pseudonym, from any address, and per address.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { assign, createClass, joinClass, runBody, SCENARIO_ID, type ClassInfo, type Learner } from '../support/api-fixtures.ts';

describe.each(DATABASE_KINDS)('resume codes on %s', (kind) => {
  let server: ApiServer;
  let cookie: string;
  let cls: ClassInfo;
  let lea: Learner;
  const url = () => server.url;
  const resume = (resumeCode: string, pseudonym = lea.pseudonym, from?: string) =>
    api(url(), '/api/resume', { json: { code: cls.joinCode, pseudonym, resumeCode }, ...(from ? { from } : {}) });

  beforeAll(async () => {
    server = await startApiServer(kind);
    await createTrainer(server.env, 'resume@example.org', 'resume-password-1');
    cookie = await signIn(url(), 'resume@example.org', 'resume-password-1');
    cls = await createClass(url(), cookie, 'Klasse 9d');
    await assign(url(), cookie, cls.id, 4, 'test');
    lea = await joinClass(url(), cls.joinCode, 'Lerche Lea');
  }, 120_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('joining answers a readable resume code; the database holds only its hash', async () => {
    expect(lea.resumeCode).toMatch(/^[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}-[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}-[ACDEFGHJKMNPQRTUVWXYZ2346789]{4}$/);
    const open = await server.openDatabase();
    try {
      const row = await open.db.selectFrom('learners').select(['resume_code_hash']).where('id', '=', lea.id).executeTakeFirstOrThrow();
      expect(row.resume_code_hash).toBeTruthy();
      expect(row.resume_code_hash).not.toContain(lea.resumeCode.replace(/-/g, ''));
      const all = JSON.stringify(await open.db.selectFrom('learners').selectAll().execute());
      expect(all).not.toContain(lea.resumeCode);
    } finally {
      await open.close();
    }
    // Nobody gets it again: the learner's overview does not carry it.
    expect((await api(url(), '/api/learner', { bearer: lea.token })).text).not.toContain(lea.resumeCode);
  });

  it('a wrong code and a wrong name are refused alike, and the learner keeps their device', async () => {
    const wrongCode = await resume('AAAA-AAAA-AAAA', lea.pseudonym, '127.0.0.51');
    const wrongName = await resume(lea.resumeCode, 'Niemand Sonst', '127.0.0.52');
    expect(wrongCode.status).toBe(404);
    expect(wrongName.status).toBe(404);
    expect(wrongCode.json.error).toBe(wrongName.json.error);
    expect((await api(url(), '/api/learner', { bearer: lea.token })).status).toBe(200);
  });

  it('the same pseudonym with the right code continues the same learner: new token, same results, the first test run still counts', async () => {
    const first = runBody({ finishedAt: new Date().toISOString() });
    expect((await api(url(), '/api/runs', { bearer: lea.token, json: first })).status).toBe(201);
    // Typed the way a person might: lower case, spaces instead of dashes.
    const resumed = await resume(lea.resumeCode.toLowerCase().replace(/-/g, ' '), ` ${lea.pseudonym} `);
    expect(resumed.status, resumed.text).toBe(200);
    expect(resumed.json.learner).toEqual({ id: lea.id, pseudonym: lea.pseudonym });
    expect(resumed.json.class).toEqual({ name: cls.name });
    expect(resumed.json.token).not.toBe(lea.token);
    expect(resumed.json.resumeCode).toBeUndefined();
    // The old device is signed out; the new one sends as the same learner.
    expect((await api(url(), '/api/learner', { bearer: lea.token })).status).toBe(401);
    const second = runBody({ finishedAt: new Date().toISOString() });
    expect((await api(url(), '/api/runs', { bearer: resumed.json.token, json: second })).status).toBe(201);
    const d = await api(url(), `/api/classes/${cls.id}`, { cookie });
    expect(d.json.learners).toHaveLength(1);
    const status = d.json.learners[0].assignments.find((a: { scenarioId: string }) => a.scenarioId === SCENARIO_ID);
    expect(status.runs).toBe(2);
    // Test mode: the run from the first device is the one that counts.
    const stored = await api(url(), `/api/classes/${cls.id}/learners/${lea.id}`, { cookie });
    const firstStored = stored.json.runs.find((r: { id: string }) => r.id === first.id);
    expect(status.first).toBe(firstStored.overall);
    lea = { ...lea, token: resumed.json.token };
  });

  it('wrong attempts for one pseudonym are limited, from whatever address they come', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 11; i++) answers.push((await resume('AAAA-AAAA-AAAA', lea.pseudonym, `127.0.1.${i + 1}`)).status);
    // Two wrong ones were made above already: the limit of 10 is reached within these.
    expect(answers.slice(0, 8)).toEqual(Array(8).fill(404));
    expect(answers.at(-1)).toBe(429);
    // Even the right code waits now: guessing and then succeeding is no way round the limit.
    expect((await resume(lea.resumeCode, lea.pseudonym, '127.0.2.1')).status).toBe(429);
  });
});
