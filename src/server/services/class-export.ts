/**
 * The rows of a class's CSV export: every run of every learner, oldest first, each with the mode of
 * its assignment, its attempt number and whether it is the learner's first or best run as the
 * dashboard counts them (services/dashboard.ts `attemptScores`), and the choices made.
 */
import { listAssignments } from '../repos/assignments.ts';
import type { ClassRow } from '../repos/classes.ts';
import { listLearners } from '../repos/learners.ts';
import { listRunsOfClass, type RunRow } from '../repos/runs.ts';
import type { Db } from '../repos/types.ts';
import type { PathStep } from '../../engine/index.ts';
import type { CsvRun } from './csv.ts';
import { attemptScores } from './dashboard.ts';

export async function classCsvRuns(db: Db, cls: ClassRow): Promise<CsvRun[]> {
  const [assignments, learners, runs] = await Promise.all([listAssignments(db, cls.id), listLearners(db, cls.id), listRunsOfClass(db, cls.id)]);
  const names = new Map(learners.map((l) => [l.id, l.pseudonym]));
  const assignmentOf = new Map(assignments.map((a) => [a.scenario_id, a]));
  const groups = new Map<string, RunRow[]>();
  for (const r of runs) {
    const key = `${r.learner_id}|${r.scenario_id}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const extra = new Map<string, Pick<CsvRun, 'mode' | 'attempt' | 'first' | 'best'>>();
  for (const group of groups.values()) {
    const assignment = assignmentOf.get(group[0]!.scenario_id);
    const order: 'received_at' | 'finished_at' = assignment?.mode === 'test' ? 'received_at' : 'finished_at';
    const sorted = [...group].sort((a, b) => (a[order] === b[order] ? a.id.localeCompare(b.id) : a[order] < b[order] ? -1 : 1));
    const scores = assignment ? attemptScores(group, assignment) : undefined;
    const best = assignment ? bestOf(group, assignment.mode === 'test' ? assignment.mode_since : undefined) : undefined;
    sorted.forEach((r, i) =>
      extra.set(r.id, {
        mode: assignment ? (assignment.mode === 'test' ? 'test' : 'practice') : undefined,
        attempt: i + 1,
        first: scores?.firstRun?.id === r.id,
        best: best?.id === r.id,
      }),
    );
  }
  return runs.map((r) => ({
    ...r,
    pseudonym: names.get(r.learner_id) ?? '',
    path: JSON.parse(r.path) as PathStep[],
    ...(extra.get(r.id) ?? { mode: undefined, attempt: 1, first: false, best: false }),
  }));
}

/** The best run (the earliest of equals) among those since `since` (test mode), or all. */
function bestOf(runs: readonly RunRow[], since: string | undefined): RunRow | undefined {
  return runs
    .filter((r) => since === undefined || r.received_at >= since)
    .reduce<RunRow | undefined>((best, r) => (best === undefined || r.overall > best.overall ? r : best), undefined);
}
