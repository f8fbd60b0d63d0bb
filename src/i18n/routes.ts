/** URLs per locale: German at the root (the default), English under /en/. */
import { DEFAULT_LOCALE, type Locale } from '../engine/locales.ts';

export function localePath(locale: Locale, path = '/'): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  if (locale === DEFAULT_LOCALE) return clean;
  return clean === '/' ? `/${locale}/` : `/${locale}${clean}`;
}

export function homeUrl(locale: Locale): string {
  return localePath(locale, '/');
}

export function lessonUrl(locale: Locale, slug: string): string {
  return localePath(locale, `/module/${slug}/`);
}

export function glossaryUrl(locale: Locale): string {
  return localePath(locale, locale === 'de' ? '/glossar/' : '/glossary/');
}

export function trainerNotesUrl(locale: Locale, slug: string): string {
  return localePath(locale, `/module/${slug}/trainer/`);
}

/** A lesson's printable worksheet (its questions with space to write). */
export function worksheetUrl(locale: Locale, slug: string): string {
  return localePath(locale, `/module/${slug}/${locale === 'de' ? 'arbeitsblatt' : 'worksheet'}/`);
}

export function overviewUrl(locale: Locale): string {
  return localePath(locale, '/module/');
}

/** The help page: emergency numbers, advice, cyberbullying. */
export function helpUrl(locale: Locale): string {
  return localePath(locale, locale === 'de' ? '/hilfe/' : '/help/');
}

/** The legal orientation page. */
export function lawUrl(locale: Locale): string {
  return localePath(locale, locale === 'de' ? '/recht/' : '/law/');
}
