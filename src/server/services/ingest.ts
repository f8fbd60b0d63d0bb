/**
 * Accepting a finished run from a learner: the server trusts nothing the browser says about scores.
 * It replays the choice ids with the same engine the browser used, re-scores the run, and stores it
 * once per run id.
 */
import { z } from 'zod';
import { choicePath, idSchema, replay, scoreRun } from '../../engine/index.ts';
import { HttpError } from '../http/api.ts';
import type { RunRow } from '../repos/runs.ts';
import { findRun } from '../repos/runs.ts';
import type { Db } from '../repos/types.ts';
import type { RunWriter } from './run-writer.ts';
import type { ScenarioSource } from './scenario-source.ts';

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
  /** Modules assigned to the learner's class. */
  assignedModules: ReadonlySet<number>;
}

export interface IngestAnswer {
  id: string;
  /** True when this request stored the run; false when it was stored before (a resend). */
  created: boolean;
  endingId: string;
  overall: number;
}

export async function ingestRun(db: Db, writer: RunWriter, source: ScenarioSource, learner: IngestLearner, run: RunSubmission): Promise<IngestAnswer> {
  const found = await source.get(run.scenarioId);
  if (!found) throw new HttpError(404, `There is no scenario "${run.scenarioId}".`);
  const { scenario, extremes } = found;
  if (!learner.assignedModules.has(scenario.module)) {
    throw new HttpError(403, `Module ${scenario.module} is not assigned to your class, so this run is kept on your device only.`);
  }
  if (run.scenarioVersion !== scenario.version) {
    throw new HttpError(409, `The scenario "${scenario.id}" has changed (version ${scenario.version}, your run: ${run.scenarioVersion}). Please play it again.`);
  }
  const replayed = replay(scenario, run.path);
  if (!replayed.ok) {
    throw new HttpError(422, `This path is not possible in "${scenario.id}": choice ${replayed.at + 1} ("${run.path[replayed.at]}") was refused (${replayed.error}).`);
  }
  if (!replayed.run.ended) throw new HttpError(422, `This path does not reach an ending of "${scenario.id}": the run is not finished.`);
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
    throw new HttpError(409, 'This run could not be stored: your learner record no longer exists. Join the class again.');
  }
  if (!created) {
    // A resend is fine and is answered with what was stored; the same id from someone else, or for
    // another path, is not.
    const stored = await findRun(db, run.id);
    if (!stored || stored.learner_id !== learner.id || stored.path !== row.path) {
      throw new HttpError(409, 'This run id is already used for another run. Start a new run.');
    }
    return { id: run.id, created, endingId: stored.ending_id, overall: stored.overall };
  }
  return { id: run.id, created, endingId: row.ending_id, overall: row.overall };
}
