import type { Effects } from './scenario-schema.ts';
import { clampAudience, clampMood, clampStorm, type State } from './state.ts';

/** Applies a choice's effects to a state and returns the new state; the old one is untouched. */
export function applyEffects(state: State, effects: Effects | undefined): State {
  if (!effects) return state;
  const moods = { ...state.moods };
  for (const [persona, change] of Object.entries(effects.moods ?? {})) {
    moods[persona] = clampMood((moods[persona] ?? 0) + change);
  }
  const flags = new Set(state.flags);
  for (const flag of effects.set ?? []) flags.add(flag);
  for (const flag of effects.clear ?? []) flags.delete(flag);
  return {
    audience: clampAudience(state.audience + (effects.audience ?? 0)),
    storm: clampStorm(state.storm + (effects.storm ?? 0)),
    moods,
    flags: [...flags].sort(),
  };
}
