/**
 * The two limits an operator may need to change, from the environment: a school whose pupils all
 * come through one network address may need more joins per address, a load test more runs.
 * Everything else about limits is fixed in code (services/attempt-limits.ts and its callers).
 */

/** Limits read at start; defaults in parentheses. */
export interface LimitSettings {
  /** Learners created per client address in 10 minutes (60): JOINS_PER_ADDRESS. */
  joinsPerAddress: number;
  /** Runs one learner may send in 10 minutes (120): RUNS_PER_LEARNER. */
  runsPerLearner: number;
}

export const DEFAULT_LIMITS: LimitSettings = { joinsPerAddress: 60, runsPerLearner: 120 };

function positiveInteger(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw new Error(`${name} must be a whole number of at least 1, not "${text}".`);
  return Number(text);
}

/** The limits the environment sets; throws a clear error for a value that is not a positive integer. */
export function limitSettingsFrom(env: Readonly<Record<string, string | undefined>>): LimitSettings {
  return {
    joinsPerAddress: positiveInteger(env, 'JOINS_PER_ADDRESS', DEFAULT_LIMITS.joinsPerAddress),
    runsPerLearner: positiveInteger(env, 'RUNS_PER_LEARNER', DEFAULT_LIMITS.runsPerLearner),
  };
}
