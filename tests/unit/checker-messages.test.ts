/**
 * The checker's messages for mistakes outside authors made: each names the file, the line, the path
 * inside the file and a fix that says what to write instead. Every case is the valid fixture with one
 * line changed, so the line number is known and the mistake is the only problem.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkScenarioText } from '../../src/content-check/check-scenario-file.ts';
import { formatFileProblem, type FileProblem } from '../../src/content-check/file-problem.ts';
import { formatPath } from '../../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VALID = readFileSync(join(ROOT, 'tests/fixtures/scenarios/valid-minimal.yaml'), 'utf8');
const FILE = 'drafts/valid-minimal.yaml';

interface MessageCase {
  what: string;
  /** Replaces the first occurrence of `from` in the valid fixture with `to`. */
  from: string;
  to: string;
  code: FileProblem['code'];
  severity: 'error' | 'warning';
  path: string;
  line: number;
  message: string[];
  fix: string[];
  /** The file name, when it matters. */
  file?: string;
}

const CASES: MessageCase[] = [
  {
    what: 'a persona key with an umlaut', from: '  ben:\n', to: '  über:\n', code: 'schema', severity: 'error', path: 'personas.über', line: 22,
    message: ['"über" is not an id', 'no umlauts'], fix: ['Write it as "ueber"'],
  },
  {
    what: 'an empty English text', from: 'en: Everyone is happy.', to: 'en: ""', code: 'schema', severity: 'error', path: 'nodes.candy.text.en', line: 93,
    message: ['English (en) text is empty'], fix: ['Write the English text', 'en: "…"'],
  },
  {
    what: 'a number where a condition needs a range', from: '- if: { storm: { atLeast: 3 } }', to: '- if: { storm: 3 }', code: 'schema', severity: 'error', path: 'nodes.troll.choices[0].next[1].if.storm', line: 69,
    message: ['Expected a range, found the number 3'], fix: ['`{ atLeast: 3 }`', '`{ atMost: 3 }`', '`{ atLeast: 3, atMost: 3 }`'],
  },
  {
    what: '`when` inside a route', from: '- if: { storm: { atLeast: 3 } }', to: '- when: { storm: { atLeast: 3 } }', code: 'schema', severity: 'error', path: 'nodes.troll.choices[0].next[1].when', line: 69,
    message: ['Unknown field "when"'], fix: ['with `if:`, not `when:`', 'Write `if:` here'],
  },
  {
    what: '`if` on a choice', from: "      - id: thank-ben\n        when:", to: "      - id: thank-ben\n        if:", code: 'schema', severity: 'error', path: 'nodes.troll.choices[2].if', line: 80,
    message: ['Unknown field "if"'], fix: ['Write `when:` here'],
  },
  {
    what: '`when` on a post', from: "      - persona: ben\n        text: { de: Toller Laden!", to: "      - persona: ben\n        when: { flags: [listened] }\n        text: { de: Toller Laden!", code: 'schema', severity: 'error', path: 'nodes.candy.posts[0].when', line: 91,
    message: ['Unknown field "when"'], fix: ['A post is shown or not by `if:`', 'Write `if:` here'],
  },
  {
    what: 'a post whose `if` tests a flag nobody sets', from: "      - persona: ben\n        text: { de: Toller Laden!", to: "      - persona: ben\n        if: { flags: [listend] }\n        text: { de: Toller Laden!", code: 'unknown-flag', severity: 'error', path: 'nodes.candy.posts[0].if.flags[0]', line: 91,
    message: ['"listend"'], fix: ['Flags that are set: listened'],
  },
  {
    what: 'a misspelt field', from: 'scores: { integrity: 2 }', to: 'scroes: { integrity: 2 }', code: 'schema', severity: 'error', path: 'nodes.troll.choices[0].scroes', line: 64,
    message: ['Unknown field "scroes"'], fix: ['Did you mean `scores`?'],
  },
  {
    what: 'a persona id with capitals', from: 'persona: troll', to: 'persona: Troll', code: 'schema', severity: 'error', path: 'nodes.troll.posts[0].persona', line: 56,
    message: ['"Troll" is not an id'], fix: ['Write it as "troll"'],
  },
  {
    what: 'a module beyond the curriculum', from: 'module: 4', to: 'module: 11', code: 'schema', severity: 'error', path: 'module', line: 4,
    message: ['11 is too big: it must be at most 10'], fix: ['docs/reference.md', 'Trying a scenario in the site'],
  },
  {
    what: 'an unquoted text with " #"', from: '    text: { de: Es beruhigt sich., en: Things calm down. }', to: '    text:\n      de: Es beruhigt sich. #team\n      en: Things calm down.', code: 'text-cut-by-comment', severity: 'warning', path: 'nodes.calm.text.de', line: 99,
    message: ['" #"', 'as a comment', 'only "Es beruhigt sich."'], fix: ['de: "Es beruhigt sich. #team"'],
  },
  {
    what: 'a scenario saved as .yml', from: 'id: valid-minimal', to: 'id: valid-minimal', file: 'drafts/valid-minimal.yml', code: 'file-name', severity: 'error', path: '(top level)', line: 1,
    message: ['".yml"', 'only scenario files ending in ".yaml"'], fix: ['Rename the file to valid-minimal.yaml'],
  },
];

describe('checker messages for outside authors', () => {
  it.each(CASES)('reports $what with file, line, path and a specific fix', (c) => {
    expect(VALID).toContain(c.from);
    const file = c.file ?? FILE;
    const { problems } = checkScenarioText(VALID.replace(c.from, c.to), file);
    expect(problems, JSON.stringify(problems, null, 1)).toHaveLength(1);
    const p = problems[0]!;
    expect(p).toMatchObject({ file, code: c.code, severity: c.severity, line: c.line });
    expect(formatPath(p.path)).toBe(c.path);
    for (const m of c.message) expect(p.message).toContain(m);
    for (const f of c.fix) expect(p.fix).toContain(f);
    const printed = formatFileProblem(p);
    expect(printed.startsWith(`${file}:${c.line}:`)).toBe(true);
    expect(printed).toContain(`\n    Fix: ${p.fix}`);
  });

  it('says with which values a node is reached when a choice is never offered', () => {
    const text = readFileSync(join(ROOT, 'tests/fixtures/scenarios/broken/choice-never-available.yaml'), 'utf8');
    const [p] = checkScenarioText(text, 'choice-never-available.yaml').problems;
    expect(p?.code).toBe('choice-never-available');
    // The `when` tests the storm only, so only the storm is listed: 0 (listened) to 3 (defended).
    expect(p?.message).toContain('"troll" is reached with storm 0 to 3.');
    expect(p?.fix).toContain('holds for some of these values');
  });
});

// Each case starts a Node process: slow on a busy machine.
describe('check-content CLI on named files', { timeout: 60_000 }, () => {
  const run = (...files: string[]) => spawnSync(process.execPath, ['scripts/check-content.ts', ...files], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 on a .yml file and tells to rename it', () => {
    const r = run('tests/fixtures/scenarios/misnamed/yml-extension.yml');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('tests/fixtures/scenarios/misnamed/yml-extension.yml:1:1: error:');
    expect(r.stdout).toContain('Fix: Rename the file to yml-extension.yaml.');
  });

  it('exits 1 when the best choice of a named file is guessable, as for the site content', () => {
    // Five decisions in a row, each with the best choice first (the troll's decision is a tie, not counted).
    const data = parse(VALID) as { nodes: Record<string, unknown> };
    const decision = (data.nodes as Record<string, { posts: unknown[]; choices: { next: unknown }[] }>)['complaint']!;
    const nodes: Record<string, unknown> = { ...data.nodes };
    for (let i = 1; i <= 4; i++) {
      nodes[i === 1 ? 'complaint' : `step-${i}`] = { ...structuredClone(decision), posts: i === 1 ? decision.posts : [], choices: decision.choices.map((c) => ({ ...c, next: `step-${i + 1}` })) };
    }
    nodes['step-5'] = { ...structuredClone(decision), posts: [], choices: decision.choices.map((c) => ({ ...c, next: 'troll' })) };
    const dir = mkdtempSync(join(tmpdir(), 'guessable-'));
    const file = join(dir, 'valid-minimal.yaml');
    writeFileSync(file, stringify({ ...data, nodes }));
    const r = run(file);
    expect(r.stdout).toMatch(/error: The best choice \(most points summed over the five dimensions\) is the first option in 5 of 5 decisions \(100 %; at most 40 % allowed\)/);
    expect(r.stdout).toContain('valid-minimal/step-5');
    expect(r.status).toBe(1);
  });

  it('prints no "guessability over 0 decisions" when every named file fails', () => {
    const r = run('tests/fixtures/scenarios/broken/missing-target.yaml');
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('over 0 decisions');
    expect(r.stdout).toContain('guessability: not measured');
  });
});
