/**
 * The words for a persona's mood and its change, in the scale that persona is told in: a critic gets
 * "friendlier (friendly)", a pupil being mocked "feels safer (a bit safer)". The band comes from the
 * engine; this only picks the dictionary keys.
 */
import { DEFAULT_MOOD_SCALE, MOOD_CHANGE_KEYS, MOOD_WORD_PREFIX, type MoodBand, type MoodScale } from '../engine/index.ts';
import type { UiKey } from './de.ts';

type Lookup = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The word for `band` on `scale`, e.g. "hurt" or "annoyed". */
export function moodWord(lookup: Lookup, scale: MoodScale | undefined, band: MoodBand): string {
  return lookup(`${MOOD_WORD_PREFIX[scale ?? DEFAULT_MOOD_SCALE]}.${band}` as UiKey);
}

/** "Noah feels safer" / "Finn gets angrier": how a change of mood is told. */
export function moodChange(lookup: Lookup, scale: MoodScale | undefined, name: string, up: boolean): string {
  const keys = MOOD_CHANGE_KEYS[scale ?? DEFAULT_MOOD_SCALE];
  return lookup(up ? keys.up : keys.down, { name });
}
