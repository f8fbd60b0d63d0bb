/**
 * Checks all content: scenarios, glossary, lessons and trainer notes; that every lesson exists in
 * every locale and has trainer notes; and that the best move cannot be guessed by position or length.
 * Used by `npm run check:content` and by the tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALE_NAMES, LOCALES } from '../engine/index.ts';
import { trainerNotesSchema } from '../lessons/trainer-notes-schema.ts';
import { checkGlossaryFile } from './check-glossary-file.ts';
import { checkLessonFile, checkMdxFile, type KnownIds, type LessonFileCheck, type MdxFileCheck } from './check-lesson-file.ts';
import { checkScenarioFile, type ScenarioFileCheck } from './check-scenario-file.ts';
import type { FileProblem } from './file-problem.ts';
import { guessability, guessabilityProblems, type GuessabilityReport } from './guessability.ts';
import { lessonSectionProblems } from './check-lesson-sections.ts';
import { readLessons } from './lesson-facts.ts';
import { readSelfChecks, selfCheckProblems, selfCheckReport, type SelfCheckReport } from './self-checks.ts';
import { strategyProblems, strategyReport, type ScenarioStrategy } from './strategy-check.ts';

export interface ContentCheck {
  scenarios: ScenarioFileCheck[];
  lessons: LessonFileCheck[];
  guessability: GuessabilityReport;
  /** Rules of thumb and candystorm routes per scenario without errors. */
  strategies: ScenarioStrategy[];
  /** Self-check guessability over all lessons; absent when only named scenario files are checked. */
  selfChecks?: SelfCheckReport;
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

type WithModule = MdxFileCheck<{ module: number }>;

/** Every module with a lesson needs one file per locale in `group` (lessons or notes). */
function missingPerLocale(modules: Set<number>, group: WithModule[], what: string, folder: string, code: FileProblem['code'], severity: FileProblem['severity']): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const module of [...modules].sort((a, b) => a - b)) {
    const ofModule = group.filter((l) => l.data?.module === module);
    for (const locale of LOCALES) {
      const inLocale = ofModule.filter((l) => l.locale === locale);
      const file = ofModule[0]?.file ?? `content/${folder}/`;
      if (inLocale.length === 0) {
        problems.push({ file, code, severity, path: ['module'], message: `Module ${module} has no ${LOCALE_NAMES[locale]} (${locale}) ${what}.`, fix: `Add a file in content/${folder}/${locale}/ whose frontmatter says \`module: ${module}\`.` });
      }
      inLocale.slice(1).forEach((l) =>
        problems.push({ file: l.file, code: 'file-name', severity: 'error', path: ['module'], message: `Module ${module} has more than one ${LOCALE_NAMES[locale]} ${what}.`, fix: 'Give each its own module number.' }),
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
  const valid = scenarios.filter((s) => s.scenario && !s.problems.some((p) => p.severity === 'error'));
  const problems: FileProblem[] = scenarios.flatMap((s) => s.problems);
  const seen = new Map<string, string>();
  for (const s of scenarios) {
    if (!s.scenario) continue;
    const other = seen.get(s.scenario.id);
    if (other) problems.push({ file: s.file, code: 'id-mismatch', severity: 'error', path: ['id'], message: `The id "${s.scenario.id}" is used by ${other} too.`, fix: 'Give every scenario its own id.' });
    seen.set(s.scenario.id, s.file);
  }
  // The same rule for named files as for the site's content: over the scenarios checked together.
  const report = guessability(valid.map((s) => s.scenario!));
  const folder = scenarioFiles ? valid.map((s) => s.file).join(', ') : 'content/scenarios/';
  const guessable = guessabilityProblems(report, folder);
  const strategies = strategyReport(valid.map((s) => ({ file: s.file, scenario: s.scenario! })));
  guessable.push(...strategyProblems(strategies, folder));
  // Lesson links are checked for named files too: against the lessons that embed them or their module's.
  problems.push(...lessonSectionProblems(valid, readLessons(root)));
  // Paths given on the command line check those scenarios only.
  if (scenarioFiles) return { scenarios, lessons: [], guessability: report, strategies, problems: [...problems, ...guessable] };

  const glossary = filesIn(join(root, 'content/glossary'), /\.ya?ml$/).map((f) => checkGlossaryFile(display(f)));
  problems.push(...glossary.flatMap((g) => g.problems));
  const known: KnownIds = {
    scenarios: new Set(valid.map((s) => s.scenario!.id)),
    terms: new Set(glossary.flatMap((g) => (g.id && !g.problems.length ? [g.id] : []))),
  };
  const lessons = filesIn(join(root, 'content/lessons'), /\.mdx?$/).map((f) => checkLessonFile(display(f), known));
  const notes = filesIn(join(root, 'content/trainer-notes'), /\.mdx?$/).map((f) => checkMdxFile(display(f), trainerNotesSchema, known));
  const modules = new Set(lessons.flatMap((l) => (l.data ? [l.data.module] : [])));
  const selfChecks = selfCheckReport(lessons.map((l) => ({ file: l.file, checks: readSelfChecks(readFileSync(l.file, 'utf8')) })));
  problems.push(
    ...lessons.flatMap((l) => l.problems),
    ...notes.flatMap((n) => n.problems),
    ...missingPerLocale(modules, lessons, 'lesson', 'lessons', 'missing-translation', 'error'),
    ...missingPerLocale(modules, notes, 'trainer notes', 'trainer-notes', 'missing-notes', 'warning'),
    ...guessable,
    ...selfCheckProblems(selfChecks, 'content/lessons/'),
  );
  return { scenarios, lessons, guessability: report, strategies, selfChecks, problems };
}


