/**
 * The content checker, end to end: every broken fixture in tests/fixtures/scenarios/broken/ must be
 * rejected with the right code, path, line and fix, the valid fixture must pass with the extremes it
 * implies, and `node scripts/check-content.ts` must print and exit accordingly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkScenarioFile } from '../../src/content-check/check-scenario-file.ts';
import type { FileProblem } from '../../src/content-check/file-problem.ts';
import { analyseScenario, checkScenario, formatPath, type Scenario } from '../../src/engine/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VALID = 'tests/fixtures/scenarios/valid-minimal.yaml';
const BROKEN = 'tests/fixtures/scenarios/broken';
const abs = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));

interface BrokenCase {
  /** File name in tests/fixtures/scenarios/broken/ without `.yaml`. */
  file: string;
  /** What the test title says is rejected. */
  what: string;
  code: FileProblem['code'];
  severity: 'error' | 'warning';
  /** The problem's path as `formatPath` prints it. */
  path: string;
  /** The line of the fixture the problem points at (1-based), checked against `lineText`. */
  line: number;
  /** Text on that line, so a shifted line number is caught here rather than believed. */
  lineText: string;
  /** Ids or values the message must name. */
  mentions: string[];
  /** How many problems the fixture yields in all (one defect can cause follow-up problems). */
  count: number;
}

const CASES: BrokenCase[] = [
  // schema
  { file: 'missing-translation', what: 'a text without its English translation', code: 'schema', severity: 'error', path: 'nodes.complaint.choices[0].feedback.en', line: 43, lineText: 'feedback: { de: Du hörst zu. }', mentions: ['English', '(en)'], count: 1 },
  // Renaming `feedback` also makes `feedback` missing: two problems; the unknown one points at its key.
  { file: 'unknown-field', what: 'a misspelt field', code: 'schema', severity: 'error', path: 'nodes.complaint.choices[1].fedback', line: 50, lineText: 'fedback: {', mentions: ['fedback'], count: 2 },
  { file: 'bad-enum', what: 'a value outside an enum', code: 'schema', severity: 'error', path: 'personas.troll.motive', line: 20, lineText: 'motive: hater', mentions: ['hater'], count: 1 },
  { file: 'out-of-range', what: 'a score outside -2..+2', code: 'schema', severity: 'error', path: 'nodes.complaint.choices[0].scores.empathy', line: 42, lineText: 'empathy: 5', mentions: ['-2', '+2'], count: 1 },
  // references
  { file: 'id-mismatch', what: 'an id that differs from the file name', code: 'id-mismatch', severity: 'error', path: 'id', line: 2, lineText: 'id: some-other-scenario', mentions: ['some-other-scenario', 'id-mismatch.yaml'], count: 1 },
  { file: 'missing-start', what: 'a start node that does not exist', code: 'missing-start', severity: 'error', path: 'start', line: 28, lineText: 'start: complain', mentions: ['complain'], count: 1 },
  { file: 'missing-target', what: 'a route to a node that does not exist', code: 'missing-target', severity: 'error', path: 'nodes.complaint.choices[1].next', line: 51, lineText: 'next: trol', mentions: ['trol'], count: 1 },
  { file: 'unknown-persona', what: 'a post by a persona that does not exist', code: 'unknown-persona', severity: 'error', path: 'nodes.complaint.posts[0].persona', line: 34, lineText: 'persona: tim', mentions: ['tim'], count: 1 },
  { file: 'unknown-post', what: 'a choice targeting a post that does not exist', code: 'unknown-post', severity: 'error', path: 'nodes.complaint.choices[0].target', line: 40, lineText: 'target: kim-angy', mentions: ['kim-angy'], count: 1 },
  { file: 'duplicate-post', what: 'two posts with one id', code: 'duplicate-post', severity: 'error', path: 'nodes.candy.posts[0].id', line: 90, lineText: '- id: kim-angry', mentions: ['kim-angry'], count: 1 },
  { file: 'duplicate-choice', what: 'two choices of one node with one id', code: 'duplicate-choice', severity: 'error', path: 'nodes.troll.choices[2].id', line: 79, lineText: '- id: argue', mentions: ['argue', 'troll'], count: 1 },
  { file: 'unknown-flag', what: 'a condition on a flag no choice sets', code: 'unknown-flag', severity: 'error', path: 'nodes.troll.choices[2].when.flags[0]', line: 80, lineText: 'flags: [listend]', mentions: ['listend'], count: 1 },
  // Without endings, the five routes to them point nowhere too.
  { file: 'no-ending', what: 'a scenario without an ending', code: 'no-ending', severity: 'error', path: 'nodes', line: 29, lineText: 'nodes:', mentions: [], count: 6 },
  // graph (a node is located at its key)
  { file: 'unreachable-node', what: 'a decision nobody leads to', code: 'unreachable-node', severity: 'error', path: 'nodes.follow-up', line: 86, lineText: 'follow-up:', mentions: ['follow-up'], count: 1 },
  { file: 'ending-never-reached', what: 'an ending whose only route needs a state no path reaches', code: 'ending-never-reached', severity: 'error', path: 'nodes.candy', line: 86, lineText: 'candy:', mentions: ['candy'], count: 1 },
  { file: 'dead-end', what: 'a node reachable in a state where none of its choices is offered', code: 'dead-end', severity: 'error', path: 'nodes.troll', line: 52, lineText: 'troll:', mentions: ['troll'], count: 1 },
  // Both loop nodes are reported; the row checks the first, the test below checks the second.
  { file: 'no-way-out', what: 'two decisions that only lead to each other', code: 'no-way-out', severity: 'error', path: 'nodes.loop-a', line: 86, lineText: 'loop-a:', mentions: ['loop-a'], count: 2 },
  { file: 'indistinguishable-choices', what: 'two choices with identical consequences', code: 'indistinguishable-choices', severity: 'error', path: 'nodes.troll.choices[2]', line: 79, lineText: '- id: insult', mentions: ['argue', 'insult', 'troll'], count: 1 },
  { file: 'choice-never-available', what: 'a choice whose `when` never holds', code: 'choice-never-available', severity: 'warning', path: 'nodes.troll.choices[1].when', line: 73, lineText: 'when: { storm: { atLeast: 5 } }', mentions: ['argue', 'troll'], count: 1 },
  // platforms (platforms.ts): Instagram has restrict and limit, not Facebook's hide
  { file: 'platform-move', what: 'a move the scenario\'s platform does not have', code: 'platform-move', severity: 'error', path: 'nodes.troll.choices[0].kind', line: 61, lineText: 'kind: hide', mentions: ['`hide`', 'Instagram', 'hide-troll'], count: 1 },
  { file: 'yaml-syntax', what: 'an unclosed quote', code: 'yaml-syntax', severity: 'error', path: '(top level)', line: 9, lineText: 'handle: "@testladen', mentions: ['quote'], count: 1 },
];

const fixture = (c: BrokenCase) => `${BROKEN}/${c.file}.yaml`;
const fixtureLines = (rel: string) => readFileSync(abs(rel), 'utf8').split('\n');
const find = (problems: FileProblem[], code: string, path: string) =>
  problems.find((p) => p.code === code && formatPath(p.path) === path);

function runCli(...files: string[]) {
  const r = spawnSync(process.execPath, ['scripts/check-content.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function loadScenario(rel: string): Scenario {
  const result = checkScenario(parse(readFileSync(abs(rel), 'utf8')));
  if (!result.scenario) throw new Error(`${rel} does not parse: ${JSON.stringify(result.problems)}`);
  return result.scenario;
}

describe('broken fixtures', () => {
  it('each starts with a comment saying what is broken and, but for id-mismatch, has its file name as id', () => {
    for (const c of CASES) {
      const lines = fixtureLines(fixture(c));
      expect(lines[0], c.file).toMatch(/^# Broken: \S/);
      if (c.file !== 'id-mismatch') expect(lines[1], c.file).toBe(`id: ${c.file}`);
    }
  });

  it.each(CASES)('the hard-coded line $line of fixture $file holds `$lineText`', (c) => {
    expect(fixtureLines(fixture(c))[c.line - 1]).toContain(c.lineText);
  });
});

describe('checkScenarioFile', () => {
  it.each(CASES)('reports $what as a $severity ($code) at $path, line $line', (c) => {
    const { problems } = checkScenarioFile(abs(fixture(c)));
    const p = find(problems, c.code, c.path);
    expect(p, `no ${c.code} at ${c.path} in ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(p!.severity).toBe(c.severity);
    expect(p!.line).toBe(c.line);
    expect(p!.fix.trim()).not.toBe('');
    expect(p!.message.trim()).not.toBe('');
    for (const m of c.mentions) expect(p!.message).toContain(m);
    expect(problems).toHaveLength(c.count);
  });

  it('reports the warning of choice-never-available without any error, so the file passes', () => {
    const { problems } = checkScenarioFile(abs(`${BROKEN}/choice-never-available.yaml`));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reports every node of a closed loop as no-way-out, not just the first', () => {
    const { problems } = checkScenarioFile(abs(`${BROKEN}/no-way-out.yaml`));
    const lines = fixtureLines(`${BROKEN}/no-way-out.yaml`);
    const b = find(problems, 'no-way-out', 'nodes.loop-b');
    expect(b?.severity).toBe('error');
    expect(b?.message).toContain('loop-b');
    expect(lines[b!.line! - 1]).toBe('  loop-b:');
  });

  it('reports the routes that point at the removed endings as missing targets, next to no-ending', () => {
    const { problems } = checkScenarioFile(abs(`${BROKEN}/no-ending.yaml`));
    const missing = problems.filter((p) => p.code === 'missing-target').map((p) => formatPath(p.path));
    expect(missing.sort()).toEqual([
      'nodes.troll.choices[0].next[0].to',
      'nodes.troll.choices[0].next[1].to',
      'nodes.troll.choices[0].next[2].to',
      'nodes.troll.choices[1].next',
      'nodes.troll.choices[2].next',
    ]);
  });

  it('lists the allowed values in the fix for a value outside an enum', () => {
    const p = find(checkScenarioFile(abs(`${BROKEN}/bad-enum.yaml`)).problems, 'schema', 'personas.troll.motive');
    for (const motive of ['complainant', 'troll', 'supporter']) expect(p?.fix).toContain(motive);
  });

  it('names the out-of-range score in the message', () => {
    const p = find(checkScenarioFile(abs(`${BROKEN}/out-of-range.yaml`)).problems, 'schema', 'nodes.complaint.choices[0].scores.empathy');
    expect(p?.message).toContain('5');
  });

  it('says that a file that does not exist does not exist', () => {
    const { problems } = checkScenarioFile(abs(`${BROKEN}/does-not-exist.yaml`));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.message).toMatch(/does not exist/);
  });
});

describe('the valid fixture', () => {
  const check = checkScenarioFile(abs(VALID));

  it('yields no problems at all', () => {
    expect(check.problems).toEqual([]);
    expect(check.scenario?.id).toBe('valid-minimal');
  });

  /*
   * Worked out by hand from valid-minimal.yaml (start: audience -10, storm 1, kim -40):
   *   listen (empathy 2, deesc 2; audience 10, storm 0, kim 0, listened) then
   *     hide-troll (integrity 2)           -> candy  (listened and kim >= 0)
   *     argue      (integrity -2, deesc -2) -> storm
   *     thank-ben  (empathy 1, integrity 1) -> calm
   *   defend (empathy -2, deesc -1, clarity 1; audience -40, storm 3, kim -70) then
   *     hide-troll (integrity 2)           -> storm  (not listened; storm >= 3)
   *     argue      (integrity -2, deesc -2) -> storm
   *     (thank-ben is not offered: no `listened`)
   * Totals (empathy, clarity, solution, deescalation, integrity):
   *   candy (2,0,0,2,2)  storm (2,0,0,0,-2)  calm (3,0,0,2,1)  storm (-2,1,0,-1,2)  storm (-2,1,0,-3,-2)
   * States: complaint, troll x2, candy, calm, storm x3 = 8.
   */
  it('reaches all three endings', () => {
    expect([...(check.analysis?.reachableEndings ?? [])].sort()).toEqual(['calm', 'candy', 'storm']);
  });

  it('has the best and worst totals and the path lengths its five paths imply', () => {
    expect(check.analysis?.extremes).toEqual({
      best: { empathy: 3, clarity: 1, solution: 0, deescalation: 2, integrity: 2 },
      worst: { empathy: -2, clarity: 0, solution: 0, deescalation: -3, integrity: -2 },
      minDecisions: 2,
      maxDecisions: 2,
    });
  });

  it('has the eight (node, state) pairs its paths imply', () => {
    expect(check.analysis?.stateCount).toBe(8);
  });
});

describe('analyseScenario state limit', () => {
  const scenario = loadScenario(VALID);

  it('reports too-complex, and no extremes, when the limit is tiny', () => {
    const analysis = analyseScenario(scenario, 3);
    const p = analysis.problems.find((x) => x.code === 'too-complex');
    expect(p?.severity).toBe('error');
    expect(p && formatPath(p.path)).toBe('nodes');
    expect(p?.fix.trim()).not.toBe('');
    expect(analysis.extremes).toBeUndefined();
    expect(analysis.reachableEndings).toEqual([]);
  });

  it('accepts a limit equal to the number of states and rejects one below it', () => {
    expect(analyseScenario(scenario, 8).problems).toEqual([]);
    expect(analyseScenario(scenario, 7).problems.map((p) => p.code)).toEqual(['too-complex']);
  });
});

describe('check-content CLI', () => {
  it.each(CASES.filter((c) => c.severity === 'error'))('exits 1 on fixture $file and prints its name, :$line:, the path and a fix', (c) => {
    const { status, stdout } = runCli(fixture(c));
    expect(status).toBe(1);
    // `file:line:col: error: path: message`; a problem without a path (YAML syntax) prints none.
    const where = `${fixture(c)}:${c.line}:`;
    const inside = c.path === '(top level)' ? '' : ` ${c.path}:`;
    const printed = stdout.split('\n').filter((l) => l.startsWith(where) && l.includes(`: ${c.severity}:${inside} `));
    expect(printed, stdout).not.toEqual([]);
    expect(stdout).toContain('    Fix: ');
    expect(stdout).toMatch(/[1-9]\d* error\(s\)/);
  });

  it('exits 0 on the valid fixture with 0 errors and 0 warnings', () => {
    const { status, stdout } = runCli(VALID);
    expect(status).toBe(0);
    expect(stdout).toContain('0 error(s), 0 warning(s)');
    expect(stdout).toContain('scenario valid-minimal: 5 nodes, 3 endings reached, 2-2 decisions per path, 8 states');
    // The strategy table (worked out from the fixture: after listening, "warmest" thanks Ben and the
    // thread only calms; "best now" hides the troll and reaches the one candystorm route).
    expect(stdout).toMatch(/valid-minimal\s+calmed\s+candystorm\s+1 \(0\)/);
    expect(stdout).toContain('limits not applied below 4 scenarios');
  });

  it('fails on four scenarios a rule of thumb wins, naming the files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candystorm-strategy-'));
    try {
      const source = readFileSync(abs('tests/fixtures/scenarios/strategy/rule-wins.yaml'), 'utf8');
      const files = [1, 2, 3, 4].map((n) => {
        const file = join(dir, `rule-wins-${n}.yaml`);
        writeFileSync(file, source.replace('id: rule-wins', `id: rule-wins-${n}`));
        return file;
      });
      const { status, stdout } = runCli(...files);
      expect(status).toBe(1);
      expect(stdout).toMatch(/error: "always the warmest choice" reaches a candystorm in 4 of 4 scenarios/);
      expect(stdout).toMatch(/error: "always the best-scoring move now" reaches a candystorm in 4 of 4 scenarios/);
      expect(stdout).toMatch(/rule-wins-1\.yaml: error: nodes: 1 route\(s\) reach a candystorm ending/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 0 on a warning only, printing it with its line and counting 1 warning', () => {
    const { status, stdout } = runCli(`${BROKEN}/choice-never-available.yaml`);
    expect(status).toBe(0);
    expect(stdout).toContain('choice-never-available.yaml:73:');
    expect(stdout).toContain('warning: nodes.troll.choices[1].when:');
    expect(stdout).toContain('0 error(s), 1 warning(s)');
  });

  it('exits 1 when one of two files is broken, reporting only the broken one', () => {
    const { status, stdout } = runCli(VALID, `${BROKEN}/missing-target.yaml`);
    expect(status).toBe(1);
    expect(stdout).toContain('2 scenario(s)');
    expect(stdout).toContain('missing-target.yaml:51:');
    expect(stdout).not.toMatch(/valid-minimal\.yaml:\d+:/);
    expect(stdout).toContain('1 error(s)');
  });

  it('exits 1 on a path that does not exist and says the file does not exist', () => {
    const { status, stdout } = runCli(`${BROKEN}/does-not-exist.yaml`);
    expect(status).toBe(1);
    expect(stdout).toContain('does-not-exist.yaml');
    expect(stdout).toContain('The file does not exist.');
  });
});
