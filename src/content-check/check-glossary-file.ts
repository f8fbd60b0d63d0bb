/** Checks one glossary term file: shape, both languages, and that its id is its file name. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeZodIssue, zodIssuePath } from '../engine/index.ts';
import { glossaryEntrySchema } from '../lessons/glossary-schema.ts';
import type { FileProblem } from './file-problem.ts';
import { parseYamlSource } from './yaml-source.ts';

export function checkGlossaryFile(file: string): { file: string; id?: string; problems: FileProblem[] } {
  const source = parseYamlSource(readFileSync(file, 'utf8'));
  const problems: FileProblem[] = source.syntaxErrors.map((e) => ({ file, line: e.line, col: e.col, code: 'yaml-syntax', severity: 'error', path: [], message: `YAML syntax: ${e.message}`, fix: 'Check indentation and quoting; quote texts that contain ": ".' }));
  if (problems.length) return { file, problems };
  const parsed = glossaryEntrySchema.safeParse(source.data, { reportInput: true });
  if (!parsed.success) {
    return { file, problems: parsed.error.issues.map((issue) => ({ file, code: 'schema', severity: 'error', path: zodIssuePath(issue), ...describeZodIssue(issue), ...source.locate(zodIssuePath(issue)) })) };
  }
  const fileId = basename(file).replace(/\.ya?ml$/, '');
  if (parsed.data.id !== fileId) {
    problems.push({ file, code: 'id-mismatch', severity: 'error', path: ['id'], message: `The id "${parsed.data.id}" differs from the file name.`, fix: `Rename the file to ${parsed.data.id}.yaml or set \`id: ${fileId}\`.`, ...source.locate(['id']) });
  }
  return { file, id: parsed.data.id, problems };
}
