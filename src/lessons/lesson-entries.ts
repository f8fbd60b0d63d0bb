/**
 * Lessons as pages: which lesson lives at which URL, and its translation in each other locale.
 * Lessons are translations of each other when they share a module number.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, LOCALES, type Locale } from '../engine/index.ts';
import { lessonUrl } from '../i18n/routes.ts';
import { lessonSlug } from './lesson-schema.ts';

export interface LessonPage {
  entry: CollectionEntry<'lessons'>;
  locale: Locale;
  slug: string;
  url: string;
}

function toPage(entry: CollectionEntry<'lessons'>): LessonPage {
  const [folder, stem] = entry.id.split('/') as [string, string];
  if (!isLocale(folder)) throw new Error(`content/lessons/${entry.id}: "${folder}" is not a locale folder.`);
  const slug = lessonSlug(stem);
  return { entry, locale: folder, slug, url: lessonUrl(folder, slug) };
}

export async function lessonPages(locale?: Locale): Promise<LessonPage[]> {
  const pages = (await getCollection('lessons')).map(toPage);
  return pages.filter((p) => !locale || p.locale === locale).sort((a, b) => a.entry.data.module - b.entry.data.module);
}

/** The URL of this lesson in every locale; a missing translation fails the build, naming the file. */
export async function lessonAlternates(page: LessonPage): Promise<Record<Locale, string>> {
  const all = await lessonPages();
  const out = {} as Record<Locale, string>;
  for (const locale of LOCALES) {
    const match = all.find((p) => p.locale === locale && p.entry.data.module === page.entry.data.module);
    if (!match) {
      throw new Error(`content/lessons/${page.entry.id}.mdx: module ${page.entry.data.module} has no ${locale} lesson. Add one in content/lessons/${locale}/.`);
    }
    out[locale] = match.url;
  }
  return out;
}

/** Lessons of a locale that have trainer notes in that locale: the pages under …/trainer/. */
export async function lessonsWithNotes(locale: Locale): Promise<LessonPage[]> {
  const notes = await getCollection('trainerNotes');
  const has = (p: LessonPage) => notes.some((n) => n.id.startsWith(`${p.locale}/`) && n.data.module === p.entry.data.module);
  return (await lessonPages(locale)).filter(has);
}
