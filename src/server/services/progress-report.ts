/**
 * A learner's device says where the learner is in an assigned scenario ("decision n of about m"),
 * for the class page's "playing" status. Pseudonymous like runs (the device token names a learner,
 * nothing else), idempotent (the last report replaces the one before) and never a result: a report
 * about a scenario the class has not assigned, or from an archived class, is ignored, not refused,
 * since it harms nothing and the device need not know.
 */
import { z } from 'zod';
import { idSchema } from '../../engine/index.ts';
import type { CandystormApp } from '../app.ts';
import { saveProgress } from '../repos/learner-progress.ts';
import { now } from '../repos/types.ts';
import type { SendingLearner } from './sending-learner.ts';

/** No scenario has anywhere near this many decisions on one path; a larger number is a wrong device. */
export const MAX_DECISIONS = 200;

/** POST /api/progress's body. */
export const progressReportSchema = z
  .strictObject({
    scenarioId: idSchema,
    /** The decision the learner is at now, from 1. */
    decision: z.int().min(1).max(MAX_DECISIONS),
    /** The decisions on the path as the device estimates them (taken so far plus the fewest still ahead). */
    decisions: z.int().min(1).max(MAX_DECISIONS),
  })
  .refine((r) => r.decision <= r.decisions, { error: 'decision must not be larger than decisions', path: ['decision'] });

export type ProgressReport = z.output<typeof progressReportSchema>;

/** Stores the report and tells open class pages; 'ignored' when it is about nothing the class plays. */
export async function reportProgress(app: CandystormApp, learner: SendingLearner, report: ProgressReport): Promise<'stored' | 'ignored'> {
  if (learner.archived || !learner.assignedScenarios.has(report.scenarioId)) return 'ignored';
  await saveProgress(app.db, { learner_id: learner.id, scenario_id: report.scenarioId, decision: report.decision, decisions: report.decisions, reported_at: now() });
  app.classChanges.changed(learner.classId);
  return 'stored';
}
