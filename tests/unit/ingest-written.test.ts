/**
 * The server re-scores written replies (issue 12): ingestRun on a real temporary SQLite database with
 * the site's paket-verspaetet, whose first decision takes a written reply. The outcome always follows
 * from the features; the server's own analysis of a sent text wins over the browser's features when
 * the analyser versions match; the text is stored only where the assignment collects it; and bad
 * written steps are refused with their own codes and messages.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, analyseReply, featureIdsOf } from '../../src/analysis/index.ts';
import { choicesNow, choose, replay, type PathStep, type WrittenReply } from '../../src/engine/index.ts';
import { createApp, type CandystormApp } from '../../src/server/app.ts';
import { validate } from '../../src/server/http/api.ts';
import { describeProblem } from '../../src/server/http/problems.ts';
import { upsertAssignment } from '../../src/server/repos/assignments.ts';
import { insertClass } from '../../src/server/repos/classes.ts';
import { insertLearner } from '../../src/server/repos/learners.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import { ingestRun, runSubmissionSchema, type IngestLearner, type RunSubmission } from '../../src/server/services/ingest.ts';
import { scenarioSource } from '../../src/server/services/scenario-source.ts';
import { expectedScore, loadSiteScenario, SCENARIO_ID, SCENARIO_MODULE } from '../support/api-fixtures.ts';

const { scenario } = loadSiteScenario(SCENARIO_ID);
const WARM_DE = 'Dreimal umsonst gewartet, das ist wirklich ärgerlich. Schicken Sie mir Ihre Sendungsnummer per DM, dann kläre ich das heute noch.';
const RUDE_DE = 'Ihr seid doch selber schuld, wenn ihr nie zuhause seid.';

/** A written reply with the server's own analysis of `text` (what an honest browser sends). */
function honest(text: string, extra: Partial<WrittenReply> = {}): WrittenReply {
  return { features: featureIdsOf(analyseReply(text, 'de')), analyser: ANALYSER_VERSION, length: text.length, text, lang: 'de', ...extra };
}

/** `prefix`, completed to an ending by always taking the first choice on offer. */
function completed(prefix: PathStep[]): PathStep[] {
  const start = replay(scenario, prefix);
  if (!start.ok) throw new Error(`prefix refused: ${start.error}`);
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

describe('ingestRun with written replies', () => {
  let dir: string;
  let app: CandystormApp;
  let plain: IngestLearner;
  let collecting: IngestLearner;
  const submission = (path: PathStep[]): RunSubmission => ({ id: randomUUID(), scenarioId: SCENARIO_ID, scenarioVersion: scenario.version, path, finishedAt: new Date().toISOString() });
  const storedPath = async (id: string) => JSON.parse((await app.db.selectFrom('runs').select('path').where('id', '=', id).executeTakeFirstOrThrow()).path) as PathStep[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candystorm-written-'));
    app = await createApp({ sqliteFile: join(dir, 'test.sqlite') });
    app.scenarios.provide(scenarioSource(async () => [scenario]));
    const trainer = await insertTrainer(app.db, 'written@example.org', 'scrypt$x');
    const cls = await insertClass(app.db, trainer.id, 'Klasse Linde', 'ACDE-FGHK');
    await upsertAssignment(app.db, cls.id, { module: SCENARIO_MODULE, mode: 'practice', dueDate: null, collectReplies: true });
    const assigned = new Set([SCENARIO_MODULE]);
    plain = { id: (await insertLearner(app.db, cls.id, 'Anna', 'hash-anna')).id, assignedModules: assigned };
    collecting = { id: (await insertLearner(app.db, cls.id, 'Ben', 'hash-ben')).id, assignedModules: assigned, collectingModules: assigned };
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-scores a reply sent as features only, from the features', async () => {
    const path = completed([{ write: { features: ['acknowledge', 'next-step'], analyser: ANALYSER_VERSION, length: 120 } }]);
    const run = submission(path);
    const result = await ingestRun(app.db, app.runWriter, app.scenarios, plain, run);
    const expected = expectedScore(path);
    expect(result).toEqual({ ok: true, answer: { id: run.id, created: true, endingId: expected.endingId, overall: expected.overall } });
    expect(expected.steps[0]).toEqual({ nodeId: 'start', choiceId: 'verstanden-und-konkret' });
    expect((await storedPath(run.id))[0]).toEqual({ write: { features: ['acknowledge', 'next-step'], analyser: ANALYSER_VERSION, length: 120 } });
  });

  it('analyses a sent text itself and takes its own features over the browser\'s, keeping those as sentFeatures', async () => {
    // The browser claims a warm, concrete reply; the text is an accusation.
    const lie = honest(RUDE_DE, { features: ['acknowledge', 'next-step'] });
    const path = completed([{ write: { ...honest(RUDE_DE) } }]);
    const sent: PathStep[] = [{ write: lie }, ...path.slice(1)];
    const run = submission(sent);
    const result = await ingestRun(app.db, app.runWriter, app.scenarios, collecting, run);
    expect(result.ok).toBe(true);
    const [step] = await storedPath(run.id);
    expect(step).toEqual({ write: { ...honest(RUDE_DE), sentFeatures: ['acknowledge', 'next-step'] } });
    expect(result.ok && result.answer.overall).toBe(expectedScore(path).overall);
  });

  it('uses the browser\'s features when its analyser version differs (and cannot check them)', async () => {
    const reply = honest(RUDE_DE, { features: ['acknowledge', 'next-step'], analyser: '0.9.0' });
    const path = completed([{ write: reply }]);
    const run = submission(path);
    const result = await ingestRun(app.db, app.runWriter, app.scenarios, collecting, run);
    expect(result.ok && result.answer.overall).toBe(expectedScore(path).overall);
    expect((await storedPath(run.id))[0]).toEqual({ write: reply });
  });

  it('stores the text only where the assignment collects written replies', async () => {
    const path = completed([{ write: honest(WARM_DE, { disputed: ['next-step'] }) }]);
    const off = submission(path);
    const on = submission(path);
    expect((await ingestRun(app.db, app.runWriter, app.scenarios, plain, off)).ok).toBe(true);
    expect((await ingestRun(app.db, app.runWriter, app.scenarios, collecting, on)).ok).toBe(true);
    const { text: _t, lang: _l, ...withoutText } = honest(WARM_DE, { disputed: ['next-step'] });
    expect((await storedPath(off.id))[0]).toEqual({ write: withoutText });
    expect((await storedPath(on.id))[0]).toEqual({ write: honest(WARM_DE, { disputed: ['next-step'] }) });
    expect(JSON.stringify(await storedPath(off.id))).not.toContain('Dreimal');
  });

  const bad: { what: string; path: () => PathStep[]; code: string; status: number; mentions: RegExp }[] = [
    {
      what: 'a written reply at a node without `write:`',
      path: () => ['verstaendnis-dm', { write: { features: [], analyser: ANALYSER_VERSION, length: 10 } }],
      code: 'write-not-here',
      status: 422,
      mentions: /^Step 2 .*"troll".*no written reply/,
    },
    { what: 'a reply longer than maxLength', path: () => [{ write: { features: [], analyser: ANALYSER_VERSION, length: 501 } }], code: 'reply-too-long', status: 422, mentions: /501 characters.*at most 500/ },
    { what: 'a text whose length differs from `length`', path: () => [{ write: { features: [], analyser: ANALYSER_VERSION, length: 3, text: 'four' } }], code: 'reply-mismatch', status: 422, mentions: /sent 3, text has 4/ },
    { what: 'an outcome id sent as a choice', path: () => ['verstanden-und-konkret'], code: 'path-refused', status: 422, mentions: /"verstanden-und-konkret".*unknown-choice/ },
  ];

  it.each(bad)('refuses $what ($code, $status) and stores nothing', async ({ path, code, status, mentions }) => {
    const run = submission(path());
    const result = await ingestRun(app.db, app.runWriter, app.scenarios, plain, run);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    const described = describeProblem(result.code, result.params);
    expect(described.status).toBe(status);
    expect(described.message).toMatch(mentions);
    expect(described.message).not.toMatch(/\{\w+\}/);
    expect(await app.db.selectFrom('runs').select('id').where('id', '=', run.id).execute()).toEqual([]);
  });
});

describe('the run body schema for written steps', () => {
  const body = (write: unknown) => ({ id: randomUUID(), scenarioId: SCENARIO_ID, scenarioVersion: 1, path: [{ write }], finishedAt: new Date().toISOString() });
  const refused = (write: unknown): string => {
    try {
      validate(runSubmissionSchema, body(write));
    } catch (error) {
      return describeProblem((error as { code: 'invalid-request' }).code, (error as { params: Record<string, string> }).params).message;
    }
    return 'accepted';
  };
  const ok = { features: ['insult'], analyser: '1.1.0', length: 4 };

  it('accepts a written step and a choice id side by side', () => {
    expect(validate(runSubmissionSchema, { ...body(ok), path: ['x', { write: ok }] }).path).toEqual(['x', { write: ok }]);
  });

  it.each([
    ['an unknown feature, naming the valid ones', { ...ok, features: ['empathy'] }, /path\.0\.write\.features\.0: "empathy" is no feature of the reply analyser; known features: acknowledge, apology/],
    ['too many features', { ...ok, features: Array(14).fill('insult') }, /path\.0\.write\.features: .*13/],
    ['a malformed analyser version', { ...ok, analyser: 'latest' }, /path\.0\.write\.analyser: the analyser version looks like 1\.2\.3/],
    ['a text over 2000 characters', { ...ok, length: 2001, text: 'x'.repeat(2001) }, /path\.0\.write\.(length|text)/],
    ['an unknown field', { ...ok, score: 100 }, /path\.0\.write: .*score/],
  ])('refuses %s with a message naming the field', (_what, write, message) => {
    expect(refused(write)).toMatch(message);
  });
});
