/**
 * The platforms a scenario can play on, and the moderation moves each one really has. A scenario
 * that names its `platform` may offer only these moves (check-platform-moves.ts). The lists follow
 * the platforms' help pages (or a named secondary source) as checked on 2026-12-03; docs/scenario-format.md
 * names each source.
 * What a move is called on a platform (Discord "ban", YouTube "remove") lives in the i18n
 * dictionaries under `moveOn.<platform>.<kind>`.
 */
import type { MoveKind } from './scenario-schema.ts';

/** Platforms a scenario's `platform` can name. */
export const PLATFORMS = ['facebook', 'instagram', 'tiktok', 'youtube', 'whatsapp', 'discord', 'reviews', 'forum'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Moves every platform has: writing, getting help offline, and waiting. */
const EVERYWHERE: readonly MoveKind[] = ['reply', 'escalate', 'help', 'wait'];

/** Moves per platform, beyond the ones every platform has; in the order the reference lists them. */
const OWN_MOVES: Record<Platform, readonly MoveKind[]> = {
  // Page comments: hide (the writer and friends still see it), delete, ban from the Page, report, message.
  facebook: ['dm', 'hide', 'delete', 'block', 'report'],
  // No hide for one comment: restrict a person (their new comments only they see), Limits, delete, block, report.
  instagram: ['dm', 'delete', 'restrict', 'limit', 'block', 'report'],
  // Delete comments on your own video, filter comments (who may comment, keyword filter), block, report.
  tiktok: ['dm', 'delete', 'limit', 'block', 'report'],
  // Remove a comment, hide a user from the channel, hold comments for review, report; no messages.
  youtube: ['delete', 'hide', 'limit', 'report'],
  // Group: admins delete for everyone and remove members; anyone reports or blocks; nothing to hide.
  whatsapp: ['dm', 'delete', 'remove', 'block', 'report'],
  // Server: delete messages, time out, kick (remove), ban (block), report.
  discord: ['dm', 'delete', 'timeout', 'remove', 'block', 'report'],
  // Review sites: a public owner reply and a report to the platform; nothing else.
  reviews: ['report'],
  // A moderated forum: hide (soft delete), delete, ban, suspend (timeout), report, private message.
  forum: ['dm', 'hide', 'delete', 'timeout', 'block', 'report'],
};

/** The moves `platform` has, in the order MOVE_KINDS lists them. */
export function movesOn(platform: Platform): readonly MoveKind[] {
  const own = new Set([...EVERYWHERE, ...OWN_MOVES[platform]]);
  return MOVE_ORDER.filter((k) => own.has(k));
}

/** Whether `platform` has `kind`; without a platform every move is allowed (older scenarios). */
export function platformHas(platform: Platform | undefined, kind: MoveKind): boolean {
  return platform === undefined || movesOn(platform).includes(kind);
}

// The order of MOVE_KINDS, repeated to avoid importing the schema (and zod) into the island's bundle.
const MOVE_ORDER: readonly MoveKind[] = ['reply', 'dm', 'hide', 'delete', 'restrict', 'limit', 'timeout', 'remove', 'block', 'report', 'escalate', 'help', 'wait'];
