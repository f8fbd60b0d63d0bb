/**
 * Self-check guessability: in how many <SelfCheck> questions of the lessons is the right answer
 * the longest option (a test-wise learner picks the longest), and does every lesson ask at least
 * one applied question (a situation to judge, not a fact to recall).
 *
 * An applied question carries the marker attribute `applied` on its tag:
 * `<SelfCheck applied id="…" question="Jemand schreibt …" …/>`. The marker is the author's claim
 * that the question describes a situation; a reviewer checks it like any other text.
 */
import type { FileProblem } from './file-problem.ts';

/** At most this share of self-checks may have the right answer as the longest option. */
export const SELF_CHECK_LONGEST_LIMIT = 0.4;

export interface SelfCheckFacts {
  id: string;
  line: number;
  applied: boolean;
  /** The right answer is strictly the longest option in characters. */
  rightIsLongest: boolean;
}

const TAG = /<SelfCheck\b([\s\S]*?)\/>/g;

/** Reads the <SelfCheck> tags of one MDX text; a tag it cannot read is skipped (the build reports it). */
export function readSelfChecks(text: string): SelfCheckFacts[] {
  const found: SelfCheckFacts[] = [];
  for (const m of text.matchAll(TAG)) {
    const attrs = m[1]!;
    const id = /\bid="([^"]*)"/.exec(attrs)?.[1] ?? '?';
    const correct = Number(/\bcorrect=\{(\d+)\}/.exec(attrs)?.[1]);
    const optionsSource = /\boptions=\{(\[[\s\S]*?\])\}\s*(?:\w+=|$)/.exec(attrs)?.[1];
    let options: unknown;
    try {
      options = optionsSource ? JSON.parse(optionsSource) : undefined;
    } catch {
      options = undefined;
    }
    if (!Array.isArray(options) || !Number.isInteger(correct)) continue;
    const lengths = options.map((o) => String(o).length);
    const right = lengths[correct] ?? 0;
    found.push({
      id,
      line: text.slice(0, m.index).split('\n').length,
      applied: /(?:^|\s)applied(?:\s|=\{true\}|$)/.test(attrs),
      rightIsLongest: lengths.every((l, i) => i === correct || l < right),
    });
  }
  return found;
}

export interface LessonSelfChecks {
  file: string;
  checks: SelfCheckFacts[];
}

export interface SelfCheckReport {
  total: number;
  rightIsLongest: number;
  /** Where the right answer is the longest, as `file:line (id)`. */
  longestAt: string[];
  /** Lessons without an applied question. */
  withoutApplied: string[];
}

export function selfCheckReport(lessons: LessonSelfChecks[]): SelfCheckReport {
  const all = lessons.flatMap((l) => l.checks.map((c) => ({ file: l.file, c })));
  const longest = all.filter(({ c }) => c.rightIsLongest);
  return {
    total: all.length,
    rightIsLongest: longest.length,
    longestAt: longest.map(({ file, c }) => `${file}:${c.line} (${c.id})`),
    withoutApplied: lessons.filter((l) => !l.checks.some((c) => c.applied)).map((l) => l.file),
  };
}

export function selfCheckProblems(report: SelfCheckReport, folder: string): FileProblem[] {
  const problems: FileProblem[] = [];
  if (report.total && report.rightIsLongest > report.total * SELF_CHECK_LONGEST_LIMIT) {
    const allowed = Math.floor(report.total * SELF_CHECK_LONGEST_LIMIT);
    problems.push({
      file: folder,
      code: 'self-check-guessable',
      severity: 'error',
      path: [],
      message: `In ${report.rightIsLongest} of ${report.total} self-checks the right answer is the longest option (at most ${SELF_CHECK_LONGEST_LIMIT * 100} % = ${allowed} allowed): ${report.longestAt.join(', ')}.`,
      fix: `In at least ${report.rightIsLongest - allowed} of them, shorten the right answer or give a wrong one a longer, plausible text.`,
    });
  }
  for (const file of report.withoutApplied) {
    problems.push({
      file,
      code: 'no-applied-question',
      severity: 'error',
      path: [],
      message: 'The lesson has no applied self-check: every question asks to recall, none to judge a situation.',
      fix: 'Turn one <SelfCheck> into a situation to judge (someone writes …, what do you do?) and mark it with the attribute `applied`.',
    });
  }
  return problems;
}

export function describeSelfChecks(report: SelfCheckReport): string {
  const pct = report.total ? Math.round((report.rightIsLongest / report.total) * 100) : 0;
  return `self-checks: ${report.total} questions, right answer longest in ${report.rightIsLongest} (${pct} %, limit ${SELF_CHECK_LONGEST_LIMIT * 100} %); lessons without an applied question: ${report.withoutApplied.length}`;
}
