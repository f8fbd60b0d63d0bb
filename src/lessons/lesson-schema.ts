/** The frontmatter of an MDX lesson in content/lessons/<locale>/. See docs/writing-lessons.md. */
import { z } from 'zod';

export const lessonSchema = z.strictObject({
  /** The lesson's title, e.g. "Deeskalieren". */
  title: z.string().trim().min(1),
  /** One sentence for the module list and search engines. */
  description: z.string().trim().min(10).max(200),
  /** The module number 1-10; the same in every locale, which is how translations find each other. */
  module: z.int().min(1).max(10),
  /** About how long lesson and simulator take, in minutes. */
  minutes: z.int().min(5).max(180),
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
