/**
 * Which words a persona's mood is told in. The number is the same on every scale (-100 .. +100, the
 * same bands, the same maths); only the meaning of its ends differs. A critic moves between angry and
 * friendly, but a pupil who is being mocked moves between hurt and safe: telling a bullied boy that he
 * "gets angrier" blames him for his own pain. The words for each band live in the i18n dictionaries.
 */

/** The scales a persona's `scale` can name; the first is the default. */
export const MOOD_SCALES = ['angry-friendly', 'hurt-safe'] as const;
export type MoodScale = (typeof MOOD_SCALES)[number];

/** The scale a persona's mood is told in when it names none. */
export const DEFAULT_MOOD_SCALE: MoodScale = 'angry-friendly';

/** i18n key prefix per scale: `mood.friendly`, `moodHurt.friendly`, … */
export const MOOD_WORD_PREFIX: Record<MoodScale, 'mood' | 'moodHurt'> = {
  'angry-friendly': 'mood',
  'hurt-safe': 'moodHurt',
};

/** i18n keys for "gets warmer / colder" per scale, with `{name}`. */
export const MOOD_CHANGE_KEYS: Record<MoodScale, { up: 'react.warmer' | 'react.safer'; down: 'react.colder' | 'react.hurt' }> = {
  'angry-friendly': { up: 'react.warmer', down: 'react.colder' },
  'hurt-safe': { up: 'react.safer', down: 'react.hurt' },
};
