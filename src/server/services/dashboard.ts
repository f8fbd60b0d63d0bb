/**
 * What a trainer sees of a class: each learner's status, first and best score per assignment (one
 * scenario each), the class average per dimension, and, per decision of each assigned scenario, how
 * many chose what and how many reached each ending (counted over each learner's first run, the
 * choices made before any feedback from a replay). In test mode the first run received by the
 * server is the one that counts: the browser cannot pick a better one. A decision where learners may
 * write their own reply also counts the written replies: how many wrote, which features how often,
 * which outcome, and their words only where the assignment collects them.
 */
import { FEATURE_IDS, type FeatureId } from '../../analysis/types.ts';
import { DIMENSIONS, type Dimension, type Localised, type Scenario } from '../../engine/index.ts';
import { replayStoredPath } from './replay-memo.ts';
import { listAssignments } from '../repos/assignments.ts';
import type { Selectable } from 'kysely';
import type { AssignmentsTable } from '../db/schema.ts';
import type { ClassRow } from '../repos/classes.ts';
import { listProgressOfClass, type ProgressRow } from '../repos/learner-progress.ts';
import { listLearners } from '../repos/learners.ts';
import { listRunsOfClass, type RunRow } from '../repos/runs.ts';
import type { Db } from '../repos/types.ts';
import type { ScenarioSource } from './scenario-source.ts';

type AssignmentRow = Selectable<AssignmentsTable>;

/** One learner's results in one assignment (one scenario). */
export interface LearnerAssignmentStatus {
  assignmentId: string;
  scenarioId: string;
  /** Runs of this scenario the server received (every version). */
  runs: number;
  /** Played to an ending at least once (in test mode: since the test began). */
  done: boolean;
  /**
   * The overall score of the first run: in test mode the first received since the mode was set, the
   * one that counts, whatever the browser claims; in practice the first ever.
   */
  first: number | null;
  /** The best overall score (in test mode: since the test began). */
  best: number | null;
  /** The score that counts: the first in test mode, the best in practice. */
  counted: number | null;
  /**
   * Playing it now, as the learner's device last reported (decision n of an estimated m): a report
   * newer than the learner's last run of the scenario and than PLAYING_WINDOW_MS; null otherwise.
   */
  playing: { decision: number; of: number } | null;
}

export interface LearnerStatus {
  id: string;
  pseudonym: string;
  /** One entry per assignment, in the order of `ClassDashboard.assignments`. */
  assignments: LearnerAssignmentStatus[];
}

export interface DecisionCount {
  nodeId: string;
  prompt: Localised | undefined;
  choices: { choiceId: string; text: Localised; count: number }[];
  /** How many first runs passed this decision. */
  total: number;
  /** Only at a decision with `write:`: the learners who wrote their own reply there. */
  written?: WrittenCount;
}

/** The written replies at one decision, over the class's first runs: a row of their own beside the choices. */
export interface WrittenCount {
  /** How many first runs wrote a reply here (not picked a choice). */
  count: number;
  /** How many of those replies had each feature (the features the outcome was computed from), in `FEATURE_IDS` order; features nobody showed are left out. */
  features: { id: FeatureId; count: number }[];
  /** How many replies took each outcome of the write block, in the block's order. */
  outcomes: { outcomeId: string; count: number }[];
  /**
   * The replies' own words, sorted (so their order tells nothing about who wrote which): only while
   * the assignment collects written replies, and only texts the server stored because it did
   * (docs/privacy.md). Undefined otherwise.
   */
  texts?: string[];
}

/** One assigned scenario with its mode, due date and (test mode) whether its results are released. */
export interface AssignmentView {
  id: string;
  scenarioId: string;
  module: number;
  mode: 'practice' | 'test';
  dueDate: string | null;
  released: boolean;
  /** The trainer collects the text of written replies for this assignment (docs/privacy.md). */
  collectReplies: boolean;
  /** The scenario's title; undefined when the content no longer has the scenario. */
  title: Localised | undefined;
}

export interface ClassDashboard {
  class: { id: string; name: string; joinCode: string; archived: boolean };
  assignments: AssignmentView[];
  learners: LearnerStatus[];
  /** Mean of the learners' counted runs per assignment, per dimension; null without runs. */
  averages: Record<Dimension, number | null>;
  decisions: { scenarioId: string; title: Localised; runs: number; nodes: DecisionCount[]; endings: { nodeId: string; title: Localised; outcome: string; count: number }[] }[];
}

/** A progress report older than this no longer says "playing": the device was closed or left. */
export const PLAYING_WINDOW_MS = 20 * 60_000;

/** The learner's report as "playing", when it is about this scenario and newer than its last run. */
function playingOf(progress: ProgressRow | undefined, scenarioId: string, runs: readonly RunRow[]): LearnerAssignmentStatus['playing'] {
  if (!progress || progress.scenario_id !== scenarioId) return null;
  if (runs.some((r) => r.received_at >= progress.reported_at)) return null;
  return { decision: progress.decision, of: Math.max(progress.decision, progress.decisions) };
}

/** The runs that count for one learner and assignment: all of them, or in test mode those since it began. */
function countable(runs: readonly RunRow[], assignment: AssignmentRow): RunRow[] {
  return assignment.mode === 'test' ? runs.filter((r) => r.received_at >= assignment.mode_since) : [...runs];
}

/**
 * First and best of a learner's runs of one assignment. In test mode "first" is by arrival at the
 * server: a device could claim any finish time, so a later, better run cannot pass for the first.
 * In practice it is the run finished first (what the learner chose before any replay).
 */
export function attemptScores(runs: readonly RunRow[], assignment: AssignmentRow): Omit<LearnerAssignmentStatus, 'assignmentId' | 'scenarioId' | 'playing'> & { firstRun: RunRow | undefined; countedRun: RunRow | undefined } {
  const key: 'received_at' | 'finished_at' = assignment.mode === 'test' ? 'received_at' : 'finished_at';
  const mine = countable(runs, assignment).sort((a, b) => (a[key] === b[key] ? a.id.localeCompare(b.id) : a[key] < b[key] ? -1 : 1));
  const firstRun = mine[0];
  const bestRun = mine.reduce<RunRow | undefined>((best, r) => (best === undefined || r.overall > best.overall ? r : best), undefined);
  const countedRun = assignment.mode === 'test' ? firstRun : bestRun;
  return {
    runs: runs.length,
    done: mine.length > 0,
    first: firstRun?.overall ?? null,
    best: bestRun?.overall ?? null,
    counted: countedRun?.overall ?? null,
    firstRun,
    countedRun,
  };
}

/** The written replies seen at one decision while counting. */
interface WrittenTally {
  count: number;
  features: Map<FeatureId, number>;
  texts: string[];
}

/** Counts per decision over the first runs; `collect`: the assignment collects written replies, so stored texts may be shown. */
function decisionCounts(scenario: Scenario, firstRuns: RunRow[], collect: boolean): DecisionCount[] {
  const counts = new Map<string, Map<string, number>>();
  const written = new Map<string, WrittenTally>();
  for (const run of firstRuns) {
    const replayed = replayStoredPath(scenario, run.path);
    if (!replayed.ok) continue; // stored runs were replayed on arrival; a later version may differ
    for (const step of replayed.run.steps) {
      const perNode = counts.get(step.nodeId) ?? new Map<string, number>();
      perNode.set(step.choiceId, (perNode.get(step.choiceId) ?? 0) + 1);
      counts.set(step.nodeId, perNode);
      if (!step.reply) continue;
      const tally = written.get(step.nodeId) ?? { count: 0, features: new Map<FeatureId, number>(), texts: [] };
      tally.count += 1;
      for (const id of new Set(step.reply.features)) tally.features.set(id, (tally.features.get(id) ?? 0) + 1);
      if (step.reply.text !== undefined) tally.texts.push(step.reply.text);
      written.set(step.nodeId, tally);
    }
  }
  const out: DecisionCount[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'decision' || !counts.has(nodeId)) continue;
    const perNode = counts.get(nodeId)!;
    const tally = written.get(nodeId);
    out.push({
      nodeId,
      prompt: node.prompt,
      choices: node.choices.map((c) => ({ choiceId: c.id, text: c.text, count: perNode.get(c.id) ?? 0 })),
      total: [...perNode.values()].reduce((a, b) => a + b, 0),
      ...(node.write
        ? {
            written: {
              count: tally?.count ?? 0,
              features: FEATURE_IDS.filter((id) => (tally?.features.get(id) ?? 0) > 0).map((id) => ({ id, count: tally!.features.get(id)! })),
              outcomes: node.write.outcomes.map((o) => ({ outcomeId: o.id, count: perNode.get(o.id) ?? 0 })),
              ...(collect ? { texts: [...(tally?.texts ?? [])].sort((a, b) => a.localeCompare(b)) } : {}),
            },
          }
        : {}),
    });
  }
  return out;
}

export async function classDashboard(db: Db, source: ScenarioSource, cls: ClassRow, now: Date = new Date()): Promise<ClassDashboard> {
  const since = new Date(now.getTime() - PLAYING_WINDOW_MS).toISOString();
  const [assignments, learners, runs, reports] = await Promise.all([
    listAssignments(db, cls.id),
    listLearners(db, cls.id),
    listRunsOfClass(db, cls.id),
    listProgressOfClass(db, cls.id, since),
  ]);
  const progressOf = new Map(reports.map((p) => [p.learner_id, p]));
  const scenarios = new Map<string, Scenario | undefined>();
  for (const a of assignments) scenarios.set(a.scenario_id, (await source.get(a.scenario_id))?.scenario);

  // Runs per learner and scenario, grouped once: the page is asked for often while a class plays.
  const runsBy = new Map<string, RunRow[]>();
  for (const r of runs) {
    const key = `${r.learner_id}|${r.scenario_id}`;
    const list = runsBy.get(key);
    if (list) list.push(r);
    else runsBy.set(key, [r]);
  }

  const learnerViews: LearnerStatus[] = [];
  const counted: RunRow[] = [];
  const firstRunsOf = new Map<string, RunRow[]>();
  for (const l of learners) {
    const statuses: LearnerAssignmentStatus[] = [];
    for (const a of assignments) {
      const mine = runsBy.get(`${l.id}|${a.scenario_id}`) ?? [];
      const { firstRun, countedRun, ...scores } = attemptScores(mine, a);
      statuses.push({ assignmentId: a.id, scenarioId: a.scenario_id, ...scores, playing: playingOf(progressOf.get(l.id), a.scenario_id, mine) });
      if (countedRun) counted.push(countedRun);
      if (firstRun) firstRunsOf.set(a.scenario_id, [...(firstRunsOf.get(a.scenario_id) ?? []), firstRun]);
    }
    learnerViews.push({ id: l.id, pseudonym: l.pseudonym, assignments: statuses });
  }

  const averages = Object.fromEntries(DIMENSIONS.map((d) => [d, null])) as Record<Dimension, number | null>;
  if (counted.length) {
    for (const d of DIMENSIONS) {
      averages[d] = Math.round(counted.reduce((sum, r) => sum + ((JSON.parse(r.scores) as Record<string, number>)[d] ?? 0), 0) / counted.length);
    }
  }

  const decisions: ClassDashboard['decisions'] = [];
  for (const a of assignments) {
    const scenario = scenarios.get(a.scenario_id);
    if (!scenario) continue;
    const first = (firstRunsOf.get(scenario.id) ?? []).filter((r) => r.scenario_version === scenario.version);
    const endings = Object.entries(scenario.nodes)
      .filter(([, node]) => node.type === 'ending')
      .map(([nodeId, node]) => ({ nodeId, title: (node as { title: Localised }).title, outcome: (node as { outcome: string }).outcome, count: first.filter((r) => r.ending_id === nodeId).length }));
    decisions.push({ scenarioId: scenario.id, title: scenario.title, runs: first.length, nodes: decisionCounts(scenario, first, a.collect_replies === 1), endings });
  }

  return {
    class: { id: cls.id, name: cls.name, joinCode: cls.join_code, archived: cls.archived_at !== null },
    assignments: assignments.map((a) => ({
      id: a.id,
      scenarioId: a.scenario_id,
      module: a.module,
      mode: a.mode === 'test' ? 'test' : 'practice',
      dueDate: a.due_date,
      collectReplies: a.collect_replies === 1,
      released: a.mode !== 'test' || a.results_released_at !== null,
      title: scenarios.get(a.scenario_id)?.title,
    })),
    learners: learnerViews,
    averages,
    decisions,
  };
}
