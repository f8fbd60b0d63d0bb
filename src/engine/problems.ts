/** What the checker reports: a code for programs, words and a fix for authors, and where it is. */
export type Severity = 'error' | 'warning';

export type ProblemCode =
  | 'schema'
  | 'id-mismatch'
  | 'missing-start'
  | 'missing-target'
  | 'unknown-persona'
  | 'unknown-post'
  | 'duplicate-post'
  | 'duplicate-choice'
  | 'unknown-flag'
  | 'no-ending'
  | 'unreachable-node'
  | 'ending-never-reached'
  | 'dead-end'
  | 'no-way-out'
  | 'indistinguishable-choices'
  | 'choice-never-available'
  | 'scoring-loop'
  | 'too-complex'
  | 'outcome-never-taken'
  | 'write-wants-and-avoids'
  | 'reply-test-outside-write';

/** A place inside a scenario file, e.g. `['nodes', 'start', 'choices', 1, 'next']`. */
export type ProblemPath = (string | number)[];

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  path: ProblemPath;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it. */
  fix: string;
}

/** `nodes.start.choices[1].next`: the path as an author reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(top level)';
}
