/**
 * Trainers' own scenarios against the BUILT server (SQLite and PostgreSQL): saving makes versions,
 * runs are re-scored against the version they name, only the owner and the learners of the owner's
 * classes reach a scenario, and bad input (too large, alias bombs, deep nesting, clashing ids,
 * markup, too many saves) gets a clear answer and leaves the stored data as it was.
 */
import { randomUUID } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, createTrainer, signIn, type ApiServer, startApiServer } from '../support/api-server.ts';
import { buildParty, joinClass, runBody, submitRun, type Party } from '../support/api-fixtures.ts';
import { firstPath, ownScenarioYaml } from '../support/own-scenario-fixtures.ts';

const save = (url: string, cookie: string, yaml: string) => api(url, '/api/trainer-scenarios', { json: { yaml }, cookie });

async function rowsOf(server: ApiServer, scenarioId: string): Promise<{ version: number; yaml: string }[]> {
  const open = await server.openDatabase();
  try {
    return await open.db.selectFrom('trainer_scenarios').select(['version', 'yaml']).where('scenario_id', '=', scenarioId).orderBy('version').execute();
  } finally {
    await open.close();
  }
}

describe.each(DATABASE_KINDS)('trainers\' own scenarios on %s', (kind) => {
  let server: ApiServer;
  let a: Party;
  let b: Party;
  const id = 'ahorn-mensa';
  const v1 = ownScenarioYaml(id);
  // Version 2 renames a choice: a path through version 1 is refused by version 2.
  const v2 = ownScenarioYaml(id, { 'invite-parents': 'invite-families' });
  const pathV1 = firstPath(v1, ['hide-insult', 'invite-parents']);

  beforeAll(async () => {
    server = await startApiServer(kind);
    [a, b] = await Promise.all([
      buildParty(server, { email: 'own-a@example.org', className: 'Klasse Eigen A', pseudonym: 'Eule Erik' }),
      buildParty(server, { email: 'own-b@example.org', className: 'Klasse Eigen B', pseudonym: 'Fuchs Fiona' }),
    ]);
  }, 150_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('saves version 1, answers an unchanged save with the same version, and a changed text as version 2', async () => {
    expect(pathV1).toContain('invite-parents');
    const first = await save(server.url, a.cookie, v1);
    expect(first.status, first.text).toBe(201);
    expect(first.json).toEqual({ id, version: 1, changed: true });
    const again = await save(server.url, a.cookie, v1);
    expect([again.status, again.json]).toEqual([200, { id, version: 1, changed: false }]);
    const second = await save(server.url, a.cookie, v2);
    expect([second.status, second.json]).toEqual([201, { id, version: 2, changed: true }]);
    expect((await rowsOf(server, id)).map((r) => [r.version, r.yaml === v1 ? 'v1' : r.yaml === v2 ? 'v2' : '?'])).toEqual([[1, 'v1'], [2, 'v2']]);
    const list = await api(server.url, '/api/trainer-scenarios', { cookie: a.cookie });
    expect(list.json.scenarios).toMatchObject([{ id, version: 2, module: 4 }]);
  });

  it('the list dates each scenario in the trainer\'s own time zone', async () => {
    const zone = 'Pacific/Auckland';
    expect((await api(server.url, '/api/me/time-zone', { cookie: a.cookie, json: { timeZone: zone } })).status).toBe(200);
    const open = await server.openDatabase();
    let savedAt: string;
    try {
      savedAt = (await open.db.selectFrom('trainer_scenarios').select('created_at').where('scenario_id', '=', id).where('version', '=', 2).executeTakeFirstOrThrow()).created_at;
    } finally {
      await open.close();
    }
    const shown = (timeZone: string) => new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(savedAt));
    // Berlin and Auckland are 11 to 13 hours apart: the page can only show one of them.
    expect(shown(zone)).not.toBe(shown('Europe/Berlin'));
    const page = await api(server.url, '/trainer/szenarien/', { cookie: a.cookie });
    expect(page.status).toBe(200);
    expect(page.text).toContain(shown(zone));
    expect(page.text).not.toContain(shown('Europe/Berlin'));
  });

  it('is played only once assigned to the class; only its owner can assign it', async () => {
    const learner = await joinClass(server.url, a.class.joinCode, 'Eule Egon');
    expect((await api(server.url, `/api/learner-scenarios/${id}`, { bearer: learner.token })).status).toBe(404);
    const unassigned = await submitRun(server.url, learner.token, runBody({ scenarioId: id, scenarioVersion: 2, path: firstPath(v2) }));
    expect(unassigned.status).toBe(403);
    const byB = await api(server.url, `/api/classes/${b.class.id}/assignments`, { json: { scenarioId: id, mode: 'practice' }, cookie: b.cookie });
    expect(byB.status).toBe(404);
    const byA = await api(server.url, `/api/classes/${a.class.id}/assignments`, { json: { scenarioId: id, mode: 'practice' }, cookie: a.cookie });
    expect([byA.status, byA.json]).toEqual([201, { ok: true, scenarios: [id] }]);
    const overview = await api(server.url, '/api/learner', { bearer: learner.token });
    expect(overview.json.assignments).toContainEqual(expect.objectContaining({ scenarioId: id, own: true, module: 4 }));
    expect((await api(server.url, `/api/learner-scenarios/${id}`, { bearer: learner.token })).status).toBe(200);
  });

  it('re-scores a run against the version it names: version 1\'s path counts on 1 and is refused on 2', async () => {
    const learner = await joinClass(server.url, a.class.joinCode, 'Eule Emma');
    const played = await api(server.url, `/api/learner-scenarios/${id}`, { bearer: learner.token });
    expect(played.status, played.text).toBe(200);
    expect(played.json.version).toBe(2);
    expect(played.json.scenario.version).toBe(2);
    const onV1 = runBody({ scenarioId: id, scenarioVersion: 1, path: pathV1 });
    const stored = await submitRun(server.url, learner.token, onV1);
    expect(stored.status, stored.text).toBe(201);
    const onV2 = await submitRun(server.url, learner.token, runBody({ scenarioId: id, scenarioVersion: 2, path: pathV1 }));
    expect(onV2.status, onV2.text).toBe(422);
    const noSuchVersion = await submitRun(server.url, learner.token, runBody({ scenarioId: id, scenarioVersion: 7, path: pathV1 }));
    expect(noSuchVersion.status).toBe(404);
    // The trainer's dashboard shows the run with the version it was played on.
    const detail = await api(server.url, `/api/classes/${a.class.id}/learners/${learner.id}`, { cookie: a.cookie });
    expect(detail.json.runs).toMatchObject([{ id: onV1.id, scenario_id: id, scenario_version: 1 }]);
  });

  it('nobody but the owner and the learners of the owner\'s classes reaches the scenario', async () => {
    expect((await api(server.url, `/api/learner-scenarios/${id}`, { bearer: b.learner.token })).status).toBe(404);
    expect((await api(server.url, `/api/trainer-scenarios/${id}`, { cookie: b.cookie })).status).toBe(404);
    expect((await api(server.url, `/api/trainer-scenarios/${id}`)).status).toBe(401);
    const listB = await api(server.url, '/api/trainer-scenarios', { cookie: b.cookie });
    expect(listB.json.scenarios).toEqual([]);
    const runOfB = await submitRun(server.url, b.learner.token, runBody({ scenarioId: id, scenarioVersion: 1, path: pathV1 }));
    // For B's learner the scenario does not exist (as for any unknown id).
    expect(runOfB.status).toBe(404);
    expect(runOfB.json.error).not.toContain('Mensa');
    // B's editor and B's save see no scenario and cannot take the id over.
    const editorB = await api(server.url, `/trainer/szenarien/bearbeiten/?id=${id}`, { cookie: b.cookie });
    expect(editorB.status).toBe(404);
    expect(editorB.text).not.toContain('invite-families');
    const takeover = await save(server.url, b.cookie, ownScenarioYaml(id, { 'Die Mensa macht zu': 'Gekapert' }));
    expect(takeover.status).toBe(409);
    expect((await rowsOf(server, id)).length).toBe(2);
    const own = await api(server.url, `/api/trainer-scenarios/${id}`, { cookie: a.cookie });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="${id}.yaml"`);
    expect(own.text).toBe(v2);
  });

  it('refuses ids of published scenarios and broken text with the line, storing nothing', async () => {
    const published = await save(server.url, a.cookie, ownScenarioYaml('paket-verspaetet'));
    expect(published.status).toBe(409);
    expect(published.json.error).toContain('published');
    const broken = await save(server.url, a.cookie, v1.replace('id: ahorn-mensa', 'id: ahorn-kaputt').replace('next: questions', 'next: nowhere'));
    expect(broken.status).toBe(422);
    expect(broken.json.error).toMatch(/line \d+: /);
    expect(broken.json.error).toContain('nowhere');
    expect(await rowsOf(server, 'paket-verspaetet')).toEqual([]);
    expect(await rowsOf(server, 'ahorn-kaputt')).toEqual([]);
  });

  it('answers hostile text quickly and clearly: too large, alias bomb, deep nesting', async () => {
    const large = await save(server.url, a.cookie, `${v1}\n# ${'x'.repeat(140 * 1024)}\n`);
    expect(large.status).toBe(413);
    expect(large.json.error).toContain('larger than');
    const tooLargeToSend = await api(server.url, '/api/trainer-scenarios', { json: { yaml: 'x'.repeat(400 * 1024) }, cookie: a.cookie });
    expect(tooLargeToSend.status).toBe(413);
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]'].join('\n');
    const aliases = await save(server.url, a.cookie, bomb);
    expect(aliases.status).toBe(422);
    expect(aliases.json.error).toMatch(/alias/i);
    const deep = await save(server.url, a.cookie, `${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    expect(deep.status).toBe(400);
    expect(deep.json.error).toContain('levels deep');
    const compact = await save(server.url, a.cookie, `${'- '.repeat(20_000)}x`);
    expect(compact.status).toBe(400);
    expect((await api(server.url, '/api/health')).status).toBe(200);
  });

  it('shows markup in scenario texts as text on the editor page', async () => {
    const markupId = 'ahorn-markup';
    const yaml = ownScenarioYaml(markupId, { 'Die Mensa macht zu': '<script>alert(1)</script><img src=x onerror=alert(2)>' });
    expect((await save(server.url, a.cookie, yaml)).status).toBe(201);
    const page = await api(server.url, `/trainer/szenarien/bearbeiten/?id=${markupId}`, { cookie: a.cookie });
    expect(page.status).toBe(200);
    // Parsed as a browser parses it: the markup is text (in headings, attributes, the listing), never an element.
    const { document } = new JSDOM(page.text).window;
    expect([...document.querySelectorAll('script')].filter((el) => el.textContent?.includes('alert(1)') && el.getAttribute('type') !== 'application/json')).toEqual([]);
    expect(document.querySelectorAll('img[src="x"]').length).toBe(0);
    expect(document.querySelector('h3')?.textContent).toContain('<script>alert(1)</script>');
    expect(JSON.parse(document.querySelector('script[data-island-props]')!.textContent!).scenario.title.de).toContain('<script>alert(1)');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('the editor page checks a posted form and shows the message at its line, in the page\'s language', async () => {
    const broken = v1.replace('id: ahorn-mensa', 'id: ahorn-formular').replace('next: questions', 'next: nowhere');
    const line = broken.split('\n').findIndex((l) => l.includes('next: nowhere')) + 1;
    const de = await api(server.url, '/trainer/szenarien/bearbeiten/', { form: { yaml: broken, action: 'save' }, cookie: a.cookie });
    expect(de.status).toBe(422);
    expect(de.text).toContain('Fehler und wurde nicht gespeichert');
    expect(de.text).toContain(`href="#yaml-line-${line}"`);
    expect(de.text).toMatch(new RegExp(`id="yaml-line-${line}"[^>]*>\\s*<pre[^>]*>\\s*next: nowhere`));
    const en = await api(server.url, '/en/trainer/scenarios/edit/', { form: { yaml: broken, action: 'check' }, cookie: a.cookie });
    expect(en.status).toBe(200);
    expect(en.text).toContain('Checker messages');
    const saved = await api(server.url, '/en/trainer/scenarios/edit/', { form: { yaml: v1.replace('id: ahorn-mensa', 'id: ahorn-formular'), action: 'save' }, cookie: a.cookie });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('location')).toBe('/en/trainer/scenarios/edit/?id=ahorn-formular&saved=1');
    expect((await rowsOf(server, 'ahorn-formular')).length).toBe(1);
  });

  it('deleting removes every version and the assignments; stored runs stay with their learners', async () => {
    const gone = 'ahorn-geloescht';
    for (const yaml of [ownScenarioYaml(gone), ownScenarioYaml(gone, { 'Die Mensa macht zu': 'Die Mensa bleibt zu' })]) expect((await save(server.url, a.cookie, yaml)).status).toBe(201);
    expect((await api(server.url, `/api/classes/${a.class.id}/assignments`, { json: { scenarioId: gone }, cookie: a.cookie })).status).toBe(201);
    const learner = await joinClass(server.url, a.class.joinCode, 'Eule Ella');
    const run = runBody({ scenarioId: gone, scenarioVersion: 2, path: firstPath(ownScenarioYaml(gone)) });
    expect((await submitRun(server.url, learner.token, run)).status).toBe(201);
    expect((await api(server.url, `/api/trainer-scenarios/${gone}`, { method: 'DELETE', cookie: b.cookie })).status).toBe(404);
    expect((await rowsOf(server, gone)).length).toBe(2);
    const deleted = await api(server.url, `/api/trainer-scenarios/${gone}`, { form: { redirect: '/trainer/szenarien/?done=scenario-deleted' }, cookie: a.cookie });
    expect([deleted.status, deleted.headers.get('location')]).toEqual([303, '/trainer/szenarien/?done=scenario-deleted']);
    expect(await rowsOf(server, gone)).toEqual([]);
    const dashboard = await api(server.url, `/api/classes/${a.class.id}`, { cookie: a.cookie });
    expect(dashboard.json.assignments.map((x: { scenarioId: string }) => x.scenarioId)).not.toContain(gone);
    expect((await api(server.url, `/api/learner-scenarios/${gone}`, { bearer: learner.token })).status).toBe(404);
    const detail = await api(server.url, `/api/classes/${a.class.id}/learners/${learner.id}`, { cookie: a.cookie });
    expect(detail.json.runs.map((r: { id: string }) => r.id)).toEqual([run.id]);
  });

  it('allows 100 checks and saves a minute per trainer, then answers 429 with Retry-After', async () => {
    await createTrainer(server.env, 'own-busy@example.org', 'busy-password-1');
    const cookie = await signIn(server.url, 'own-busy@example.org', 'busy-password-1');
    const yaml = ownScenarioYaml('busy-mensa');
    for (let n = 0; n < 100; n++) {
      const res = await save(server.url, cookie, yaml);
      expect(res.status, `save ${n + 1}`).toBe(n === 0 ? 201 : 200);
    }
    const refused = await save(server.url, cookie, ownScenarioYaml('busy-mensa', { 'Die Mensa': 'Die Kantine' }));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await rowsOf(server, 'busy-mensa')).length).toBe(1);
    // Another trainer is not slowed down by it.
    expect((await save(server.url, b.cookie, ownScenarioYaml(`birke-${randomUUID().slice(0, 8)}`))).status).toBe(201);
  }, 120_000);
});
