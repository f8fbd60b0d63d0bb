import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-all.ts';
import { formatPath } from '../../src/engine/index.ts';

const root = fileURLToPath(new URL('../fixtures/content-broken/', import.meta.url));
const result = checkContent(root);
const problemsIn = (file: string) => result.problems.filter((p) => p.file.endsWith(file));

describe('lesson checks', () => {
  it('passes a lesson that has its translation and embeds a known scenario', () => {
    expect(problemsIn('de/01-ok.mdx')).toEqual([]);
    expect(problemsIn('en/01-ok.mdx')).toEqual([]);
    expect(result.lessons.find((l) => l.file.endsWith('de/01-ok.mdx'))).toMatchObject({ locale: 'de', slug: 'ok', scenarioIds: ['valid-minimal'] });
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
    expect(problem).toMatchObject({ code: 'unknown-scenario', line: 10 });
    expect(problem!.message).toContain('no-such-scenario');
    expect(problem!.fix).toContain('valid-minimal');
  });

  it('reports a lesson outside a locale folder, whose module then has no lesson in any locale', () => {
    expect(problemsIn('fr/05-pas-de-locale.mdx').map((p) => p.code)).toEqual(['file-name', 'missing-translation', 'missing-translation']);
  });
});
