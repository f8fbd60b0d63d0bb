/**
 * The scenario format's fixed word lists, apart from its zod schemas (scenario-schema.ts, which
 * re-exports them): the simulator and the engine's analysis need these values in the browser, and
 * importing them from the schema module would bring zod and every schema into the islands' script.
 */

/**
 * The kinds of move a learner can make. `reply` and `dm` post their text; the others act on a post or
 * its writer. `restrict`, `limit`, `timeout` and `remove` exist on some platforms only, `help` (tell a
 * trusted adult, a teacher, a moderator) everywhere; a scenario's `platform` says which it may offer.
 */
export const MOVE_KINDS = ['reply', 'dm', 'hide', 'delete', 'restrict', 'limit', 'timeout', 'remove', 'block', 'report', 'escalate', 'help', 'wait'] as const;
export type MoveKind = (typeof MOVE_KINDS)[number];

/** Bounds and default of a write block's `maxLength`. */
export const WRITE_MAX_LENGTH = { min: 50, max: 2000, default: 500 } as const;

/** How a thread ended, from worst to best. */
export const OUTCOMES = ['shitstorm', 'smouldering', 'calmed', 'candystorm'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Why a persona writes: it shows in how they write and react. */
export const MOTIVES = ['complainant', 'troll', 'supporter', 'silent-reader', 'journalist', 'colleague'] as const;
export type Motive = (typeof MOTIVES)[number];
