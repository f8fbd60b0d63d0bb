/** Checks one MDX lesson: its frontmatter and the scenarios it embeds. */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isLocale, type Locale } from '../engine/index.ts';
import { describeZodIssue } from '../engine/index.ts';
import { lessonSchema, lessonSlug, simulatorScenarioIds, type Lesson } from '../lessons/lesson-schema.ts';
import type { FileProblem } from './file-problem.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface LessonFileCheck {
  file: string;
  problems: FileProblem[];
  locale?: Locale;
  slug: string;
  lesson?: Lesson;
  scenarioIds: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function checkLessonFile(file: string, knownScenarios: ReadonlySet<string>): LessonFileCheck {
  const text = readFileSync(file, 'utf8');
  const folder = basename(dirname(file));
  const slug = lessonSlug(basename(file).replace(/\.mdx?$/, ''));
  const problems: FileProblem[] = [];
  const problem = (p: Omit<FileProblem, 'file' | 'severity'>) => problems.push({ file, severity: 'error', ...p });
  const locale = isLocale(folder) ? folder : undefined;
  if (!locale) {
    problem({ code: 'file-name', path: [], message: `The lesson is in the folder "${folder}", which is not a locale.`, fix: 'Put lessons in content/lessons/de/ or content/lessons/en/.' });
  }
  const match = FRONTMATTER.exec(text);
  let lesson: Lesson | undefined;
  if (!match) {
    problem({ code: 'frontmatter', path: [], line: 1, message: 'The lesson has no frontmatter.', fix: 'Start the file with a block between two `---` lines holding title, description, module and minutes.' });
  } else {
    const source = parseYamlSource(match[1]!);
    source.syntaxErrors.forEach((e) =>
      problem({ code: 'yaml-syntax', path: [], line: e.line + 1, col: e.col, message: `YAML syntax: ${e.message}`, fix: 'Check indentation and quoting in the frontmatter.' }),
    );
    const parsed = lessonSchema.safeParse(source.data, { reportInput: true });
    if (parsed.success) lesson = parsed.data;
    else if (!source.syntaxErrors.length) {
      for (const issue of parsed.error.issues) {
        const pos = source.locate(issue.path as (string | number)[]);
        problem({ code: 'frontmatter', path: issue.path as (string | number)[], ...describeZodIssue(issue), ...(pos ? { line: pos.line + 1, col: pos.col } : {}) });
      }
    }
  }
  const scenarioIds = simulatorScenarioIds(text);
  for (const id of scenarioIds) {
    if (!knownScenarios.has(id)) {
      const line = text.slice(0, text.indexOf(`scenario="${id}"`)).split('\n').length;
      problem({ code: 'unknown-scenario', path: [], line, message: `The lesson embeds the scenario "${id}", which does not exist or does not pass its checks.`, fix: `Add content/scenarios/${id}.yaml, or use one of: ${[...knownScenarios].join(', ') || '(none)'}.` });
    }
  }
  return { file, problems, slug, scenarioIds, ...(locale ? { locale } : {}), ...(lesson ? { lesson } : {}) };
}
