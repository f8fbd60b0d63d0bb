import { formatPath, type Problem } from '../engine/index.ts';

/** A problem found in a content file, with where it is. */
export interface FileProblem extends Omit<Problem, 'code'> {
  code: Problem['code'] | 'yaml-syntax' | 'frontmatter' | 'missing-translation' | 'unknown-scenario' | 'unknown-term' | 'missing-notes' | 'guessable' | 'file-name' | 'text-cut-by-comment' | 'rule-of-thumb-wins' | 'single-candystorm-route' | 'self-check-guessable' | 'no-applied-question' | 'unknown-section';
  /** Path of the file, as given or relative to the project. */
  file: string;
  line?: number;
  col?: number;
}

/** `content/scenarios/x.yaml:12:5: error: nodes.start.choices[1].next: … Fix: …` */
export function formatFileProblem(p: FileProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.col ?? 1}`;
  const inside = p.path.length ? ` ${formatPath(p.path)}:` : '';
  return `${where}: ${p.severity}:${inside} ${p.message}\n    Fix: ${p.fix}`;
}
