/** The frontmatter of an MDX lesson in content/lessons/<locale>/. See docs/writing-lessons.md. */
import { z } from 'zod';
import { KMK_COMPETENCES } from './kmk.ts';

export const lessonSchema = z.strictObject({
  /** The lesson's title, e.g. "Deeskalieren". */
  title: z.string().trim().min(1),
  /** One sentence for the module list and search engines. */
  description: z.string().trim().min(10).max(200),
  /** The module number 1-10; the same in every locale, which is how translations find each other. */
  module: z.int().min(1).max(10),
  /** About how long lesson and simulator take, in minutes. */
  minutes: z.int().min(5).max(180),
  /** `basic` for everyone from about 13; `advanced` for older students and workshops. */
  level: z.enum(['basic', 'advanced']),
  /**
   * Competences of the KMK strategy "Bildung in der digitalen Welt" (2016) the module builds,
   * as area.competence numbers, e.g. `["2.4", "6.2"]`.
   */
  kmk: z
    .array(
      z.string().refine((c) => c in KMK_COMPETENCES, {
        error: `a KMK competence is one of ${Object.keys(KMK_COMPETENCES).join(', ')}`,
      }),
    )
    .min(1),
});
export type Lesson = z.infer<typeof lessonSchema>;

/** `04-deeskalieren` -> `deeskalieren`: the number only orders the files. */
export function lessonSlug(fileStem: string): string {
  return fileStem.replace(/^\d+-/, '');
}

/** Scenario ids used by `<Simulator scenario="…" />` in a lesson body. */
export function simulatorScenarioIds(body: string): string[] {
  return [...body.matchAll(/<Simulator\b[^>]*\bscenario=["']([^"']+)["']/g)].map((m) => m[1]!);
}
