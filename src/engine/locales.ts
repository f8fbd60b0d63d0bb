/** The locales every learner-visible string must exist in. German is the default. */
export const LOCALES = ['de', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'de';

/** Names used in author-facing messages, e.g. "missing English (en) text". */
export const LOCALE_NAMES: Record<Locale, string> = { de: 'German', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
