/**
 * The per-learner run limit (src/server/services/run-limiter.ts) and the settings that size it
 * (src/server/limit-settings.ts): a sliding window per learner, refusals not counted, the wait
 * until a slot frees; clear errors for settings that cannot be right.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitSettingsFrom } from '../../src/server/limit-settings.ts';
import { RunLimiter } from '../../src/server/services/run-limiter.ts';

describe('RunLimiter', () => {
  it('lets `max` runs through per window, then names the seconds until the oldest leaves it', () => {
    const limiter = new RunLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([limiter.take('a', t0), limiter.take('a', t0 + 10_000), limiter.take('a', t0 + 20_000)]).toEqual([0, 0, 0]);
    expect(limiter.take('a', t0 + 30_000)).toBe(30);
    // Another learner has a window of their own.
    expect(limiter.take('b', t0 + 30_000)).toBe(0);
    // Refusals are not counted: once the first run has left the window, one slot is free.
    expect(limiter.take('a', t0 + 59_999)).toBe(1);
    expect(limiter.take('a', t0 + 60_001)).toBe(0);
    expect(limiter.take('a', t0 + 60_002)).toBe(10);
  });
});

describe('limitSettingsFrom', () => {
  it('has defaults and reads positive whole numbers', () => {
    expect(limitSettingsFrom({})).toEqual(DEFAULT_LIMITS);
    expect(limitSettingsFrom({ JOINS_PER_ADDRESS: '300', RUNS_PER_LEARNER: '500', PASSWORD_HASHES_AT_ONCE: '2' })).toEqual({ joinsPerAddress: 300, runsPerLearner: 500, passwordHashesAtOnce: 2 });
  });

  it('refuses values that cannot be right, naming the setting', () => {
    expect(() => limitSettingsFrom({ RUNS_PER_LEARNER: '0' })).toThrow(/RUNS_PER_LEARNER/);
    expect(() => limitSettingsFrom({ JOINS_PER_ADDRESS: 'many' })).toThrow(/JOINS_PER_ADDRESS/);
    expect(() => limitSettingsFrom({ JOINS_PER_ADDRESS: '-5' })).toThrow(/JOINS_PER_ADDRESS/);
    expect(() => limitSettingsFrom({ PASSWORD_HASHES_AT_ONCE: '0' })).toThrow(/PASSWORD_HASHES_AT_ONCE/);
  });
});
