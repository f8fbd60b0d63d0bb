/**
 * The catalogue (catalogue.ts) from the built site's content collections: only code inside the Astro
 * bundle can read them, so the LTI routes build it here and pass it on. A scenario's anchor is its
 * place among the lesson's `<Simulator scenario="…">` tags, the order the page numbers them in
 * (src/islands/island-numbers.ts).
 */
import { getCollection } from 'astro:content';
import { LOCALES, type Locale } from '../../engine/index.ts';
import { lessonPages } from '../../lessons/lesson-entries.ts';
import type { Catalogue, CatalogueModule } from './catalogue.ts';

const SIMULATOR_TAG = /<Simulator\s+[^>]*scenario="([a-z0-9-]+)"/g;

let cached: Promise<Catalogue> | undefined;

/** The catalogue of the built site (the content never changes while the server runs). */
export function siteCatalogue(): Promise<Catalogue> {
  return (cached ??= build());
}

async function build(): Promise<Catalogue> {
  const scenarios = new Map((await getCollection('scenarios')).map((entry) => [entry.data.id, entry.data]));
  const pages = await lessonPages();
  const modules = new Map<number, CatalogueModule>();
  for (const page of pages.filter((p) => p.locale === 'de')) {
    const module = page.entry.data.module;
    const title = {} as Record<Locale, string>;
    const url = {} as Record<Locale, string>;
    for (const locale of LOCALES) {
      const translated = pages.find((p) => p.locale === locale && p.entry.data.module === module) ?? page;
      title[locale] = translated.entry.data.title;
      url[locale] = translated.url;
    }
    const ids = [...(page.entry.body ?? '').matchAll(SIMULATOR_TAG)].map((m) => m[1]!);
    modules.set(module, {
      module,
      title,
      url,
      scenarios: ids.flatMap((id, index) => {
        const scenario = scenarios.get(id);
        return scenario ? [{ id, module, title: scenario.title, anchor: index === 0 ? 'simulator' : `simulator-${index + 1}` }] : [];
      }),
    });
  }
  return [...modules.values()].sort((a, b) => a.module - b.module);
}
