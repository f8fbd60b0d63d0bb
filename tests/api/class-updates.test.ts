/**
 * The class page's updates below the browser, on SQLite and PostgreSQL: the real composition root
 * and Node server with the class-events fast path. A learner's progress report is stored (the
 * dashboard then says "playing decision n of m"), reaches the trainer's open event stream as
 * "changed" (on PostgreSQL from another instance, through LISTEN/NOTIFY), and a run received after
 * it ends "playing". The stream refuses strangers as the pages do.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type CandystormApp } from '../../src/server/app.ts';
import { createSession } from '../../src/server/auth/sessions.ts';
import { createCandystormServer } from '../../src/server/http/create-server.ts';
import { classEventsEndpoint } from '../../src/server/http/class-events-endpoint.ts';
import { upsertAssignments } from '../../src/server/repos/assignments.ts';
import { insertRuns } from '../../src/server/repos/runs.ts';
import { createClass } from '../../src/server/services/classes.ts';
import { classDashboard } from '../../src/server/services/dashboard.ts';
import { joinClass } from '../../src/server/services/join.ts';
import { progressReportSchema, reportProgress } from '../../src/server/services/progress-report.ts';
import { scenarioSource } from '../../src/server/services/scenario-source.ts';
import { loadSiteScenario } from '../support/api-fixtures.ts';
import { ROOT } from '../support/api-server.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';
import { openEventStream } from '../support/live-instance.ts';

const SCENARIO = 'paket-verspaetet';

interface Instance {
  url: string;
  app: CandystormApp;
  close(): Promise<void>;
}

/** One server: the app and the class-events fast path (pages are not built here). */
async function startInstance(db: { sqliteFile?: string | undefined; url?: string | undefined }): Promise<Instance> {
  const app = db.sqliteFile ? await createApp({ sqliteFile: db.sqliteFile }) : await createApp({ url: db.url! });
  const ids = readdirSync(join(ROOT, 'content', 'scenarios')).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
  app.scenarios.provide(scenarioSource(async () => ids.map((id) => loadSiteScenario(id).scenario)));
  const dist = mkdtempSync(join(tmpdir(), 'candystorm-class-dist-'));
  mkdirSync(join(dist, 'client'));
  const server = createCandystormServer({ dist, astro: (_req, res) => void res.writeHead(599).end(), direct: classEventsEndpoint(app) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    },
  };
}

async function addTrainer(app: CandystormApp): Promise<{ id: string; cookie: string }> {
  const id = randomUUID();
  await app.db.insertInto('trainers').values({ id, email: `${id}@example.org`, password_hash: 'unused', created_at: new Date().toISOString() }).execute();
  const { token } = await createSession(app.db, id);
  return { id, cookie: `cs_session=${token}` };
}

describe.each(DATABASE_KINDS)('class page updates on %s', (kind) => {
  let database: TestDatabase;
  let instances: Instance[] = [];
  const start = async () => {
    const instance = await startInstance(kind === 'sqlite' ? { sqliteFile: database.file } : { url: database.url });
    instances.push(instance);
    return instance;
  };

  beforeEach(async () => {
    database = await openTestDatabase(kind);
    instances = [];
  });
  afterEach(async () => {
    for (const i of instances) await i.close().catch(() => undefined);
    await database.close();
  });

  /** A trainer's class with SCENARIO assigned and one learner who joined (on `app`). */
  async function classWithLearner(app: CandystormApp) {
    const trainer = await addTrainer(app);
    const cls = await createClass(app.db, trainer.id, '8b');
    await upsertAssignments(app.db, cls.id, [{ scenarioId: SCENARIO, module: loadSiteScenario(SCENARIO).scenario.module, mode: 'practice', dueDate: null }]);
    const joined = await joinClass(app.db, cls.join_code, 'Kim', `test-${randomUUID()}`);
    if (!joined.ok) throw new Error(joined.code);
    return { trainer, cls, learnerId: joined.joined.learner.id, token: joined.joined.token };
  }

  it('refuses the stream without a session (401) and for another trainer’s class (404)', async () => {
    const a = await start();
    const { cls } = await classWithLearner(a.app);
    const stranger = await addTrainer(a.app);
    expect((await fetch(`${a.url}/api/classes/${cls.id}/events`)).status).toBe(401);
    const foreign = await fetch(`${a.url}/api/classes/${cls.id}/events`, { headers: { cookie: stranger.cookie } });
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { code: string }).code).toBe('class-not-found');
  });

  it('tells the open class page about a progress report, which shows as "playing" until a run arrives', async () => {
    const a = await start();
    // On PostgreSQL the learner's device talks to another instance than the trainer's page.
    const b = kind === 'postgres' ? await start() : a;
    const { trainer, cls, token } = await classWithLearner(b.app);
    const stream = await openEventStream(`${a.url}/api/classes/${cls.id}/events`, { cookie: trainer.cookie });
    expect(stream.response.statusCode).toBe(200);
    expect(stream.response.headers['content-type']).toContain('text/event-stream');

    const learner = (await b.app.sendingLearners.find(token))!;
    // A scenario the class does not play is ignored, not stored.
    expect(await reportProgress(b.app, learner, progressReportSchema.parse({ scenarioId: 'not-assigned-here', decision: 1, decisions: 3 }))).toBe('ignored');
    expect(await reportProgress(b.app, learner, progressReportSchema.parse({ scenarioId: SCENARIO, decision: 2, decisions: 5 }))).toBe('stored');
    await stream.waitFor((e) => e.event === 'changed');

    const playing = await classDashboard(a.app.db, a.app.scenarios, cls);
    expect(playing.learners[0]!.assignments[0]!.playing).toEqual({ decision: 2, of: 5 });
    expect(playing.learners[0]!.assignments[0]!.done).toBe(false);

    // The run that ends the attempt arrives after the report: no longer "playing".
    const later = new Date(Date.now() + 1000).toISOString();
    await insertRuns(a.app.db, [
      { id: randomUUID(), learner_id: learner.id, scenario_id: SCENARIO, scenario_version: 1, module: 1, path: '[]', ending_id: 'x', outcome: 'calm', scores: '{}', overall: 70, finished_at: later, received_at: later },
    ]);
    const done = await classDashboard(a.app.db, a.app.scenarios, cls);
    expect(done.learners[0]!.assignments[0]!.playing).toBeNull();
    expect(done.learners[0]!.assignments[0]!.done).toBe(true);
    stream.close();
  });

  it('refuses a report whose decision lies beyond its own count', () => {
    expect(progressReportSchema.safeParse({ scenarioId: SCENARIO, decision: 4, decisions: 3 }).success).toBe(false);
    expect(progressReportSchema.safeParse({ scenarioId: SCENARIO, decision: 0, decisions: 3 }).success).toBe(false);
  });
});
