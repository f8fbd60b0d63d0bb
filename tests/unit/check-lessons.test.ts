import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-all.ts';
import { formatPath } from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('../fixtures/content-broken/', import.meta.url));
const result = checkContent(root);
const problemsIn = (file: string) => result.problems.filter((p) => p.file.endsWith(file));

describe('lesson checks', () => {
  it('passes a lesson that has its translation and embeds a known scenario', () => {
    expect(problemsIn('lessons/en/01-ok.mdx')).toEqual([]);
    expect(result.lessons.find((l) => l.file.endsWith('lessons/de/01-ok.mdx'))).toMatchObject({ locale: 'de', slug: 'ok', scenarioIds: ['valid-minimal'] });
  });

  it('reports a module that exists in German only as a missing English translation', () => {
    const [problem, ...rest] = problemsIn('de/02-ohne-uebersetzung.mdx');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'missing-translation', severity: 'error' });
    expect(problem!.message).toContain('Module 2 has no English (en) lesson');
    expect(problem!.fix).toContain('content/lessons/en/');
  });

  it('reports bad frontmatter with the field and its line', () => {
    const problems = problemsIn('en/03-bad-frontmatter.mdx');
    expect(problems.map((p) => [p.code, formatPath(p.path), p.line])).toEqual([
      ['frontmatter', 'description', 3],
      ['frontmatter', 'module', 4],
    ]);
    expect(problems[1]!.message).toContain('11 is too big');
  });

  it('reports an embedded scenario that does not exist, with its line and the known ids', () => {
    const [problem] = problemsIn('en/04-unknown-scenario.mdx');
    expect(problem).toMatchObject({ code: 'unknown-scenario', line: 12 });
    expect(problem!.message).toContain('no-such-scenario');
    expect(problem!.fix).toContain('valid-minimal');
  });

  it('reports a glossary term that does not exist, with its line', () => {
    expect(problemsIn('lessons/de/01-ok.mdx').map((p) => [p.code, p.line, p.message])).toEqual([
      ['unknown-term', 10, '<Term id="gibt-es-nicht"> names no glossary term.'],
    ]);
  });

  it('reports a glossary file whose id differs from its file name', () => {
    expect(problemsIn('glossary/falscher-name.yaml').map((p) => [p.code, p.line])).toEqual([['id-mismatch', 1]]);
  });

  it('checks trainer notes frontmatter and warns about modules without notes', () => {
    expect(problemsIn('trainer-notes/en/01-ok.mdx').map((p) => [p.code, formatPath(p.path)])).toEqual([['frontmatter', 'extra']]);
    const missing = result.problems.filter((p) => p.code === 'missing-notes');
    expect(missing.every((p) => p.severity === 'warning')).toBe(true);
    // Modules 2 to 5 have lessons but no notes (module 5's only lesson is in the wrong folder but
    // names its module); module 1's English notes have bad frontmatter, so they do not count.
    expect(missing.map((p) => p.message.slice(0, 20)).sort()).toEqual(
      ['Module 1 has no Engl', 'Module 2 has no Engl', 'Module 2 has no Germ', 'Module 3 has no Engl', 'Module 3 has no Germ', 'Module 4 has no Engl', 'Module 4 has no Germ', 'Module 5 has no Engl', 'Module 5 has no Germ'],
    );
  });

  it('reports a lesson outside a locale folder, whose module then has no lesson in any locale', () => {
    expect(problemsIn('fr/05-pas-de-locale.mdx').map((p) => p.code)).toEqual(['file-name', 'missing-translation', 'missing-translation']);
  });
});
