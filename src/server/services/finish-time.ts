/**
 * Whether a run's finish time (chosen by the learner's device) is believable by the server's clock.
 * The outbox resends runs finished offline, so a time hours or days ago is normal; a time in the
 * future, before the learner joined, or months ago is a wrong device clock or a made-up result.
 */
import { fail, type Failure } from '../result.ts';

/** How far a device's clock may run ahead of the server's (or lag at joining) before we refuse. */
export const CLOCK_SKEW_MS = 5 * 60_000;
/** The oldest run accepted: a device offline for a holiday still delivers, a stale one does not. */
export const MAX_RUN_AGE_DAYS = 30;

export type FinishTimeCode = 'finished-in-future' | 'finished-too-long-ago' | 'finished-before-joining';

/** Undefined when `finishedAt` is believable; else the refusal, naming the time. */
export function finishTimeProblem(finishedAt: string, now: Date, joinedAt?: string): Failure<FinishTimeCode> | undefined {
  const at = new Date(finishedAt).getTime();
  const params = { finishedAt, days: MAX_RUN_AGE_DAYS };
  if (at > now.getTime() + CLOCK_SKEW_MS) return fail('finished-in-future', params);
  if (at < now.getTime() - MAX_RUN_AGE_DAYS * 86_400_000) return fail('finished-too-long-ago', params);
  if (joinedAt && at < new Date(joinedAt).getTime() - CLOCK_SKEW_MS) return fail('finished-before-joining', params);
  return undefined;
}
