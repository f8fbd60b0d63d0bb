/**
 * Which UI strings an island never needs, so its props leave them out (every byte of a lesson counts
 * against its budget). Page-only keys are rendered by Astro components; reply keys serve the reply
 * box, which only scenarios with a write decision show.
 */

/** Strings of pages and layouts, never looked up by island code. */
export const PAGE_ONLY_KEYS = /^(overview|csv|home|nav|footer|glossary|site|notFound|lesson|notes|mdx|offline|worksheet)\./;

/**
 * The join form's strings: the simulator uses only the class link's (`learner.link.*`,
 * `learner.queued.*`, `learner.rejected.*`, see src/islands/Simulator/ClassLink.tsx).
 */
export const JOIN_ONLY_KEYS = /^learner\.(?!link\.|queued\.|rejected\.)/;

/** Strings of the reply box, its checklist and the feature names. */
export const REPLY_KEYS = /^(reply|feature|featureWhy|featureHow|sim\.write)\./;

/** The features' explanations: they come with the analyser (src/islands/reply/analyser-worker.ts). */
export const FEATURE_TEXT_KEYS = /^feature(Why|How)\./;

/** The prefixes of the strings that exist once per platform (`likesOn.instagram`, `moveOn.discord.timeout` …). */
const PER_PLATFORM = ['accountOn', 'likesOn', 'reactOn', 'platform', 'moveOn'];

/**
 * The per-platform strings of every platform but `platform` (all of them for a scenario without
 * one): the island looks these up only with its scenario's platform (src/i18n/move-words.ts,
 * src/islands/Simulator/platform-skin.ts).
 */
export function otherPlatformKeys(platform: string | undefined): RegExp {
  if (platform === undefined) return new RegExp(`^(${PER_PLATFORM.join('|')})\\.`);
  return new RegExp(`^(${PER_PLATFORM.join('|')})\\.(?!${platform}($|\\.))`);
}
