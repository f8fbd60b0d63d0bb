/**
 * The sound cues the simulator can play. Each name is a pair of files, public/sounds/<cue>.ogg and
 * .mp3, made by scripts/make-sounds.sh; tests/unit/audio-cues.test.ts checks that both exist.
 */
import type { Outcome } from '../engine/index.ts';

/** Every cue, in the order the script makes them. */
export const CUES = [
  'comment',
  'reaction',
  'good',
  'bad',
  'ending-candystorm',
  'ending-calmed',
  'ending-smouldering',
  'ending-shitstorm',
] as const;

/** The name of one sound cue. */
export type Cue = (typeof CUES)[number];

/**
 * The cue for the ending a run reached. Typed so that a new outcome in the engine fails to compile
 * here until it has a cue (and a sound file).
 */
export function cueForOutcome(outcome: Outcome): Cue {
  return `ending-${outcome}` satisfies Cue;
}
