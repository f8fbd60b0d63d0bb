/**
 * The limits an operator may need to change, from the environment: a school whose pupils all
 * come through one network address may need more joins per address, a load test more runs, a
 * machine with more cores more password hashes at once.
 * Everything else about limits is fixed in code (services/attempt-limits.ts and its callers).
 */

/** Limits read at start; defaults in parentheses. */
export interface LimitSettings {
  /** Learners created per client address in 10 minutes (60): JOINS_PER_ADDRESS. */
  joinsPerAddress: number;
  /** Runs one learner may send in 10 minutes (120): RUNS_PER_LEARNER. */
  runsPerLearner: number;
  /**
   * Password hashes computed at once (1): PASSWORD_HASHES_AT_ONCE. scrypt shares libuv's thread pool
   * with file reads; more than this wait their turn, so static pages stay fast during a sign-in burst.
   */
  passwordHashesAtOnce: number;
}

export const DEFAULT_LIMITS: LimitSettings = { joinsPerAddress: 60, runsPerLearner: 120, passwordHashesAtOnce: 1 };

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
    passwordHashesAtOnce: positiveInteger(env, 'PASSWORD_HASHES_AT_ONCE', DEFAULT_LIMITS.passwordHashesAtOnce),
  };
}
