/**
 * What the checker and docs/reference.md need to know of each lesson without compiling its MDX:
 * module, title, slug, level, minutes, KMK values, the scenarios it embeds and its section ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LOCALES, type Locale } from '../engine/index.ts';
import { lessonSlug, simulatorScenarioIds } from '../lessons/lesson-schema.ts';

export interface LessonFacts {
  /** The lesson file, relative to the project. */
  file: string;
  module: number;
  locale: Locale;
  title: string;
  slug: string;
  level: string;
  minutes: number;
  kmk: string[];
  scenarios: string[];
  /** Heading id -> heading text. */
  sections: Map<string, string>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;
const HEADING = /<h([2-6])\s+id="([a-z0-9-]+)"[^>]*>([\s\S]*?)<\/h\1>/g;

/** The facts of every lesson under content/lessons, per locale, in file order. */
export function readLessons(root: string): LessonFacts[] {
  return LOCALES.flatMap((locale) => {
    const dir = join(root, 'content/lessons', locale);
    let files: string[];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
    } catch {
      return [];
    }
    return files.flatMap((file): LessonFacts[] => {
      const text = readFileSync(join(dir, file), 'utf8');
      const front = FRONTMATTER.exec(text);
      if (!front) return [];
      const data = parse(front[1]!) as { title: string; module: number; level: string; minutes: number; kmk: string[] };
      const sections = new Map([...text.matchAll(HEADING)].map((m) => [m[2]!, m[3]!.replace(/<[^>]+>/g, '').trim()]));
      return [{ file: `content/lessons/${locale}/${file}`, module: data.module, locale, title: data.title, slug: lessonSlug(file.replace(/\.mdx$/, '')), level: data.level, minutes: data.minutes, kmk: data.kmk ?? [], scenarios: [...new Set(simulatorScenarioIds(text))], sections }];
    });
  });
}
