/**
 * The names of the reply analyser's features in one language, as the simulator's written feedback
 * names them (the same dictionary keys `feature.<id>`): the projector lists the room's written
 * replies with these words. Used by the pages (server side), so the island carries only one language.
 */
import { FEATURE_IDS } from '../analysis/types.ts';
import type { Locale } from '../engine/locales.ts';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';

/** Feature id → its name in `locale`. */
export function featureNamesFor(locale: Locale): Record<string, string> {
  const dictionary: Record<string, string> = locale === 'en' ? en : de;
  return Object.fromEntries(FEATURE_IDS.map((id) => [id, dictionary[`feature.${id}`] ?? id]));
}
