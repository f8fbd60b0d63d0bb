/**
 * The state that choices change. Plain JSON so a run can be stored, sent and replayed.
 */
import { AUDIENCE_MAX, AUDIENCE_MIN, MOOD_MAX, MOOD_MIN, STORM_MAX, STORM_MIN } from './scales.ts';
import type { Scenario } from './scenario-schema.ts';

export interface State {
  /** -100 (shitstorm) .. +100 (candystorm). */
  audience: number;
  /** Shitstorm-scale level 0 .. 6. */
  storm: number;
  /** Persona id -> mood, -100 .. +100. */
  moods: Record<string, number>;
  /** Set flags, sorted, each once. */
  flags: string[];
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function initialState(scenario: Scenario): State {
  const moods: Record<string, number> = {};
  for (const [id, persona] of Object.entries(scenario.personas)) moods[id] = persona.mood;
  return {
    audience: clamp(scenario.initial.audience, AUDIENCE_MIN, AUDIENCE_MAX),
    storm: clamp(scenario.initial.storm, STORM_MIN, STORM_MAX),
    moods,
    flags: [...new Set(scenario.initial.flags)].sort(),
  };
}

export const clampAudience = (v: number) => clamp(v, AUDIENCE_MIN, AUDIENCE_MAX);
export const clampStorm = (v: number) => clamp(v, STORM_MIN, STORM_MAX);
export const clampMood = (v: number) => clamp(v, MOOD_MIN, MOOD_MAX);

/** A stable string for a state: equal states, equal keys (used to explore the state graph). */
export function stateKey(state: State): string {
  const moods = Object.keys(state.moods)
    .sort()
    .map((id) => `${id}:${state.moods[id]}`)
    .join(',');
  return `${state.audience}|${state.storm}|${moods}|${state.flags.join(',')}`;
}
