/** The locale of the page an MDX component renders in. */
import { DEFAULT_LOCALE, isLocale, type Locale } from '../engine/index.ts';

export function pageLocale(currentLocale: string | undefined): Locale {
  return isLocale(currentLocale) ? currentLocale : DEFAULT_LOCALE;
}
