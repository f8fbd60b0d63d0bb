/**
 * Assignments per scenario and a real test mode, against the BUILT server on SQLite and PostgreSQL:
 * one scenario of a module assigned alone (in test mode) beside another (practice); in test mode the
 * first run to arrive counts, whatever finish time the device claims; the trainer releases results
 * per assignment and the learner's overview says so; a new mode starts counting afresh; a scenario
 * that is not assigned takes no runs although its module has another assigned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, createTrainer, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';
import { createClass, expectedScore, joinClass, randomPath, rng, runBody, type ClassInfo, type Learner } from '../support/api-fixtures.ts';

const PAKET = 'paket-verspaetet';
const SCHULFEST = 'schulfest-abgesagt';

/** Two complete paths of a scenario, the first scoring lower than the second. */
function lowThenHigh(scenarioId: string, seed: number): [string[], string[]] {
  const random = rng(seed);
  const byOverall = new Map<number, string[]>();
  for (let i = 0; i < 2000 && byOverall.size < 6; i++) {
    const path = randomPath(random, scenarioId);
    byOverall.set(expectedScore(path, scenarioId).overall, path);
  }
  const sorted = [...byOverall.entries()].sort((a, b) => a[0] - b[0]);
  if (sorted.length < 2) throw new Error(`fewer than 2 different scores in ${scenarioId}`);
  return [sorted[0]![1], sorted.at(-1)![1]];
}

const START = Date.now();
const second = (s: number) => new Date(START + s * 1000).toISOString();

describe.each(DATABASE_KINDS)('assignments per scenario and test mode on %s', (kind) => {
  let server: ApiServer;
  let cookie: string;
  let cls: ClassInfo;
  let learner: Learner;
  const url = () => server.url;
  const dashboard = async () => {
    const res = await api(url(), `/api/classes/${cls.id}`, { cookie });
    expect(res.status).toBe(200);
    return res.json;
  };
  const send = async (scenarioId: string, path: string[], finishedAt: string) => api(url(), '/api/runs', { bearer: learner.token, json: runBody({ scenarioId, path, finishedAt }) });
  const assignmentOf = async (scenarioId: string) => (await dashboard()).assignments.find((a: { scenarioId: string }) => a.scenarioId === scenarioId);
  const statusOf = async (scenarioId: string) => {
    const d = await dashboard();
    const column = d.assignments.findIndex((a: { scenarioId: string }) => a.scenarioId === scenarioId);
    return d.learners.find((l: { id: string }) => l.id === learner.id).assignments[column];
  };
  const overviewOf = async (scenarioId: string) => {
    const res = await api(url(), '/api/learner', { bearer: learner.token });
    expect(res.status).toBe(200);
    return res.json.assignments.find((a: { scenarioId: string }) => a.scenarioId === scenarioId);
  };

  beforeAll(async () => {
    server = await startApiServer(kind);
    await createTrainer(server.env, 'test-mode@example.org', 'test-mode-password-1');
    cookie = await signIn(url(), 'test-mode@example.org', 'test-mode-password-1');
    cls = await createClass(url(), cookie, 'Klasse 8a');
    learner = await joinClass(url(), cls.joinCode, 'Lerche Lea');
  }, 120_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('assigns one scenario of a module alone, with its own mode and due date', async () => {
    const test = await api(url(), `/api/classes/${cls.id}/assignments`, { cookie, json: { scenarioId: SCHULFEST, mode: 'test', dueDate: '2026-12-24' } });
    expect(test.status, test.text).toBe(201);
    expect(test.json.scenarios).toEqual([SCHULFEST]);
    const d = await dashboard();
    expect(d.assignments).toHaveLength(1);
    expect(d.assignments[0]).toMatchObject({ scenarioId: SCHULFEST, module: 4, mode: 'test', dueDate: '2026-12-24', released: false });
    // Module 4's other scenario is not assigned: its runs are refused and stay on the device.
    const refused = await send(PAKET, lowThenHigh(PAKET, 3)[0], second(1));
    expect(refused.status).toBe(403);
    expect(refused.json.error).toContain(PAKET);
    // Then the other one, in practice, named together with its module as the class page's form sends it.
    expect((await api(url(), `/api/classes/${cls.id}/assignments`, { cookie, form: { module: '4', scenarioId: PAKET, mode: 'practice', dueDate: '' } })).status).toBe(201);
    expect((await dashboard()).assignments.map((a: { scenarioId: string; mode: string }) => [a.scenarioId, a.mode])).toEqual([
      [PAKET, 'practice'],
      [SCHULFEST, 'test'],
    ]);
  });

  it('refuses an unknown scenario and a request naming neither module nor scenario', async () => {
    expect((await api(url(), `/api/classes/${cls.id}/assignments`, { cookie, json: { scenarioId: 'gibt-es-nicht', mode: 'test' } })).status).toBe(404);
    const neither = await api(url(), `/api/classes/${cls.id}/assignments`, { cookie, json: { mode: 'test' } });
    expect(neither.status).toBe(400);
    expect(neither.json.error).toMatch(/module or scenarioId/);
    expect((await dashboard()).assignments).toHaveLength(2);
  });

  it('in test mode the first run to arrive counts, although a later one claims an earlier finish and scores higher', async () => {
    const [low, high] = lowThenHigh(SCHULFEST, 7);
    expect((await send(SCHULFEST, low, second(20))).status).toBe(201);
    expect((await send(SCHULFEST, high, second(2))).status).toBe(201);
    const lowScore = expectedScore(low, SCHULFEST).overall;
    const highScore = expectedScore(high, SCHULFEST).overall;
    expect(highScore).toBeGreaterThan(lowScore);
    expect(await statusOf(SCHULFEST)).toMatchObject({ runs: 2, done: true, first: lowScore, best: highScore, counted: lowScore });
    // The learner's own view shows the same, and that the results are held back.
    expect(await overviewOf(SCHULFEST)).toEqual({ scenarioId: SCHULFEST, module: 4, mode: 'test', dueDate: '2026-12-24', collectReplies: false, released: false, status: 'done', first: lowScore, best: highScore });
    // Practice is unchanged: the first is the run finished first, the best counts.
    const [pLow, pHigh] = lowThenHigh(PAKET, 5);
    expect((await send(PAKET, pHigh, second(30))).status).toBe(201);
    expect((await send(PAKET, pLow, second(3))).status).toBe(201);
    const pLowScore = expectedScore(pLow, PAKET).overall;
    const pHighScore = expectedScore(pHigh, PAKET).overall;
    expect(await statusOf(PAKET)).toMatchObject({ runs: 2, first: pLowScore, best: pHighScore, counted: pHighScore });
    expect(await overviewOf(PAKET)).toMatchObject({ released: true, status: 'done' });
  });

  it('the trainer releases the results per assignment (JSON and form), and can hold them back again', async () => {
    const test = await assignmentOf(SCHULFEST);
    const released = await api(url(), `/api/classes/${cls.id}/assignments/${test.id}`, { method: 'PATCH', cookie, json: { released: true } });
    expect(released.status, released.text).toBe(200);
    expect((await assignmentOf(SCHULFEST)).released).toBe(true);
    expect((await overviewOf(SCHULFEST)).released).toBe(true);

    const withheld = await api(url(), `/api/classes/${cls.id}/assignments/${test.id}`, { cookie, form: { _action: 'withhold', redirect: `/trainer/klasse/${cls.id}/?done=withheld` } });
    expect(withheld.status).toBe(303);
    expect(withheld.headers.get('location')).toBe(`/trainer/klasse/${cls.id}/?done=withheld`);
    expect((await overviewOf(SCHULFEST)).released).toBe(false);
    // The assignment is still there: "withhold" is no delete.
    expect((await dashboard()).assignments).toHaveLength(2);

    const formRelease = await api(url(), `/api/classes/${cls.id}/assignments/${test.id}`, { cookie, form: { _action: 'release', redirect: `/trainer/klasse/${cls.id}/` } });
    expect(formRelease.status).toBe(303);
    expect((await overviewOf(SCHULFEST)).released).toBe(true);
    const bad = await api(url(), `/api/classes/${cls.id}/assignments/${test.id}`, { method: 'PATCH', cookie, json: { released: 'yes' } });
    expect(bad.status).toBe(400);
  });

  it('a new mode starts counting afresh: practice runs do not count as the first run of a test', async () => {
    expect((await api(url(), `/api/classes/${cls.id}/assignments`, { cookie, json: { scenarioId: PAKET, mode: 'test' } })).status).toBe(201);
    expect(await statusOf(PAKET)).toMatchObject({ runs: 2, done: false, first: null, best: null, counted: null });
    expect(await overviewOf(PAKET)).toMatchObject({ mode: 'test', released: false, status: 'open', first: null });
    const [, high] = lowThenHigh(PAKET, 9);
    expect((await send(PAKET, high, second(40))).status).toBe(201);
    const score = expectedScore(high, PAKET).overall;
    expect(await statusOf(PAKET)).toMatchObject({ runs: 3, done: true, first: score, counted: score });
    // Assigning the same mode again changes the due date only, and keeps the count.
    expect((await api(url(), `/api/classes/${cls.id}/assignments`, { cookie, json: { scenarioId: PAKET, mode: 'test', dueDate: '2027-01-10' } })).status).toBe(201);
    expect(await statusOf(PAKET)).toMatchObject({ first: score });
    expect((await assignmentOf(PAKET)).dueDate).toBe('2027-01-10');
  });

  it('assigning a whole module adds every scenario it lacks and keeps the ones it has', async () => {
    expect((await api(url(), `/api/classes/${cls.id}/assignments`, { cookie, json: { module: 6, mode: 'practice' } })).status).toBe(201);
    const ids = (await dashboard()).assignments.map((a: { scenarioId: string }) => a.scenarioId);
    expect(ids).toEqual([PAKET, SCHULFEST, 'jugendzentrum-hetze', 'schule-austausch-hass']);
  });
});
