/** The limits of every scale in the engine. Kept apart from the zod schema so that code which
 * only plays a scenario (the island) does not pull the schema into its bundle. */
export const AUDIENCE_MIN = -100;
export const AUDIENCE_MAX = 100;
export const STORM_MIN = 0;
export const STORM_MAX = 6;
export const MOOD_MIN = -100;
export const MOOD_MAX = 100;
export const SCORE_MIN = -2;
export const SCORE_MAX = 2;
