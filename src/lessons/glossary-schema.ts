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
  /** Where the idea comes from: author, year, title (optional). */
  source: z.string().trim().min(1).optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** Glossary ids used by `<Term id="…">` in a lesson body. */
export function termIds(body: string): string[] {
  return [...body.matchAll(/<Term\b[^>]*\bid=["']([^"']+)["']/g)].map((m) => m[1]!);
}
