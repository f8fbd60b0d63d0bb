/**
 * A new join code for a class (settings page, POST /api/classes/{id}/join-code), against the BUILT
 * server on SQLite and PostgreSQL: the old code stops working at once, the new one lets learners
 * join, and learners who joined before keep their place, their device and their resume code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { assign, createClass, joinClass, runBody, type ClassInfo, type Learner } from '../support/api-fixtures.ts';

describe.each(DATABASE_KINDS)('renewing a join code on %s', (kind) => {
  let server: ApiServer;
  let cookie: string;
  let cls: ClassInfo;
  let before: Learner;
  const url = () => server.url;

  beforeAll(async () => {
    server = await startApiServer(kind);
    await createTrainer(server.env, 'code@example.org', 'code-password-1');
    cookie = await signIn(url(), 'code@example.org', 'code-password-1');
    cls = await createClass(url(), cookie, 'Klasse 8b');
    await assign(url(), cookie, cls.id, 4);
    before = await joinClass(url(), cls.joinCode, 'Amsel Ada');
  }, 120_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('the old code stops working, the new one admits, and who joined before stays', async () => {
    const renewed = await api(url(), `/api/classes/${cls.id}/join-code`, { cookie, method: 'POST' });
    expect(renewed.status, renewed.text).toBe(200);
    const code: string = renewed.json.joinCode;
    expect(code).not.toBe(cls.joinCode);
    expect((await api(url(), `/api/classes/${cls.id}`, { cookie })).json.class.joinCode).toBe(code);

    const withOld = await api(url(), '/api/join', { json: { code: cls.joinCode, pseudonym: 'Fremder Fuchs' }, from: '127.0.0.61' });
    expect(withOld.status).toBe(404);
    expect(withOld.json.error).toBeTruthy();
    await joinClass(url(), code, 'Bussard Ben');

    // The learner from before still sends runs with their device token …
    expect((await api(url(), '/api/runs', { bearer: before.token, json: runBody({ finishedAt: new Date().toISOString() }) })).status).toBe(201);
    // … and continues on another device with the class's new code and their own resume code.
    const resumed = await api(url(), '/api/resume', { json: { code, pseudonym: before.pseudonym, resumeCode: before.resumeCode } });
    expect(resumed.status, resumed.text).toBe(200);
    expect(resumed.json.learner.id).toBe(before.id);
    const learners = (await api(url(), `/api/classes/${cls.id}`, { cookie })).json.learners.map((l: { pseudonym: string }) => l.pseudonym);
    expect(learners.sort()).toEqual(['Amsel Ada', 'Bussard Ben']);
  });

  it('the settings form gets a redirect that says it is done, and the code changed', async () => {
    const was = (await api(url(), `/api/classes/${cls.id}`, { cookie })).json.class.joinCode;
    const back = `/trainer/klasse/${cls.id}/einstellungen/?done=code-renewed`;
    const res = await api(url(), `/api/classes/${cls.id}/join-code`, { cookie, form: { redirect: back, confirm: 'yes' } });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(back);
    expect((await api(url(), `/api/classes/${cls.id}`, { cookie })).json.class.joinCode).not.toBe(was);
  });
});
