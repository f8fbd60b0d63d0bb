/**
 * What the preview page shows for one scenario file: the checker's problems, and the scenario with
 * its best and worst paths when it can be played. The same checker as `npm run check:content`, so
 * the page and the command never disagree.
 */
import { checkScenarioFile } from '../content-check/check-scenario-file.ts';
import type { FileProblem } from '../content-check/file-problem.ts';
import type { Scenario } from '../engine/index.ts';
import type { PathExtremes } from '../engine/path-extremes.ts';

export interface PreviewModel {
  file: string;
  /** Errors first, then warnings, each with line, path and fix. */
  problems: FileProblem[];
  /** Present only when the file has no errors: then the simulator can run it. */
  playable?: { scenario: Scenario; extremes: Pick<PathExtremes, 'best' | 'worst'> };
}

export function previewModel(file: string): PreviewModel {
  const check = checkScenarioFile(file);
  const problems = [...check.problems].sort((a, b) => rank(a) - rank(b) || (a.line ?? 0) - (b.line ?? 0));
  const hasErrors = problems.some((p) => p.severity === 'error');
  const extremes = check.analysis?.extremes;
  if (hasErrors || !check.scenario || !extremes) return { file, problems };
  return { file, problems, playable: { scenario: check.scenario, extremes: { best: extremes.best, worst: extremes.worst } } };
}

const rank = (p: FileProblem) => (p.severity === 'error' ? 0 : 1);
