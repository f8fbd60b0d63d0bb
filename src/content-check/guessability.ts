/**
 * Can a learner guess the best move without reading? Across all scenarios, how often is the best
 * choice of a decision (the one with the most points, summed over the five dimensions) the first,
 * the last or the longest option. Decisions with a tie for best are counted apart.
 */
import { DIMENSIONS, LOCALES, type Scenario } from '../engine/index.ts';

export const GUESSABILITY_LIMIT = 0.4;

export interface GuessabilityReport {
  /** Decisions with one clearly best choice. */
  decisions: number;
  /** Decisions where two or more choices tie for best. */
  ties: number;
  first: number;
  last: number;
  longest: number;
}

export function guessability(scenarios: Scenario[]): GuessabilityReport {
  const report: GuessabilityReport = { decisions: 0, ties: 0, first: 0, last: 0, longest: 0 };
  for (const scenario of scenarios) {
    for (const node of Object.values(scenario.nodes)) {
      if (node.type !== 'decision') continue;
      const value = node.choices.map((c) => DIMENSIONS.reduce((sum, d) => sum + (c.scores?.[d] ?? 0), 0));
      const top = Math.max(...value);
      const best = value.flatMap((v, i) => (v === top ? [i] : []));
      if (best.length !== 1) {
        report.ties++;
        continue;
      }
      const b = best[0]!;
      report.decisions++;
      if (b === 0) report.first++;
      if (b === node.choices.length - 1) report.last++;
      // Longest in every language, so a translation cannot give it away either.
      const longestIn = LOCALES.map((l) => {
        const lengths = node.choices.map((c) => c.text[l].length);
        return lengths.indexOf(Math.max(...lengths));
      });
      if (longestIn.every((i) => i === b)) report.longest++;
    }
  }
  return report;
}

/** The share of decisions, or 0 when there are none. */
export function share(count: number, report: GuessabilityReport): number {
  return report.decisions ? count / report.decisions : 0;
}
