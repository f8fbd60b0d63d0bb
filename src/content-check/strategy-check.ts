/**
 * Strategy figures for check:content: per scenario, does a rule of thumb reach a candystorm, and
 * are there at least two candystorm routes that differ in at least two decisions. The limits hold
 * over the scenarios checked together (all of content/scenarios/, or the files named).
 */
import { strategyFigures, type ProbeResult, type StrategyFigures } from '../engine/strategies.ts';
import type { Scenario } from '../engine/index.ts';
import type { FileProblem } from './file-problem.ts';

/** At most this share of scenarios may be won by "always the warmest choice". */
export const WARMEST_LIMIT = 0.25;
/** At most this share of scenarios may be won by "always the best-scoring move now". */
export const BEST_NOW_LIMIT = 0.5;
/** Every scenario needs two candystorm routes that differ in at least this many decisions. */
export const ROUTE_DIFFERENCE_MIN = 2;
/**
 * The rules apply once at least this many scenarios are checked together: below that one scenario
 * alone is more than a quarter, and an author checking a single draft gets the figures, not errors.
 */
export const STRATEGY_MIN_SCENARIOS = 4;

export interface ScenarioStrategy {
  file: string;
  id: string;
  figures: StrategyFigures;
}

export const wins = (r: ProbeResult) => r.outcome === 'candystorm';

/** Computes the figures of every scenario given. */
export function strategyReport(scenarios: { file: string; scenario: Scenario }[]): ScenarioStrategy[] {
  return scenarios.map(({ file, scenario }) => ({ file, id: scenario.id, figures: strategyFigures(scenario) }));
}

function limitProblem(rows: ScenarioStrategy[], won: ScenarioStrategy[], limit: number, rule: string, file: string, fix: string): FileProblem[] {
  if (won.length <= rows.length * limit) return [];
  const allowed = Math.floor(rows.length * limit);
  return [
    {
      file,
      code: 'rule-of-thumb-wins',
      severity: 'error',
      path: [],
      message: `"${rule}" reaches a candystorm in ${won.length} of ${rows.length} scenarios (at most ${limit * 100} % = ${allowed} allowed): ${won.map((r) => r.file).join(', ')}.`,
      fix: `In at least ${won.length - allowed} of these, ${fix}`,
    },
  ];
}

/** The errors the figures give; `folder` names the scenarios checked together. */
export function strategyProblems(rows: ScenarioStrategy[], folder: string): FileProblem[] {
  if (rows.length < STRATEGY_MIN_SCENARIOS) return [];
  const problems: FileProblem[] = [
    ...limitProblem(rows, rows.filter((r) => wins(r.figures.warmest)), WARMEST_LIMIT, 'always the warmest choice', folder,
      'give the warmest choice of some decision a cost that shows later (over-promising, taking sides, guessing causes: set a flag and let a later route or post depend on it), so that only judgement reaches the candystorm.'),
    ...limitProblem(rows, rows.filter((r) => wins(r.figures.bestNow)), BEST_NOW_LIMIT, 'always the best-scoring move now', folder,
      'let the best-scoring move of some decision cost later (a flag that closes the candystorm route unless the learner repairs it), so that looking ahead pays.'),
  ];
  for (const r of rows) {
    const { count, widestDifference } = r.figures.routes;
    if (widestDifference >= ROUTE_DIFFERENCE_MIN) continue;
    problems.push({
      file: r.file,
      code: 'single-candystorm-route',
      severity: 'error',
      path: ['nodes'],
      message: count === 0
        ? 'No route reaches a candystorm ending.'
        : `${count} route(s) reach a candystorm ending, but no two of them differ in at least ${ROUTE_DIFFERENCE_MIN} decisions (widest: ${widestDifference}).`,
      fix: 'Open a second way to the candystorm that takes other choices at two or more decisions (e.g. a different first move that is repaired later).',
    });
  }
  return problems;
}

const outcomeOf = (r: ProbeResult) => r.outcome ?? 'no ending';

/** The table check:content prints, one line per scenario and a total line. */
export function describeStrategies(rows: ScenarioStrategy[]): string[] {
  if (!rows.length) return ['strategy figures: no scenario without errors'];
  const idWidth = Math.max(8, ...rows.map((r) => r.id.length));
  const col = (s: string, w: number) => s.padEnd(w);
  const lines = [
    `${col('scenario', idWidth)}  ${col('warmest', 12)}  ${col('best now', 12)}  candystorm routes (widest difference)`,
  ];
  for (const r of rows) {
    const { routes } = r.figures;
    lines.push(
      `${col(r.id, idWidth)}  ${col(outcomeOf(r.figures.warmest), 12)}  ${col(outcomeOf(r.figures.bestNow), 12)}  ${routes.capped ? '>=' : ''}${routes.count} (${routes.widestDifference})`,
    );
  }
  const w = rows.filter((r) => wins(r.figures.warmest)).length;
  const b = rows.filter((r) => wins(r.figures.bestNow)).length;
  const pct = (n: number) => `${Math.round((n / rows.length) * 100)} %`;
  lines.push(
    `strategy figures over ${rows.length} scenarios: warmest wins ${w} (${pct(w)}, limit ${WARMEST_LIMIT * 100} %), best now wins ${b} (${pct(b)}, limit ${BEST_NOW_LIMIT * 100} %), ` +
      `${rows.filter((r) => r.figures.routes.widestDifference >= ROUTE_DIFFERENCE_MIN).length} with two candystorm routes differing in >= ${ROUTE_DIFFERENCE_MIN} decisions` +
      (rows.length < STRATEGY_MIN_SCENARIOS ? `; limits not applied below ${STRATEGY_MIN_SCENARIOS} scenarios` : ''),
  );
  return lines;
}
