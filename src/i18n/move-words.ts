/**
 * What a move's button says on a platform: the platform's own word where it has one (Discord "Ban",
 * WhatsApp "Delete for everyone"), the general word otherwise. Takes a lookup instead of a
 * dictionary, so the island (translate.ts) and the server (t.ts) share it.
 */
import type { MoveKind, Platform } from '../engine/index.ts';
import type { UiKey } from './de.ts';

type Lookup = (key: UiKey) => string;

/** The button label of `kind` on `platform` (or anywhere, without a platform). */
export function moveLabel(lookup: Lookup, platform: Platform | undefined, kind: MoveKind): string {
  if (platform !== undefined) {
    const key = `moveOn.${platform}.${kind}` as UiKey;
    const own = lookup(key);
    // Both lookups answer the key itself when a dictionary lacks it.
    if (own !== key) return own;
  }
  return lookup(`move.${kind}` as UiKey);
}

/** The platform's name as the thread header shows it. */
export function platformName(lookup: Lookup, platform: Platform): string {
  return lookup(`platform.${platform}` as UiKey);
}
