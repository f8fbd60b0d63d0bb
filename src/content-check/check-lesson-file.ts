/** Checks one MDX file (a lesson or trainer notes): frontmatter, embedded scenarios and terms. */
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { z } from 'zod';
import { describeZodIssue, zodIssuePath, isLocale, type Locale } from '../engine/index.ts';
import { termIds } from '../lessons/glossary-schema.ts';
import { lessonSchema, lessonSlug, simulatorScenarioIds } from '../lessons/lesson-schema.ts';
import type { FileProblem } from './file-problem.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface MdxFileCheck<T> {
  file: string;
  problems: FileProblem[];
  locale?: Locale;
  slug: string;
  data?: T;
  scenarioIds: string[];
}

export interface KnownIds {
  scenarios: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function lineOf(text: string, needle: string): number {
  return text.slice(0, Math.max(0, text.indexOf(needle))).split('\n').length;
}

export function checkMdxFile<T>(file: string, schema: z.ZodType<T>, known: KnownIds): MdxFileCheck<T> {
  const text = readFileSync(file, 'utf8');
  const folder = basename(dirname(file));
  const slug = lessonSlug(basename(file).replace(/\.mdx?$/, ''));
  const problems: FileProblem[] = [];
  const problem = (p: Omit<FileProblem, 'file' | 'severity'>) => problems.push({ file, severity: 'error', ...p });
  const locale = isLocale(folder) ? folder : undefined;
  if (!locale) {
    problem({ code: 'file-name', path: [], message: `The file is in the folder "${folder}", which is not a locale.`, fix: 'Put it in a de/ or en/ folder.' });
  }
  const match = FRONTMATTER.exec(text);
  let data: T | undefined;
  if (!match) {
    problem({ code: 'frontmatter', path: [], line: 1, message: 'The file has no frontmatter.', fix: 'Start the file with a block between two `---` lines; docs/writing-lessons.md lists its fields.' });
  } else {
    const source = parseYamlSource(match[1]!);
    source.syntaxErrors.forEach((e) =>
      problem({ code: 'yaml-syntax', path: [], line: e.line + 1, col: e.col, message: `YAML syntax: ${e.message}`, fix: 'Check indentation and quoting in the frontmatter.' }),
    );
    const parsed = schema.safeParse(source.data, { reportInput: true });
    if (parsed.success) data = parsed.data;
    else if (!source.syntaxErrors.length) {
      for (const issue of parsed.error.issues) {
        const pos = source.locate(zodIssuePath(issue));
        problem({ code: 'frontmatter', path: zodIssuePath(issue), ...describeZodIssue(issue), ...(pos ? { line: pos.line + 1, col: pos.col } : {}) });
      }
    }
  }
  const scenarioIds = simulatorScenarioIds(text);
  for (const id of scenarioIds) {
    if (!known.scenarios.has(id)) {
      problem({ code: 'unknown-scenario', path: [], line: lineOf(text, `scenario="${id}"`), message: `The file embeds the scenario "${id}", which does not exist or does not pass its checks.`, fix: `Add content/scenarios/${id}.yaml, or use one of: ${[...known.scenarios].join(', ') || '(none)'}.` });
    }
  }
  for (const id of termIds(text)) {
    if (!known.terms.has(id)) {
      problem({ code: 'unknown-term', path: [], line: lineOf(text, `id="${id}"`), message: `<Term id="${id}"> names no glossary term.`, fix: `Add content/glossary/${id}.yaml, or use one of: ${[...known.terms].join(', ') || '(none)'}.` });
    }
  }
  return { file, problems, slug, scenarioIds, ...(locale ? { locale } : {}), ...(data ? { data } : {}) };
}

export type LessonFileCheck = MdxFileCheck<z.infer<typeof lessonSchema>>;

export function checkLessonFile(file: string, known: KnownIds): LessonFileCheck {
  return checkMdxFile(file, lessonSchema, known);
}
