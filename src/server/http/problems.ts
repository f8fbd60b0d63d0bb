/**
 * The one place that turns a problem code into an HTTP status and a message a person can act on.
 * Services and the HTTP layer only name codes (server/result.ts); the words live in src/i18n/.
 */
import { apiEn } from '../../i18n/api-en.ts';
import type { ProblemCode, ProblemParams } from '../result.ts';

const STATUS: Record<ProblemCode, number> = {
  'unsupported-type': 415,
  'body-too-large': 413,
  'body-not-json': 400,
  'body-too-deep': 400,
  'method-not-allowed': 405,
  'bad-host': 400,
  'request-timeout': 408,
  'headers-too-large': 431,
  'bad-request': 400,
  'nul-text': 400,
  'invalid-request': 400,
  'time-zone-unknown': 400,
  'unknown-action': 400,
  'nothing-to-change': 400,
  'foreign-origin': 403,
  'sign-in-needed': 401,
  'learner-token-missing': 401,
  'learner-token-unknown': 401,
  'sign-in-invalid': 401,
  'sign-in-rate-limited': 429,
  'password-rate-limited': 429,
  'registration-closed': 403,
  'email-taken': 409,
  'password-too-short': 400,
  'new-password-too-short': 400,
  'current-password-wrong': 400,
  // Another trainer's class is indistinguishable from none.
  'class-not-found': 404,
  'learner-not-found': 404,
  'assignment-not-found': 404,
  'module-without-scenario': 400,
  'scenario-too-large': 413,
  'scenario-too-deep': 400,
  'scenario-broken': 422,
  'scenario-id-published': 409,
  'scenario-id-taken': 409,
  'scenario-saves-rate-limited': 429,
  // Another trainer's scenario is indistinguishable from none.
  'own-scenario-not-found': 404,
  'join-rate-limited': 429,
  'joins-rate-limited': 429,
  'class-full': 403,
  'join-code-unknown': 404,
  'pseudonym-taken': 409,
  'pseudonym-confusable': 409,
  'resume-failed': 404,
  'class-archived': 403,
  'runs-rate-limited': 429,
  'progress-rate-limited': 429,
  'scenario-unknown': 404,
  'module-not-assigned': 403,
  'scenario-changed': 409,
  'path-refused': 422,
  'path-unfinished': 422,
  'write-not-here': 422,
  'reply-too-long': 422,
  'reply-mismatch': 422,
  'learner-gone': 409,
  'finished-in-future': 400,
  'finished-too-long-ago': 400,
  'finished-before-joining': 400,
  'run-id-taken': 409,
  'live-session-unknown': 404,
  'live-session-closed': 410,
  'live-token-unknown': 401,
  'live-decision-closed': 409,
  'live-choice-unknown': 422,
  'live-votes-rate-limited': 429,
  'live-joins-rate-limited': 429,
  'live-not-revealed': 409,
  'live-no-votes': 409,
  'live-nothing-to-undo': 409,
  'live-not-finished': 409,
  'live-not-class-member': 403,
  'live-reply-empty': 422,
  'live-reply-too-long': 422,
  'live-no-write': 422,
  'live-reply-unknown': 404,
  conflict: 409,
  'server-error': 500,
};

export interface DescribedProblem {
  status: number;
  message: string;
  /** Headers the answer must carry: `retry-after` (seconds) for a limit with a `retryAfter` param. */
  headers: Record<string, string>;
}

/** The status, message and headers of a problem code, its `{name}` placeholders filled from `params`. */
export function describeProblem(code: ProblemCode, params: ProblemParams = {}): DescribedProblem {
  const message = apiEn[code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  const status = STATUS[code];
  const retryAfter = params['retryAfter'];
  const headers: Record<string, string> = status === 429 && typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {};
  return { status, message, headers };
}
