/**
 * Where the public thread stands. The engine gives numbers and codes; the words for each level
 * (Schwede & Graf 2012, Shitstorm scale) and band live in the i18n dictionaries.
 */
import { STORM_MAX, STORM_MIN } from './scales.ts';
import type { State } from './state.ts';

export type AudienceBand = 'shitstorm' | 'hostile' | 'mixed' | 'friendly' | 'candystorm';

/** Audience mood -100..100 in five bands; the outer bands start at ±60. */
export function audienceBand(audience: number): AudienceBand {
  if (audience <= -60) return 'shitstorm';
  if (audience <= -20) return 'hostile';
  if (audience < 20) return 'mixed';
  if (audience < 60) return 'friendly';
  return 'candystorm';
}

export const STORM_LEVELS = Array.from({ length: STORM_MAX - STORM_MIN + 1 }, (_, i) => STORM_MIN + i);

/** A candystorm: the audience is clearly on the account's side and the storm has died down. */
export function isCandystorm(state: State): boolean {
  return audienceBand(state.audience) === 'candystorm' && state.storm <= 1;
}

export type MoodBand = 'furious' | 'angry' | 'neutral' | 'friendly' | 'delighted';

/** A persona's mood -100..100 in five bands, for words and faces in the thread. */
export function moodBand(mood: number): MoodBand {
  if (mood <= -60) return 'furious';
  if (mood <= -20) return 'angry';
  if (mood < 20) return 'neutral';
  if (mood < 60) return 'friendly';
  return 'delighted';
}
