/**
 * Written replies in the class dashboard's "who chose what" (issue 12): a write decision gets its own
 * row (how many wrote, which features how often, which outcome), and the replies' words appear only
 * while the assignment collects them. Real temporary SQLite, the site's paket-verspaetet (whose first
 * decision takes a written reply), runs stored through ingestRun as the server stores them.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSER_VERSION, analyseReply, FEATURE_IDS, featureIdsOf, type FeatureId } from '../../src/analysis/index.ts';
import { choicesNow, choose, replay, type PathStep, type WrittenReply } from '../../src/engine/index.ts';
import { createApp, type CandystormApp } from '../../src/server/app.ts';
import { upsertAssignments } from '../../src/server/repos/assignments.ts';
import { insertClass, type ClassRow } from '../../src/server/repos/classes.ts';
import { insertLearner } from '../../src/server/repos/learners.ts';
import { insertTrainer } from '../../src/server/repos/trainers.ts';
import { classDashboard } from '../../src/server/services/dashboard.ts';
import { ingestRun, type IngestLearner } from '../../src/server/services/ingest.ts';
import { scenarioSource } from '../../src/server/services/scenario-source.ts';
import { loadSiteScenario, SCENARIO_ID, SCENARIO_MODULE } from '../support/api-fixtures.ts';

const { scenario } = loadSiteScenario(SCENARIO_ID);
const WARM = 'Dreimal umsonst gewartet, das ist wirklich ärgerlich. Schicken Sie mir Ihre Sendungsnummer per DM, dann kläre ich das heute noch.';
const RUDE = 'Ihr seid doch selber schuld, wenn ihr nie zuhause seid.';

function honest(text: string): WrittenReply {
  return { features: featureIdsOf(analyseReply(text, 'de')), analyser: ANALYSER_VERSION, length: text.length, text, lang: 'de' };
}

/** `prefix`, completed to an ending by always taking the first choice on offer. */
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

describe('class dashboard: written replies at a write decision', () => {
  let dir: string;
  let app: CandystormApp;
  let cls: ClassRow;
  const collectReplies = (on: boolean) => upsertAssignments(app.db, cls.id, [{ scenarioId: SCENARIO_ID, module: SCENARIO_MODULE, mode: 'practice', dueDate: null, collectReplies: on }]);
  const startNode = async () => {
    const d = await classDashboard(app.db, app.scenarios, cls);
    return d.decisions.find((x) => x.scenarioId === SCENARIO_ID)!.nodes.find((n) => n.nodeId === 'start')!;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'candystorm-dash-written-'));
    app = await createApp({ sqliteFile: join(dir, 'test.sqlite') });
    app.scenarios.provide(scenarioSource(async () => [scenario]));
    const trainer = await insertTrainer(app.db, 'dash@example.org', 'scrypt$x');
    cls = await insertClass(app.db, trainer.id, 'Klasse Ahorn', 'ACDE-FGHJ');
    await collectReplies(true);
    const assigned = new Set([SCENARIO_ID]);
    const learner = async (name: string) => ({ id: (await insertLearner(app.db, cls.id, name, `hash-${name}`)).id, assignedScenarios: assigned, collectingScenarios: assigned }) satisfies IngestLearner;
    const submit = async (who: IngestLearner, path: PathStep[]) => {
      const result = await ingestRun(app.db, app.runWriter, app.scenarios, who, { id: randomUUID(), scenarioId: SCENARIO_ID, scenarioVersion: scenario.version, path, finishedAt: new Date().toISOString() });
      expect(result.ok).toBe(true);
    };
    await submit(await learner('Anna'), completed([{ write: honest(WARM) }]));
    await submit(await learner('Ben'), completed([{ write: honest(RUDE) }]));
    const fresh = replay(scenario, []);
    if (!fresh.ok) throw new Error(fresh.error);
    await submit(await learner('Cem'), completed([choicesNow(scenario, fresh.run)[0]!.id]));
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the write decision a row of its own: how many wrote, beside the choices', async () => {
    const node = await startNode();
    expect(node.total).toBe(3);
    expect(node.written?.count).toBe(2);
    // The choices still count only the picked choices.
    expect(node.choices.reduce((sum, c) => sum + c.count, 0)).toBe(1);
  });

  it('counts each feature over the written replies, as the server analysed them, and each outcome', async () => {
    const node = await startNode();
    const expected = new Map<FeatureId, number>();
    for (const text of [WARM, RUDE]) for (const id of featureIdsOf(analyseReply(text, 'de'))) expected.set(id, (expected.get(id) ?? 0) + 1);
    expect(node.written!.features).toEqual([...expected].map(([id, count]) => ({ id, count })).sort((a, b) => FEATURE_IDS.indexOf(a.id) - FEATURE_IDS.indexOf(b.id)));
    expect(node.written!.features.find((f) => f.id === 'acknowledge')?.count).toBe(1);
    const outcomes = Object.fromEntries(node.written!.outcomes.map((o) => [o.outcomeId, o.count]));
    expect(outcomes['verstanden-und-konkret']).toBe(1);
    expect(outcomes['schreibt-zurueck']).toBe(1);
    expect(node.written!.outcomes.reduce((sum, o) => sum + o.count, 0)).toBe(2);
  });

  it('shows the words only while the assignment collects written replies', async () => {
    expect((await startNode()).written!.texts).toEqual([RUDE, WARM].sort((a, b) => a.localeCompare(b)));
    await collectReplies(false);
    const node = await startNode();
    expect(node.written!.texts).toBeUndefined();
    expect(JSON.stringify(node)).not.toContain('Dreimal');
    expect(node.written!.count).toBe(2);
    await collectReplies(true);
  });
});
