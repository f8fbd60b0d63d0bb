/**
 * What a trainer sees of a class: each learner's status and best score per assignment, the class
 * average per dimension, and, per decision of each assigned scenario, how many chose what (counted
 * over each learner's first run, the choice they made before any feedback from a replay).
 */
import { DIMENSIONS, replay, type Dimension, type Localised, type PathStep, type Scenario } from '../../engine/index.ts';
import { listAssignments } from '../repos/assignments.ts';
import type { ClassRow } from '../repos/classes.ts';
import { listLearners } from '../repos/learners.ts';
import { listRunsOfClass, type RunRow } from '../repos/runs.ts';
import type { Db } from '../repos/types.ts';
import type { ScenarioSource } from './scenario-source.ts';

export interface LearnerStatus {
  id: string;
  pseudonym: string;
  /** `done`: every scenario of the module played to an ending; `best`: the best overall score. */
  assignments: { module: number; done: boolean; best: number | null; runs: number }[];
}

export interface DecisionCount {
  nodeId: string;
  prompt: Localised | undefined;
  choices: { choiceId: string; text: Localised; count: number }[];
  /** How many first runs passed this decision. */
  total: number;
}

export interface ClassDashboard {
  class: { id: string; name: string; joinCode: string; archived: boolean };
  assignments: { id: string; module: number; mode: string; dueDate: string | null; collectReplies: boolean; scenarios: { id: string; title: Localised }[] }[];
  learners: LearnerStatus[];
  /** Mean of the learners' best runs per scenario, per dimension; null without runs. */
  averages: Record<Dimension, number | null>;
  decisions: { scenarioId: string; title: Localised; runs: number; nodes: DecisionCount[] }[];
}

function decisionCounts(scenario: Scenario, firstRuns: RunRow[]): DecisionCount[] {
  const counts = new Map<string, Map<string, number>>();
  for (const run of firstRuns) {
    const replayed = replay(scenario, JSON.parse(run.path) as PathStep[]);
    if (!replayed.ok) continue; // stored runs were replayed on arrival; a later version may differ
    for (const step of replayed.run.steps) {
      const perNode = counts.get(step.nodeId) ?? new Map<string, number>();
      perNode.set(step.choiceId, (perNode.get(step.choiceId) ?? 0) + 1);
      counts.set(step.nodeId, perNode);
    }
  }
  const out: DecisionCount[] = [];
  for (const [nodeId, node] of Object.entries(scenario.nodes)) {
    if (node.type !== 'decision' || !counts.has(nodeId)) continue;
    const perNode = counts.get(nodeId)!;
    out.push({
      nodeId,
      prompt: node.prompt,
      choices: node.choices.map((c) => ({ choiceId: c.id, text: c.text, count: perNode.get(c.id) ?? 0 })),
      total: [...perNode.values()].reduce((a, b) => a + b, 0),
    });
  }
  return out;
}

export async function classDashboard(db: Db, source: ScenarioSource, cls: ClassRow): Promise<ClassDashboard> {
  const [assignments, learners, runs] = await Promise.all([listAssignments(db, cls.id), listLearners(db, cls.id), listRunsOfClass(db, cls.id)]);
  const scenariosByModule = new Map<number, Scenario[]>();
  for (const a of assignments) scenariosByModule.set(a.module, await source.ofModule(a.module));

  const runsOf = (learnerId: string, module: number) => runs.filter((r) => r.learner_id === learnerId && r.module === module);
  const bestPerLearnerScenario = new Map<string, RunRow>();
  for (const r of runs) {
    const key = `${r.learner_id}|${r.scenario_id}`;
    if ((bestPerLearnerScenario.get(key)?.overall ?? -1) < r.overall) bestPerLearnerScenario.set(key, r);
  }
  const averages = Object.fromEntries(DIMENSIONS.map((d) => [d, null])) as Record<Dimension, number | null>;
  // Only modules assigned now: a removed assignment no longer counts towards the class average.
  const assigned = new Set(assignments.map((a) => a.module));
  const bests = [...bestPerLearnerScenario.values()].filter((r) => assigned.has(r.module));
  if (bests.length) {
    for (const d of DIMENSIONS) {
      averages[d] = Math.round(bests.reduce((sum, r) => sum + ((JSON.parse(r.scores) as Record<string, number>)[d] ?? 0), 0) / bests.length);
    }
  }

  const decisions: ClassDashboard['decisions'] = [];
  for (const a of assignments) {
    for (const scenario of scenariosByModule.get(a.module) ?? []) {
      const first = new Map<string, RunRow>();
      for (const r of runs) if (r.scenario_id === scenario.id && r.scenario_version === scenario.version && !first.has(r.learner_id)) first.set(r.learner_id, r);
      decisions.push({ scenarioId: scenario.id, title: scenario.title, runs: first.size, nodes: decisionCounts(scenario, [...first.values()]) });
    }
  }

  return {
    class: { id: cls.id, name: cls.name, joinCode: cls.join_code, archived: cls.archived_at !== null },
    assignments: assignments.map((a) => ({
      id: a.id,
      module: a.module,
      mode: a.mode,
      dueDate: a.due_date,
      collectReplies: a.collect_replies === 1,
      scenarios: (scenariosByModule.get(a.module) ?? []).map((s) => ({ id: s.id, title: s.title })),
    })),
    learners: learners.map((l) => ({
      id: l.id,
      pseudonym: l.pseudonym,
      assignments: assignments.map((a) => {
        const mine = runsOf(l.id, a.module);
        // Done when every scenario of the module has been played to an ending at least once.
        const played = new Set(mine.map((r) => r.scenario_id));
        const done = (scenariosByModule.get(a.module) ?? []).every((s) => played.has(s.id)) && mine.length > 0;
        return { module: a.module, done, best: mine.length ? Math.max(...mine.map((r) => r.overall)) : null, runs: mine.length };
      }),
    })),
    averages,
    decisions,
  };
}
