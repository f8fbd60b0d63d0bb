/**
 * Services answer in result codes, and one mapper turns a code into a status and a message: the
 * ingest service on a real (temporary) SQLite database built by the composition root, each refusal
 * by its code, and the mapper's words for them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiEn } from '../../src/i18n/api-en.ts';
import { createApp, type CandystormApp } from '../../src/server/app.ts';
import { describeProblem } from '../../src/server/http/problems.ts';
import { upsertAssignments } from '../../src/server/repos/assignments.ts';
import { insertClass } from '../../src/server/repos/classes.ts';
import { insertLearner } from '../../src/server/repos/learners.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import type { ProblemCode } from '../../src/server/result.ts';
import { ingestRun, type IngestLearner, type RunSubmission } from '../../src/server/services/ingest.ts';
import { scenarioSource } from '../../src/server/services/scenario-source.ts';
import { expectedScore, loadSiteScenario, SCENARIO_ID, SCENARIO_MODULE, VALID_PATH } from '../support/api-fixtures.ts';

describe('ingestRun returns result codes', () => {
  let dir: string;
  let app: CandystormApp;
  let anna: IngestLearner;
  let ben: IngestLearner;

  const submission = (overrides: Partial<RunSubmission> = {}): RunSubmission => ({
    id: randomUUID(),
    scenarioId: SCENARIO_ID,
    scenarioVersion: loadSiteScenario(SCENARIO_ID).scenario.version,
    path: [...VALID_PATH],
    finishedAt: new Date().toISOString(),
    ...overrides,
  });
  const ingest = (learner: IngestLearner, run: RunSubmission) => ingestRun(app.db, app.runWriter, app.scenarios, learner, run);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candystorm-results-'));
    app = await createApp({ sqliteFile: join(dir, 'test.sqlite') });
    app.scenarios.provide(scenarioSource(async () => [loadSiteScenario(SCENARIO_ID).scenario]));
    const trainer = await insertTrainer(app.db, 'results@example.org', 'scrypt$x');
    const cls = await insertClass(app.db, trainer.id, 'Klasse Eiche', 'ACDE-FGHJ');
    await upsertAssignments(app.db, cls.id, [{ scenarioId: SCENARIO_ID, module: SCENARIO_MODULE, mode: 'practice', dueDate: null }]);
    const assigned = new Set([SCENARIO_ID]);
    anna = { id: (await insertLearner(app.db, cls.id, 'Anna', 'hash-anna')).id, assignedScenarios: assigned };
    ben = { id: (await insertLearner(app.db, cls.id, 'Ben', 'hash-ben')).id, assignedScenarios: assigned };
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a valid run once: created, then a resend answered with what was stored', async () => {
    const run = submission();
    const first = await ingest(anna, run);
    const expected = expectedScore(VALID_PATH);
    expect(first).toEqual({ ok: true, answer: { id: run.id, created: true, endingId: expected.endingId, overall: expected.overall } });
    expect(await ingest(anna, run)).toEqual({ ok: true, answer: { id: run.id, created: false, endingId: expected.endingId, overall: expected.overall } });
    // Someone else's run id is refused, and Anna's run stays hers.
    expect(await ingest(ben, run)).toEqual({ ok: false, code: 'run-id-taken' });
  });

  const refusals: { what: string; learner?: () => IngestLearner; run: () => RunSubmission; code: ProblemCode; status: number }[] = [
    { what: 'an unknown scenario', run: () => submission({ scenarioId: 'gibt-es-nicht' }), code: 'scenario-unknown', status: 404 },
    { what: 'a scenario not assigned (another of the module is)', learner: () => ({ ...anna, assignedScenarios: new Set(['schulfest-abgesagt']) }), run: () => submission(), code: 'module-not-assigned', status: 403 },
    { what: 'another scenario version', run: () => submission({ scenarioVersion: 999 }), code: 'scenario-changed', status: 409 },
    { what: 'a choice the scenario refuses', run: () => submission({ path: ['gibt-es-nicht'] }), code: 'path-refused', status: 422 },
    { what: 'a path that stops before an ending', run: () => submission({ path: VALID_PATH.slice(0, 2) }), code: 'path-unfinished', status: 422 },
  ];

  it.each(refusals)('refuses $what with $code ($status), storing nothing', async ({ learner, run, code, status }) => {
    const submitted = run();
    const result = await ingest(learner?.() ?? anna, submitted);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    const { status: mapped, message } = describeProblem(result.code, result.params);
    expect(mapped).toBe(status);
    // Every placeholder of the message was filled from the result's parameters.
    expect(message).not.toMatch(/\{\w+\}/);
    expect(await app.db.selectFrom('runs').select('id').where('id', '=', submitted.id).execute()).toEqual([]);
  });
});

describe('describeProblem, the one code → status and message mapper', () => {
  it('fills the parameters a message names', () => {
    expect(describeProblem('scenario-changed', { scenarioId: 'paket', version: 3, sent: 2 })).toEqual({
      status: 409,
      message: 'The scenario "paket" has changed (version 3, your run: 2). Please play it again.',
      headers: {},
    });
    expect(describeProblem('body-too-large', { limit: 16384 })).toEqual({ status: 413, message: 'The body is larger than 16384 bytes.', headers: {} });
    // A limit carries its wait as Retry-After, so clients (the outbox) can honour it.
    expect(describeProblem('runs-rate-limited', { retryAfter: 42 })).toMatchObject({ status: 429, headers: { 'retry-after': '42' } });
  });

  it('gives every code a client or server error status and a sentence', () => {
    for (const code of Object.keys(apiEn) as ProblemCode[]) {
      const { status, message } = describeProblem(code);
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
      expect(message.length, code).toBeGreaterThan(10);
    }
    expect(describeProblem('server-error').status).toBe(500);
    expect(describeProblem('class-not-found').status).toBe(404);
  });
});
