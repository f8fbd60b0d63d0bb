/**
 * Accepting a finished run from a learner: the server trusts nothing the browser says about scores.
 * It replays the path (choice ids and written replies' features) with the same engine the browser
 * used, re-scores the run, and stores it once per run id.
 *
 * Written replies (docs/reply-analysis.md, "What the server verifies"): the outcome and the scores
 * always follow from the features, recomputed here. When a reply comes with its text (and language)
 * and the browser's analyser has the server's version, the server analyses the text itself and uses
 * its own features (keeping the browser's as `sentFeatures` when they differ). The text is stored only
 * when the learner's assignment of the scenario collects written replies; otherwise it is
 * dropped here and never reaches the database.
 */
import { z } from 'zod';
import { analyseReply, ANALYSER_VERSION, featureIdsOf } from '../../analysis/index.ts';
import { FEATURE_IDS, type FeatureId } from '../../analysis/types.ts';
import { choicePath, featureIdSchema, idSchema, ORDER_SEED_MAX, isWrittenStep, normaliseFeatures, replay, scoreRun, WRITE_MAX_LENGTH, type PathStep, type Scenario, type WrittenReply } from '../../engine/index.ts';
import type { RunRow } from '../repos/runs.ts';
import { findRun, updateRunPath } from '../repos/runs.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { finishTimeProblem, type FinishTimeCode } from './finish-time.ts';
import type { RunWriter } from './run-writer.ts';
import type { ScenarioSource, ScenarioWithExtremes } from './scenario-source.ts';

/** A written reply as POST /api/runs takes it (see WrittenStep in src/engine/run.ts). */
export const writtenStepSchema = z.strictObject({
  write: z.strictObject({
    features: z.array(featureIdSchema).max(FEATURE_IDS.length),
    analyser: z.string().regex(/^\d{1,4}\.\d{1,4}\.\d{1,4}$/, { error: 'the analyser version looks like 1.2.3' }),
    length: z.int().min(0).max(WRITE_MAX_LENGTH.max),
    text: z.string().max(WRITE_MAX_LENGTH.max).optional(),
    lang: z.enum(['de', 'en']).optional(),
    disputed: z.array(featureIdSchema).max(FEATURE_IDS.length).optional(),
  }),
});

const choiceIdSchema = z.string().min(1).max(80);

/**
 * One path entry: a choice id or a written reply. Checked by hand instead of `z.union`, so the
 * answer names what is wrong inside a written reply instead of "invalid input".
 */
const pathStepSchema = z.unknown().transform((value, ctx): PathStep => {
  const parsed = typeof value === 'string' ? choiceIdSchema.safeParse(value) : writtenStepSchema.safeParse(value);
  if (parsed.success) return parsed.data as PathStep;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path } as never);
  return z.NEVER;
});

export const runSubmissionSchema = z.strictObject({
  /** Chosen by the browser (a UUID) when the run ends; a resend carries the same id. */
  id: z.uuid().transform((id) => id.toLowerCase()),
  scenarioId: idSchema,
  scenarioVersion: z.int().min(1).max(100_000),
  path: z.array(pathStepSchema).min(1).max(200),
  finishedAt: z.iso.datetime({ offset: true }),
  /** The seed of the order the choices were shown in; optional, as older clients send none. */
  seed: z.int().min(0).max(ORDER_SEED_MAX).optional(),
});
export type RunSubmission = z.infer<typeof runSubmissionSchema>;

export interface IngestLearner {
  id: string;
  /** Scenarios assigned to the learner's class. */
  assignedScenarios: ReadonlySet<string>;
  /** Assigned scenarios whose assignment collects the text of written replies; none when absent. */
  collectingScenarios?: ReadonlySet<string>;
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

export type IngestCode =
  | 'scenario-unknown'
  | 'module-not-assigned'
  | 'scenario-changed'
  | 'path-refused'
  | 'path-unfinished'
  | 'write-not-here'
  | 'reply-too-long'
  | 'reply-mismatch'
  | 'learner-gone'
  | 'run-id-taken'
  | FinishTimeCode;

/** A written reply as stored: the features the outcome was computed from, and the browser's if they differ. */
export interface StoredReply extends WrittenReply {
  /** The browser's features, kept only when the server's own analysis of the text found others. */
  sentFeatures?: FeatureId[];
}

/**
 * The server's own features for a reply: its analysis of the text when the text and its language
 * came along and the analyser versions match; otherwise the browser's features (sorted, once each).
 */
export function reanalysed(reply: WrittenReply): StoredReply {
  const sent = normaliseFeatures(reply.features);
  if (reply.text === undefined || reply.lang === undefined || reply.analyser !== ANALYSER_VERSION) return { ...reply, features: sent };
  const own = featureIdsOf(analyseReply(reply.text, reply.lang));
  const differ = own.length !== sent.length || own.some((f, i) => f !== sent[i]);
  return { ...reply, features: own, ...(differ ? { sentFeatures: sent } : {}) };
}

/** A written step without the parts a resend may change or leave out: its disputes, and its text (kept as first stored). */
function withoutDisputes(step: PathStep): unknown {
  if (!isWrittenStep(step)) return step;
  const { disputed: _d, text: _t, lang: _l, ...rest } = step.write as StoredReply;
  return rest;
}

/**
 * The stored path with the disputes of `sent` when the two are the same run apart from disputes
 * (same moves, same features, analyser and lengths); undefined when they differ otherwise. Disputes
 * never change the outcome, so nothing is re-scored; sending the same disputes again changes nothing.
 */
export function disputesTaken(stored: readonly PathStep[], sent: readonly PathStep[]): PathStep[] | undefined {
  if (stored.length !== sent.length) return undefined;
  for (let i = 0; i < stored.length; i++) if (JSON.stringify(withoutDisputes(stored[i]!)) !== JSON.stringify(withoutDisputes(sent[i]!))) return undefined;
  return stored.map((step, i) => {
    const now = sent[i]!;
    if (!isWrittenStep(step) || !isWrittenStep(now)) return step;
    const { disputed: _old, ...rest } = step.write;
    const disputed = now.write.disputed ?? [];
    return { write: disputed.length > 0 ? { ...rest, disputed } : rest };
  });
}

/** Why a path was refused, as the most specific problem a learner can act on. */
function refusal(scenario: Scenario, path: readonly PathStep[], at: number, reason: string): IngestResult {
  const step = path[at];
  const n = at + 1;
  if (step !== undefined && isWrittenStep(step)) {
    const before = replay(scenario, path.slice(0, at));
    const node = before.ok ? scenario.nodes[before.run.nodeId] : undefined;
    const nodeId = before.ok ? before.run.nodeId : '';
    if (reason === 'not-a-write-decision') return fail('write-not-here', { scenarioId: scenario.id, n, nodeId });
    const write = node?.type === 'decision' ? node.write : undefined;
    if (reason === 'invalid-reply' && write && step.write.length > write.maxLength) {
      return fail('reply-too-long', { scenarioId: scenario.id, n, nodeId, length: step.write.length, maxLength: write.maxLength });
    }
    if (reason === 'invalid-reply' && step.write.text !== undefined && step.write.text.length !== step.write.length) {
      return fail('reply-mismatch', { n, length: step.write.length, textLength: step.write.text.length });
    }
  }
  return fail('path-refused', { scenarioId: scenario.id, n, choiceId: typeof step === 'string' ? step : 'written reply', reason });
}

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
  const path = run.path.map((step): PathStep => (isWrittenStep(step) ? { write: reanalysed(step.write) } : step));
  const replayed = replay(scenario, path);
  if (!replayed.ok) return refusal(scenario, path, replayed.at, replayed.error);
  const collects = learner.collectingScenarios?.has(scenario.id) === true;
  if (!replayed.run.ended) return fail('path-unfinished', { scenarioId: scenario.id });
  const score = scoreRun(scenario, replayed.run, extremes);
  const scores = Object.fromEntries(Object.entries(score.dimensions).map(([d, v]) => [d, v.percent]));
  const row: RunRow = {
    id: run.id,
    learner_id: learner.id,
    scenario_id: scenario.id,
    scenario_version: scenario.version,
    module: scenario.module,
    path: JSON.stringify(choicePath(replayed.run).map((step) => (isWrittenStep(step) && !collects ? { write: withoutText(step.write) } : step))),
    ending_id: score.ending!.id,
    outcome: score.ending!.outcome,
    scores: JSON.stringify(scores),
    overall: score.overall,
    finished_at: new Date(run.finishedAt).toISOString(),
    received_at: new Date().toISOString(),
    // Kept with the run, shown nowhere: the order never changes the score, only what was on screen.
    order_seed: run.seed ?? null,
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
    if (!stored || stored.learner_id !== learner.id) return fail('run-id-taken');
    if (stored.path !== row.path) {
      // A resend whose written replies were disputed after the run was sent (after the last move,
      // or in the test-mode debrief) brings its disputes along: they replace the stored ones.
      const withDisputes = disputesTaken(JSON.parse(stored.path) as PathStep[], JSON.parse(row.path) as PathStep[]);
      if (!withDisputes) return fail('run-id-taken');
      const updated = JSON.stringify(withDisputes);
      if (updated !== stored.path) await updateRunPath(db, run.id, learner.id, updated);
    }
    return { ok: true, answer: { id: run.id, created, endingId: stored.ending_id, overall: stored.overall } };
  }
  return { ok: true, answer: { id: run.id, created, endingId: row.ending_id, overall: row.overall } };
}

/** A reply without its text (and without the language, which only served to analyse the text). */
function withoutText(reply: WrittenReply): WrittenReply {
  const { text: _text, lang: _lang, ...rest } = reply;
  return rest;
}
