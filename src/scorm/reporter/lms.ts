/**
 * One small interface over the two SCORM APIs, so the reporter is written once: initialise, get,
 * set (every value checked against the standard's limits first), commit, finish. A value that
 * fails the check is not sent; it is kept in `problems`, which the harness test reads.
 */
import { checkScormValue, type LimitProblem, type ScormVersion } from '../limits.ts';

/** SCORM 1.2's API object (RTE 3.3). */
export interface ScormApi12 {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
}

/** SCORM 2004's API object (RTE 3.1). */
export interface ScormApi2004 {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
}

export interface Lms {
  version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  /** Sets a value after checking it; false when the check or the LMS refused it. */
  set(element: string, value: string, interactionType?: string): boolean;
  commit(): boolean;
  finish(): boolean;
  /** Values that failed the limit check or that the LMS refused, for diagnosis. */
  problems: LimitProblem[];
}

const ok = (answer: unknown) => answer === 'true' || answer === true;

/** Wraps the LMS's API object for `version`. */
export function lmsOf(version: ScormVersion, api: ScormApi12 | ScormApi2004): Lms {
  const problems: LimitProblem[] = [];
  const a12 = api as ScormApi12;
  const a04 = api as ScormApi2004;
  const v12 = version === '1.2';
  return {
    version,
    problems,
    initialize: () => ok(v12 ? a12.LMSInitialize('') : a04.Initialize('')),
    get: (element) => String((v12 ? a12.LMSGetValue(element) : a04.GetValue(element)) ?? ''),
    set(element, value, interactionType) {
      const problem = checkScormValue(version, element, value, interactionType);
      if (problem) {
        problems.push(problem);
        return false;
      }
      const accepted = ok(v12 ? a12.LMSSetValue(element, value) : a04.SetValue(element, value));
      if (!accepted) problems.push({ element, value, problem: `the LMS refused ${element} (error ${v12 ? a12.LMSGetLastError() : a04.GetLastError()})` });
      return accepted;
    },
    commit: () => ok(v12 ? a12.LMSCommit('') : a04.Commit('')),
    finish: () => ok(v12 ? a12.LMSFinish('') : a04.Terminate('')),
  };
}
