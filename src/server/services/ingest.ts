/**
 * Accepting a finished run from a learner: the server trusts nothing the browser says about scores.
 * It replays the choice ids with the same engine the browser used, re-scores the run, and stores it
 * once per run id.
 */
import { z } from 'zod';
import { choicePath, idSchema, replay, scoreRun } from '../../engine/index.ts';
import type { RunRow } from '../repos/runs.ts';
import { findRun } from '../repos/runs.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { finishTimeProblem, type FinishTimeCode } from './finish-time.ts';
import type { RunWriter } from './run-writer.ts';
import type { ScenarioSource, ScenarioWithExtremes } from './scenario-source.ts';

export const runSubmissionSchema = z.strictObject({
  /** Chosen by the browser (a UUID) when the run ends; a resend carries the same id. */
  id: z.uuid().transform((id) => id.toLowerCase()),
  scenarioId: idSchema,
  scenarioVersion: z.int().min(1).max(100_000),
  path: z.array(z.string().min(1).max(80)).min(1).max(200),
  finishedAt: z.iso.datetime({ offset: true }),
});
export type RunSubmission = z.infer<typeof runSubmissionSchema>;

export interface IngestLearner {
  id: string;
  /** Scenarios assigned to the learner's class. */
  assignedScenarios: ReadonlySet<string>;
  /** When the learner joined (ISO), if known: a run cannot have finished before. */
  joinedAt?: string;
  /** The learner's class: its trainer's own scenarios are looked up for it (when assigned to it). */
  classId?: string;
}

/**
 * Finds the exact version of a trainer's own scenario a run names, when the learner's class belongs
 * to that trainer (services/own-scenarios.ts versionForRun).
 */
export type OwnScenarioLookup = (classId: string, scenarioId: string, version: number) => Promise<ScenarioWithExtremes | undefined>;

export interface IngestAnswer {
  id: string;
  /** True when this request stored the run; false when it was stored before (a resend). */
  created: boolean;
  endingId: string;
  overall: number;
}

export type IngestCode = 'scenario-unknown' | 'module-not-assigned' | 'scenario-changed' | 'path-refused' | 'path-unfinished' | 'learner-gone' | 'run-id-taken' | FinishTimeCode;

/** The stored run, or why it was refused. */
export type IngestResult = Result<{ answer: IngestAnswer }, IngestCode>;

/** Replays and re-scores the run, then stores it once (a resend is answered with what was stored). */
export async function ingestRun(db: Db, writer: RunWriter, source: ScenarioSource, learner: IngestLearner, run: RunSubmission, ownScenario?: OwnScenarioLookup): Promise<IngestResult> {
  const badTime = finishTimeProblem(run.finishedAt, new Date(), learner.joinedAt);
  if (badTime) return badTime;
  const site = await source.get(run.scenarioId);
  // A trainer's own scenario is re-scored against the very version the run names.
  const own = !site && ownScenario && learner.classId ? await ownScenario(learner.classId, run.scenarioId, run.scenarioVersion) : undefined;
  const found = site ?? own;
  if (!found) return fail('scenario-unknown', { scenarioId: run.scenarioId });
  const { scenario, extremes } = found;
  if (!learner.assignedScenarios.has(scenario.id)) return fail('module-not-assigned', { module: scenario.module, scenarioId: scenario.id });
  if (run.scenarioVersion !== scenario.version) {
    return fail('scenario-changed', { scenarioId: scenario.id, version: scenario.version, sent: run.scenarioVersion });
  }
  const replayed = replay(scenario, run.path);
  if (!replayed.ok) {
    return fail('path-refused', { scenarioId: scenario.id, n: replayed.at + 1, choiceId: run.path[replayed.at] ?? '', reason: replayed.error });
  }
  if (!replayed.run.ended) return fail('path-unfinished', { scenarioId: scenario.id });
  const score = scoreRun(scenario, replayed.run, extremes);
  const scores = Object.fromEntries(Object.entries(score.dimensions).map(([d, v]) => [d, v.percent]));
  const row: RunRow = {
    id: run.id,
    learner_id: learner.id,
    scenario_id: scenario.id,
    scenario_version: scenario.version,
    module: scenario.module,
    path: JSON.stringify(choicePath(replayed.run)),
    ending_id: score.ending!.id,
    outcome: score.ending!.outcome,
    scores: JSON.stringify(scores),
    overall: score.overall,
    finished_at: new Date(run.finishedAt).toISOString(),
    received_at: new Date().toISOString(),
  };
  let created: boolean;
  try {
    created = await writer.submit(row);
  } catch {
    // The learner (or class) was deleted while this run was on its way.
    return fail('learner-gone');
  }
  if (!created) {
    // A resend is fine and is answered with what was stored; the same id from someone else, or for
    // another path, is not.
    const stored = await findRun(db, run.id);
    if (!stored || stored.learner_id !== learner.id || stored.path !== row.path) {
      return fail('run-id-taken');
    }
    return { ok: true, answer: { id: run.id, created, endingId: stored.ending_id, overall: stored.overall } };
  }
  return { ok: true, answer: { id: run.id, created, endingId: row.ending_id, overall: row.overall } };
}
