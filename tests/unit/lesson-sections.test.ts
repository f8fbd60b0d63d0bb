/** A choice's lessonSection must be a heading of the lessons around the simulator, in every language. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-all.ts';
import { lessonSectionProblems } from '../../src/content-check/check-lesson-sections.ts';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import type { LessonFacts } from '../../src/content-check/lesson-facts.ts';
import { readLessons } from '../../src/content-check/lesson-facts.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/scenarios/broken-lesson-link/unknown-section.yaml', import.meta.url));

const lesson = (over: Partial<LessonFacts>): LessonFacts => ({
  file: 'content/lessons/de/x.mdx', module: 4, locale: 'de', title: 'x', slug: 'x', level: 'basic', minutes: 45, kmk: [], scenarios: [],
  sections: new Map(), ...over,
});

describe('lesson section links', () => {
  it('reject a section the module\'s lessons lack, at its line, naming both lessons and the ids that exist', () => {
    const { problems } = checkContent(ROOT, [FIXTURE]);
    const p = problems.find((x) => x.code === 'unknown-section');
    expect(p?.severity).toBe('error');
    expect(p?.line).toBe(44);
    expect(p?.path).toEqual(['nodes', 'complaint', 'choices', 0, 'lessonSection']);
    expect(p?.message).toContain('content/lessons/de/04-');
    expect(p?.message).toContain('content/lessons/en/04-');
    const module4 = readLessons(ROOT).filter((l) => l.module === 4);
    const common = [...module4[0]!.sections.keys()].filter((id) => module4.every((l) => l.sections.has(id)));
    expect(common.length).toBeGreaterThan(0);
    for (const id of common) expect(p?.fix).toContain(`\`${id}\``);
  });

  it('check against the lessons that embed the scenario, and name only the language that lacks the section', () => {
    const check = checkScenarioFile(FIXTURE);
    const withSection = new Map([['gibt-es-nicht', 'Gibt es']]);
    const embedding = [
      lesson({ scenarios: ['unknown-section'], sections: withSection }),
      lesson({ file: 'content/lessons/en/x.mdx', locale: 'en', scenarios: ['unknown-section'], sections: new Map() }),
      // Same module but not embedding it: not consulted once some lesson embeds the scenario.
      lesson({ file: 'content/lessons/de/y.mdx', sections: new Map() }),
    ];
    const problems = lessonSectionProblems([check], embedding);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('content/lessons/en/x.mdx (English)');
    expect(problems[0]!.message).not.toContain('de/');
  });

  it('pass every published scenario', () => {
    expect(checkContent(ROOT).problems.filter((p) => p.code === 'unknown-section')).toEqual([]);
  });
});
