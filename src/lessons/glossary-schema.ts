/** A glossary term: content/glossary/<id>.yaml, with a definition in every locale. */
import { z } from 'zod';
import { idSchema, localisedSchema } from '../engine/index.ts';

export const glossaryEntrySchema = z.strictObject({
  /** Equals the file name; used by `<Term id="…">` and as the anchor on the glossary page. */
  id: idSchema,
  /** The term as shown in the glossary. */
  term: localisedSchema,
  /** Two or three sentences in our own words. */
  definition: localisedSchema,
  /**
   * Where the idea comes from, written in English as "Author and Author (year), Title" (optional).
   * The credit's few words ("and", "since") are put into the page's language (`creditIn`); the
   * title after the last "), " is marked with `sourceTitleLang` wherever that differs from the page's.
   */
  source: z.string().trim().min(1).optional(),
  /** The language of the source's title; English unless said otherwise. */
  sourceTitleLang: z.enum(['de', 'en']).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Glossary ids used by `<Term id="…">` in a lesson body. */
export function termIds(body: string): string[] {
  return [...body.matchAll(/<Term\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** A source "Credit (year), Title" split into its credit and its title (no title when it has no "), "). */
export function sourceParts(source: string): { credit: string; title?: string } {
  const split = /^(.*\)),\s*(.+)$/.exec(source);
  return split ? { credit: split[1]!, title: split[2]! } : { credit: source };
}

const CREDIT_WORDS: Record<string, Record<string, string>> = {
  de: { and: 'und', since: 'seit' },
};

/**
 * A source's credit in the page's language: names and years stay, the joining words are translated
 * ("Roger Fisher and William Ury (1981)" → "Roger Fisher und William Ury (1981)" in German).
 */
export function creditIn(locale: string, credit: string): string {
  const words = CREDIT_WORDS[locale];
  return words ? credit.replace(/\b(and|since)\b/g, (word) => words[word] ?? word) : credit;
}
