/**
 * A choice's `lessonSection` becomes a link to that heading in the lesson page around the simulator
 * ("read more in the lesson"). A section id the lesson does not have is a link to nowhere: checked
 * here against every lesson that embeds the scenario (or, for one not embedded yet, the lessons of
 * its module), in every language.
 */
import { readFileSync } from 'node:fs';
import { LOCALE_NAMES, type Scenario } from '../engine/index.ts';
import type { ScenarioFileCheck } from './check-scenario-file.ts';
import type { FileProblem } from './file-problem.ts';
import type { LessonFacts } from './lesson-facts.ts';
import { parseYamlSource } from './yaml-source.ts';

interface SectionLink {
  path: (string | number)[];
  section: string;
}

function sectionLinks(scenario: Scenario): SectionLink[] {
  return Object.entries(scenario.nodes).flatMap(([nodeId, node]) =>
    node.type === 'decision'
      ? node.choices.flatMap((choice, i) => (choice.lessonSection ? [{ path: ['nodes', nodeId, 'choices', i, 'lessonSection'], section: choice.lessonSection }] : []))
      : [],
  );
}

export function lessonSectionProblems(checks: readonly ScenarioFileCheck[], lessons: readonly LessonFacts[]): FileProblem[] {
  const problems: FileProblem[] = [];
  for (const check of checks) {
    const scenario = check.scenario;
    if (!scenario) continue;
    const links = sectionLinks(scenario);
    if (!links.length) continue;
    const embedding = lessons.filter((l) => l.scenarios.includes(scenario.id));
    const relevant = embedding.length ? embedding : lessons.filter((l) => l.module === scenario.module);
    if (!relevant.length) continue;
    let locate: ((path: readonly (string | number)[]) => { line: number; col: number } | undefined) | undefined;
    for (const link of links) {
      const missing = relevant.filter((l) => !l.sections.has(link.section));
      if (!missing.length) continue;
      locate ??= parseYamlSource(readFileSync(check.file, 'utf8')).locate;
      const known = [...new Set(relevant.flatMap((l) => [...l.sections.keys()]))].filter((id) => relevant.every((l) => l.sections.has(id))).sort();
      const where = missing.map((l) => `${l.file} (${LOCALE_NAMES[l.locale]})`).join(', ');
      problems.push({
        file: check.file,
        code: 'unknown-section',
        severity: 'error',
        path: link.path,
        ...locate(link.path),
        message: `The lesson section "${link.section}" does not exist in ${where}, so the link under this choice's feedback would lead nowhere.`,
        fix: known.length
          ? `Use a section id that every language has: ${known.map((id) => `\`${id}\``).join(', ')} (docs/reference.md lists them with their headings), or give a heading \`id="${link.section}"\` in the lesson.`
          : `Give a heading in the lesson \`id="${link.section}"\` (e.g. \`<h2 id="${link.section}">…</h2>\`), in every language.`,
      });
    }
  }
  return problems;
}
