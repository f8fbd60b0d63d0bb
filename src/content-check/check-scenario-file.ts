/** Checks one scenario YAML file and points every problem at its line. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkScenario, type Analysis, type Scenario } from '../engine/index.ts';
import type { FileProblem } from './file-problem.ts';
import { parseYamlSource } from './yaml-source.ts';

export interface ScenarioFileCheck {
  file: string;
  problems: FileProblem[];
  scenario?: Scenario;
  analysis?: Analysis;
}

export function checkScenarioText(text: string, file: string): ScenarioFileCheck {
  const source = parseYamlSource(text);
  if (source.syntaxErrors.length) {
    return {
      file,
      problems: source.syntaxErrors.map((e) => ({
        file, line: e.line, col: e.col, code: 'yaml-syntax', severity: 'error', path: [],
        message: `YAML syntax: ${e.message}`,
        fix: 'Check indentation and quoting: put text in double quotes when it starts with * & ! \' " or contains ": ", or ", " inside { }.',
      })),
    };
  }
  const fileId = basename(file).replace(/\.ya?ml$/, '');
  const result = checkScenario(source.data, fileId);
  const problems = result.problems.map((p): FileProblem => ({ ...p, file, ...source.locate(p.path) }));
  if (file.endsWith('.yml')) {
    // The content collection loads `*.yaml` only: a `.yml` scenario would pass here and be missing on the site.
    problems.unshift({ file, code: 'file-name', severity: 'error', path: [], line: 1, col: 1, message: 'The file name ends in ".yml"; the site loads only scenario files ending in ".yaml", so it would ignore this one.', fix: `Rename the file to ${fileId}.yaml.` });
  }
  for (const cut of source.cutTexts) {
    problems.push({
      file, code: 'text-cut-by-comment', severity: 'warning', path: cut.path, line: cut.line, col: cut.col,
      message: `This unquoted text ends before " ${cut.dropped}": YAML reads " #" and everything after it as a comment, so the text is only "${cut.kept}".`,
      fix: `Put the whole text in double quotes: \`${String(cut.path.at(-1))}: "${cut.kept} ${cut.dropped}"\`.`,
    });
  }
  return { file, problems, ...(result.scenario ? { scenario: result.scenario } : {}), ...(result.analysis ? { analysis: result.analysis } : {}) };
}

export function checkScenarioFile(file: string): ScenarioFileCheck {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'The file does not exist.' : `The file cannot be read (${String(error)}).`;
    return { file, problems: [{ file, code: 'yaml-syntax', severity: 'error', path: [], message: reason, fix: 'Check the path.' }] };
  }
  return checkScenarioText(text, file);
}
