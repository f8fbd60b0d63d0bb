/**
 * Checks all content: every scenario, every lesson, and that every lesson exists in every locale.
 * Used by `npm run check:content` and by the tests.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALE_NAMES, LOCALES } from '../engine/index.ts';
import { checkLessonFile, type LessonFileCheck } from './check-lesson-file.ts';
import { checkScenarioFile, type ScenarioFileCheck } from './check-scenario-file.ts';
import type { FileProblem } from './file-problem.ts';

export interface ContentCheck {
  scenarios: ScenarioFileCheck[];
  lessons: LessonFileCheck[];
  problems: FileProblem[];
}

function filesIn(dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => pattern.test(f))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Lessons are translations of each other when they share a module number. */
function missingTranslations(lessons: LessonFileCheck[]): FileProblem[] {
  const byModule = new Map<number, LessonFileCheck[]>();
  for (const l of lessons) if (l.lesson) byModule.set(l.lesson.module, [...(byModule.get(l.lesson.module) ?? []), l]);
  const problems: FileProblem[] = [];
  for (const [module, group] of byModule) {
    for (const locale of LOCALES) {
      const inLocale = group.filter((l) => l.locale === locale);
      if (inLocale.length === 0) {
        problems.push({ file: group[0]!.file, code: 'missing-translation', severity: 'error', path: ['module'], message: `Module ${module} has no ${LOCALE_NAMES[locale]} (${locale}) lesson.`, fix: `Add content/lessons/${locale}/ with a lesson whose frontmatter says \`module: ${module}\`.` });
      }
      inLocale.slice(1).forEach((l) =>
        problems.push({ file: l.file, code: 'file-name', severity: 'error', path: ['module'], message: `Module ${module} has more than one ${LOCALE_NAMES[locale]} lesson.`, fix: 'Give each lesson its own module number.' }),
      );
    }
  }
  return problems;
}

export function checkContent(root: string, scenarioFiles?: string[]): ContentCheck {
  const display = (f: string) => {
    const rel = relative(process.cwd(), f);
    return rel && !rel.startsWith('..') ? rel : f;
  };
  const files = scenarioFiles ?? filesIn(join(root, 'content/scenarios'), /\.ya?ml$/);
  const scenarios = files.map((f) => checkScenarioFile(display(f)));
  const known = new Set(scenarios.filter((s) => s.scenario && !s.problems.some((p) => p.severity === 'error')).map((s) => s.scenario!.id));
  const seen = new Map<string, string>();
  const problems: FileProblem[] = scenarios.flatMap((s) => s.problems);
  for (const s of scenarios) {
    if (!s.scenario) continue;
    const other = seen.get(s.scenario.id);
    if (other) problems.push({ file: s.file, code: 'id-mismatch', severity: 'error', path: ['id'], message: `The id "${s.scenario.id}" is used by ${other} too.`, fix: 'Give every scenario its own id.' });
    seen.set(s.scenario.id, s.file);
  }
  // Paths given on the command line check those scenarios only.
  const lessons = scenarioFiles ? [] : filesIn(join(root, 'content/lessons'), /\.mdx?$/).map((f) => checkLessonFile(display(f), known));
  problems.push(...lessons.flatMap((l) => l.problems), ...missingTranslations(lessons));
  return { scenarios, lessons, problems };
}
