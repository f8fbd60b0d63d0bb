/**
 * Late disputes (issue 12): a learner who marks a judgement as wrong after the run has ended (after
 * the last move, or in the test-mode debrief) gets the dispute to the server. The store hands the
 * updated record to `onLateDispute`; the server takes a resend of the same run id whose only change
 * is its disputes (idempotent: the same disputes again change nothing), and refuses one that changes
 * anything else. Real temporary SQLite for the server part.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, analyseReply, featureIdsOf } from '../../src/analysis/index.ts';
import { choicesNow, choose, replay, type PathStep, type WrittenReply } from '../../src/engine/index.ts';
import { createApp, type CandystormApp } from '../../src/server/app.ts';
import { upsertAssignments } from '../../src/server/repos/assignments.ts';
import { insertClass } from '../../src/server/repos/classes.ts';
import { insertLearner } from '../../src/server/repos/learners.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import { disputesTaken, ingestRun, type IngestLearner, type RunSubmission } from '../../src/server/services/ingest.ts';
import { scenarioSource } from '../../src/server/services/scenario-source.ts';
import type { FinishedRun } from '../../src/stores/progress.ts';
import { createSimulatorStore } from '../../src/stores/simulator-store.ts';
import { loadSiteScenario, SCENARIO_ID, SCENARIO_MODULE } from '../support/api-fixtures.ts';
import { loadScenario } from './load-fixture.ts';
import { useMemoryStorage } from './memory-storage.ts';

describe('simulator store: a dispute after the run has ended', () => {
  const { scenario, analysis } = loadScenario('valid-write.yaml');
  const reply: WrittenReply = { features: ['acknowledge', 'next-step'], analyser: ANALYSER_VERSION, length: 10, text: 'Verstehe. ' };
  useMemoryStorage();

  it('hands the record, with the dispute and the same run id, to onLateDispute; pressing again takes it back', async () => {
    const finished: FinishedRun[] = [];
    const late: FinishedRun[] = [];
    const s = createSimulatorStore(scenario, { extremes: analysis.extremes!, onFinish: (r) => finished.push(r), onLateDispute: (r) => late.push(r) });
    await s.persist.rehydrate();
    expect(s.getState().write(reply, 0)).toMatchObject({ ok: true });
    expect(finished).toHaveLength(1);
    s.getState().dispute(0, 'next-step');
    expect(late).toHaveLength(1);
    expect(late[0]!.id).toBe(finished[0]!.id);
    expect(late[0]!.path).toEqual([{ write: { ...reply, disputed: ['next-step'] } }]);
    s.getState().dispute(0, 'next-step');
    expect(late[1]!.path).toEqual([{ write: reply }]);
  });

  it('does not call it for a dispute during the run: the run takes the dispute along when it ends', async () => {
    const site = loadSiteScenario(SCENARIO_ID);
    const finished: FinishedRun[] = [];
    const late: FinishedRun[] = [];
    const s = createSimulatorStore(site.scenario, { extremes: site.analysis.extremes!, onFinish: (r) => finished.push(r), onLateDispute: (r) => late.push(r) });
    await s.persist.rehydrate();
    expect(s.getState().write(reply, 0)).toMatchObject({ ok: true });
    expect(s.getState().run.ended).toBe(false);
    s.getState().dispute(0, 'acknowledge');
    expect(late).toHaveLength(0);
    while (!s.getState().run.ended) s.getState().choose(choicesNow(site.scenario, s.getState().run)[0]!.id, 0);
    expect(finished).toHaveLength(1);
    expect(finished[0]!.path[0]).toEqual({ write: { ...reply, disputed: ['acknowledge'] } });
    expect(late).toHaveLength(0);
  });
});

describe('the server takes disputes of a run it already has', () => {
  const { scenario } = loadSiteScenario(SCENARIO_ID);
  const WARM = 'Dreimal umsonst gewartet, das ist wirklich ärgerlich. Schicken Sie mir Ihre Sendungsnummer per DM, dann kläre ich das heute noch.';
  const honest = (extra: Partial<WrittenReply> = {}): WrittenReply => ({ features: featureIdsOf(analyseReply(WARM, 'de')), analyser: ANALYSER_VERSION, length: WARM.length, text: WARM, lang: 'de', ...extra });
  let dir: string;
  let app: CandystormApp;
  let anna: IngestLearner;
  let ben: IngestLearner;

  function completed(prefix: PathStep[]): PathStep[] {
    const start = replay(scenario, prefix);
    if (!start.ok) throw new Error(start.error);
    let run = start.run;
    const rest: string[] = [];
    while (!run.ended) {
      const first = choicesNow(scenario, run)[0]!;
      const next = choose(scenario, run, first.id);
      if (!next.ok) throw new Error(next.error);
      run = next.run;
      rest.push(first.id);
    }
    return [...prefix, ...rest];
  }
  const storedPath = async (id: string) => JSON.parse((await app.db.selectFrom('runs').select('path').where('id', '=', id).executeTakeFirstOrThrow()).path) as PathStep[];
  const withReply = (path: PathStep[], write: WrittenReply): PathStep[] => [{ write }, ...path.slice(1)];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candystorm-late-disputes-'));
    app = await createApp({ sqliteFile: join(dir, 'test.sqlite') });
    app.scenarios.provide(scenarioSource(async () => [scenario]));
    const trainer = await insertTrainer(app.db, 'late@example.org', 'scrypt$x');
    const cls = await insertClass(app.db, trainer.id, 'Klasse Birke', 'ACDE-FGHM');
    await upsertAssignments(app.db, cls.id, [{ scenarioId: SCENARIO_ID, module: SCENARIO_MODULE, mode: 'test', dueDate: null, collectReplies: false }]);
    const assigned = new Set([SCENARIO_ID]);
    anna = { id: (await insertLearner(app.db, cls.id, 'Anna', 'hash-a')).id, assignedScenarios: assigned };
    ben = { id: (await insertLearner(app.db, cls.id, 'Ben', 'hash-b')).id, assignedScenarios: assigned };
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('replaces the stored disputes on a resend, changes nothing else, and a second resend changes nothing', async () => {
    const path = completed([{ write: honest() }]);
    const first: RunSubmission = { id: randomUUID(), scenarioId: SCENARIO_ID, scenarioVersion: scenario.version, path, finishedAt: new Date().toISOString() };
    const stored = await ingestRun(app.db, app.runWriter, app.scenarios, anna, first);
    expect(stored).toMatchObject({ ok: true, answer: { created: true } });
    const before = await app.db.selectFrom('runs').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();

    const disputed = { ...first, path: withReply(path, honest({ disputed: ['next-step'] })) };
    const again = await ingestRun(app.db, app.runWriter, app.scenarios, anna, disputed);
    expect(again).toEqual({ ok: true, answer: { id: first.id, created: false, endingId: before.ending_id, overall: before.overall } });
    const after = await app.db.selectFrom('runs').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect((await storedPath(first.id))[0]).toEqual({ write: { features: honest().features, analyser: ANALYSER_VERSION, length: WARM.length, disputed: ['next-step'] } });
    // Not collecting: the resend's text is not stored either.
    expect(after.path).not.toContain('Dreimal');
    expect({ ...after, path: '' }).toEqual({ ...before, path: '' });

    expect(await ingestRun(app.db, app.runWriter, app.scenarios, anna, disputed)).toMatchObject({ ok: true });
    expect((await app.db.selectFrom('runs').select('path').where('id', '=', first.id).executeTakeFirstOrThrow()).path).toBe(after.path);

    // Taking the dispute back removes it.
    expect(await ingestRun(app.db, app.runWriter, app.scenarios, anna, first)).toMatchObject({ ok: true });
    expect((await storedPath(first.id))[0]).toEqual({ write: { features: honest().features, analyser: ANALYSER_VERSION, length: WARM.length } });
  });

  it('refuses a resend that changes more than disputes, and one from another learner', async () => {
    const path = completed([{ write: honest() }]);
    const first: RunSubmission = { id: randomUUID(), scenarioId: SCENARIO_ID, scenarioVersion: scenario.version, path, finishedAt: new Date().toISOString() };
    expect(await ingestRun(app.db, app.runWriter, app.scenarios, anna, first)).toMatchObject({ ok: true });
    const storedBefore = await storedPath(first.id);
    const otherFeatures = { ...first, path: completed([{ write: { features: ['insult'], analyser: ANALYSER_VERSION, length: 12, disputed: ['insult'] } }]) };
    expect(await ingestRun(app.db, app.runWriter, app.scenarios, anna, otherFeatures)).toMatchObject({ ok: false, code: 'run-id-taken' });
    const fromBen = { ...first, path: withReply(path, honest({ disputed: ['acknowledge'] })) };
    expect(await ingestRun(app.db, app.runWriter, app.scenarios, ben, fromBen)).toMatchObject({ ok: false, code: 'run-id-taken' });
    expect(await storedPath(first.id)).toEqual(storedBefore);
  });

  it('disputesTaken: same moves and features apart from disputes, or nothing', () => {
    const a: PathStep[] = [{ write: { features: ['thanks'], analyser: '1.2.0', length: 5 } }, 'x'];
    expect(disputesTaken(a, [{ write: { features: ['thanks'], analyser: '1.2.0', length: 5, disputed: ['thanks'] } }, 'x'])).toEqual([{ write: { features: ['thanks'], analyser: '1.2.0', length: 5, disputed: ['thanks'] } }, 'x']);
    expect(disputesTaken(a, [{ write: { features: ['thanks'], analyser: '1.2.0', length: 5 } }, 'y'])).toBeUndefined();
    expect(disputesTaken(a, [{ write: { features: ['thanks'], analyser: '1.2.0', length: 6 } }, 'x'])).toBeUndefined();
    expect(disputesTaken(a, ['x'])).toBeUndefined();
  });
});
