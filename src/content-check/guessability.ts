/**
 * Can a learner guess the best move without reading? Across the scenarios checked together (all of
 * content/scenarios/, or the files named on the command line), how often is the best choice of a
 * decision the first, the last or the longest option.
 *
 * - The best choice is the one with the most points summed over the five dimensions; a decision
 *   where two or more choices tie for the most points has no best choice and is counted apart.
 * - The longest option is counted only when it is the longest in characters in every language
 *   (German and English), so that neither version gives it away.
 * - The limit applies once there are at least GUESSABILITY_MIN_DECISIONS decisions with one best
 *   choice: below that one decision alone is 20 % or more and the shares say nothing.
 */
import { DIMENSIONS, LOCALES, type Scenario } from '../engine/index.ts';
import type { FileProblem } from './file-problem.ts';

/** At most this share of decisions may have the best choice first, last or longest. */
export const GUESSABILITY_LIMIT = 0.4;
/** Fewer decisions with one best choice than this are too few to judge. */
export const GUESSABILITY_MIN_DECISIONS = 5;

export const TELLS = ['first', 'last', 'longest'] as const;
export type Tell = (typeof TELLS)[number];

export interface GuessabilityReport {
  /** Decisions with one clearly best choice. */
  decisions: number;
  /** Decisions where two or more choices tie for best. */
  ties: number;
  first: number;
  last: number;
  longest: number;
  /** Per tell, the decisions that show it, as `scenario-id/node-id`. */
  at: Record<Tell, string[]>;
}

export function guessability(scenarios: Scenario[]): GuessabilityReport {
  const report: GuessabilityReport = { decisions: 0, ties: 0, first: 0, last: 0, longest: 0, at: { first: [], last: [], longest: [] } };
  const count = (tell: Tell, where: string) => {
    report[tell]++;
    report.at[tell].push(where);
  };
  for (const scenario of scenarios) {
    for (const [nodeId, node] of Object.entries(scenario.nodes)) {
      // A write decision may offer one choice or none beside the reply box: nothing to guess between.
      if (node.type !== 'decision' || node.choices.length < 2) continue;
      const value = node.choices.map((c) => DIMENSIONS.reduce((sum, d) => sum + (c.scores?.[d] ?? 0), 0));
      const top = Math.max(...value);
      const best = value.flatMap((v, i) => (v === top ? [i] : []));
      if (best.length !== 1) {
        report.ties++;
        continue;
      }
      const b = best[0]!;
      const where = `${scenario.id}/${nodeId}`;
      report.decisions++;
      if (b === 0) count('first', where);
      if (b === node.choices.length - 1) count('last', where);
      const longestIn = LOCALES.map((l) => {
        const lengths = node.choices.map((c) => c.text[l].length);
        return lengths.indexOf(Math.max(...lengths));
      });
      if (longestIn.every((i) => i === b)) count('longest', where);
    }
  }
  return report;
}

/** The share of decisions, or 0 when there are none. */
export function share(count: number, report: GuessabilityReport): number {
  return report.decisions ? count / report.decisions : 0;
}

/** Whether the limit applies: enough decisions with one best choice to judge. */
export function isJudged(report: GuessabilityReport): boolean {
  return report.decisions >= GUESSABILITY_MIN_DECISIONS;
}

/** An error for each tell above the limit; `file` is what the problem names (a file or a folder). */
export function guessabilityProblems(report: GuessabilityReport, file: string): FileProblem[] {
  if (!isJudged(report)) return [];
  return TELLS.filter((tell) => share(report[tell], report) > GUESSABILITY_LIMIT).map((tell): FileProblem => {
    const percent = Math.round(share(report[tell], report) * 100);
    const allowed = Math.floor(report.decisions * GUESSABILITY_LIMIT);
    const how = tell === 'longest' ? 'give another choice a longer text, or shorten the best one (in both languages)' : `move the best choice away from the ${tell} place`;
    return {
      file,
      code: 'guessable',
      severity: 'error',
      path: [],
      message: `The best choice (most points summed over the five dimensions) is the ${tell} option in ${report[tell]} of ${report.decisions} decisions (${percent} %; at most ${GUESSABILITY_LIMIT * 100} % allowed): ${report.at[tell].join(', ')}.`,
      fix: `In at least ${report[tell] - allowed} of these decisions, ${how}.`,
    };
  });
}

/** The summary line check:content prints. */
export function describeGuessability(report: GuessabilityReport): string {
  if (report.decisions === 0) {
    return `guessability: not measured, no scenario without errors has a decision with one best choice (${report.ties} with a tie)`;
  }
  const pct = (n: number) => `${Math.round(share(n, report) * 100)} %`;
  const counts = `best is first ${report.first} (${pct(report.first)}), last ${report.last} (${pct(report.last)}), longest ${report.longest} (${pct(report.longest)})`;
  const rule = isJudged(report)
    ? `limit ${GUESSABILITY_LIMIT * 100} %`
    : `limit ${GUESSABILITY_LIMIT * 100} % not applied below ${GUESSABILITY_MIN_DECISIONS} decisions`;
  return `guessability over ${report.decisions} decisions with one best choice (${report.ties} with a tie): ${counts}; ${rule}`;
}
