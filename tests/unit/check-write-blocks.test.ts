/**
 * The checker on write blocks, end to end: every fixture in tests/fixtures/scenarios/broken-write/
 * (each a copy of valid-write.yaml with one defect) is rejected with the right code, path, line and a
 * fix, and `node scripts/check-content.ts` fails naming file, line, path and fix.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import { FEATURE_IDS } from '../../src/analysis/types.ts';
import { formatPath } from '../../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIR = 'tests/fixtures/scenarios/broken-write';
const abs = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));

interface Case {
  file: string;
  code: string;
  path: string;
  /** Text on the reported line. */
  lineText: string;
  /** What the message must name. */
  mentions: string[];
  /** What the fix must say. */
  fix: string;
  count: number;
}

const CASES: Case[] = [
  { file: 'write-unknown-feature', code: 'schema', path: 'nodes.answer-kim.write.wants[1]', lineText: 'wants: [acknowledge, empathy]', mentions: ['"empathy"', 'no feature'], fix: FEATURE_IDS.join(', '), count: 1 },
  { file: 'write-outcome-contradictory', code: 'outcome-never-taken', path: 'nodes.answer-kim.write.outcomes[2].if', lineText: 'lacks: [acknowledge]', mentions: ['"warm"', '`acknowledge`', '`has`', '`lacks`'], fix: 'Remove the feature', count: 1 },
  // The broader outcome catches both later ones, and the ending only the first led to is lost.
  { file: 'write-outcome-shadowed', code: 'outcome-never-taken', path: 'nodes.answer-kim.write.outcomes[2].if', lineText: 'if: { has: [acknowledge, next-step]', mentions: ['"warm-and-concrete"', '"warm-first"'], fix: 'Move "warm-and-concrete" above "warm-first"', count: 3 },
  { file: 'write-last-outcome-if', code: 'schema', path: 'nodes.answer-kim.write.outcomes', lineText: 'outcomes:', mentions: ['last outcome', '`if`'], fix: 'Remove the `if` of the last outcome', count: 1 },
  { file: 'write-unknown-target', code: 'unknown-post', path: 'nodes.answer-kim.write.target', lineText: 'target: kim-2', mentions: ['"kim-2"'], fix: 'Known ids: kim-1', count: 1 },
  { file: 'write-missing-model', code: 'schema', path: 'nodes.answer-kim.write.model.en', lineText: 'model:', mentions: ['English (en)'], fix: 'Add `en: "…"`', count: 1 },
  { file: 'write-max-length', code: 'schema', path: 'nodes.answer-kim.write.maxLength', lineText: 'maxLength: 20', mentions: ['20', '50 to 2000'], fix: 'range', count: 1 },
  { file: 'write-reply-test-in-route', code: 'reply-test-outside-write', path: 'nodes.answer-kim.choices[0].next[0].if.has', lineText: 'if: { has: [thanks] }', mentions: ['`has`', 'write outcome'], fix: 'set a flag', count: 1 },
];

const linesOf = (file: string) => readFileSync(abs(`${DIR}/${file}.yaml`), 'utf8').split('\n');

describe('broken write fixtures', () => {
  it('are exactly the cases below, each saying what is broken in its first line', () => {
    const files = readdirSync(abs(DIR)).map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(files).toEqual(CASES.map((c) => c.file).sort());
    for (const c of CASES) expect(linesOf(c.file)[0], c.file).toMatch(/^# Broken: \S/);
  });

  it.each(CASES)('$file: $code at $path, on the line with `$lineText`, with a fix', (c) => {
    const { problems } = checkScenarioFile(abs(`${DIR}/${c.file}.yaml`));
    const p = problems.find((x) => x.code === c.code && formatPath(x.path) === c.path);
    expect(p, JSON.stringify(problems, null, 1)).toBeDefined();
    expect(p!.severity).toBe('error');
    expect(linesOf(c.file)[(p!.line ?? 0) - 1] ?? '').toContain(c.lineText);
    for (const m of c.mentions) expect(p!.message).toContain(m);
    expect(p!.fix).toContain(c.fix);
    expect(problems).toHaveLength(c.count);
  });
});

describe('check:content on broken write fixtures', () => {
  it('exits 1 and prints file:line:column, the path and a Fix line for each', () => {
    const files = CASES.map((c) => `${DIR}/${c.file}.yaml`);
    const r = spawnSync(process.execPath, ['scripts/check-content.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = r.stdout + r.stderr;
    for (const c of CASES) {
      const { problems } = checkScenarioFile(abs(`${DIR}/${c.file}.yaml`));
      const p = problems.find((x) => x.code === c.code && formatPath(x.path) === c.path)!;
      expect(out).toContain(`${DIR}/${c.file}.yaml:${p.line ?? 0}:`);
      expect(out).toContain(`error: ${c.path}: `);
    }
    expect(out.match(/^\s+Fix: \S/gm)?.length).toBe(CASES.reduce((n, c) => n + c.count, 0));
  }, 60_000);
});
