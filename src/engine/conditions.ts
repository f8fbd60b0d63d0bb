import type { FeatureId } from '../analysis/types.ts';
import type { Condition, Range } from './scenario-schema.ts';
import type { State } from './state.ts';

function inRange(value: number, range: Range): boolean {
  return (range.atLeast === undefined || value >= range.atLeast) && (range.atMost === undefined || value <= range.atMost);
}

/**
 * True when every part of the condition holds for the state; an empty condition always holds.
 * `features` are those of a written reply, for the reply tests of a write outcome (`has`, `hasAny`,
 * `lacks`); without a reply they count as none (the checker allows reply tests only in outcomes).
 */
export function holds(condition: Condition | undefined, state: State, features: readonly FeatureId[] = []): boolean {
  if (!condition) return true;
  if (condition.audience && !inRange(state.audience, condition.audience)) return false;
  if (condition.storm && !inRange(state.storm, condition.storm)) return false;
  for (const [persona, range] of Object.entries(condition.moods ?? {})) {
    if (!inRange(state.moods[persona] ?? 0, range)) return false;
  }
  if (condition.flags?.some((f) => !state.flags.includes(f))) return false;
  if (condition.notFlags?.some((f) => state.flags.includes(f))) return false;
  if (condition.has?.some((f) => !features.includes(f))) return false;
  if (condition.hasAny && !condition.hasAny.some((f) => features.includes(f))) return false;
  if (condition.lacks?.some((f) => features.includes(f))) return false;
  if (condition.any && !condition.any.some((c) => holds(c, state, features))) return false;
  return true;
}
