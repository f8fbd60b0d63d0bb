/**
 * Every command-line tool in scripts/ answers --help (and -h) with its usage on stdout and exit 0,
 * without starting anything; an argument it does not know gets the usage on stderr and exit 2.
 * The tools run as real processes under this Node (the project's Node 24), as `npm run …` runs them.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCliArgs } from '../../scripts/cli-args.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Loading a tool's imports takes a second or two; up to a minute on a busy shared machine. The tools run
 * one after another, not concurrently: on 2 cores, 25 parallel Node start-ups only compete. */
const BUDGET_MS = 120_000;

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a tool and waits for it to exit; one that starts a server and stays would hit the timeout. */
function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Outcome> {
  return new Promise((resolveRun) => {
    execFile(command, args, { cwd: ROOT, env: { ...process.env, ...env }, timeout: BUDGET_MS - 5000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolveRun({ code, stdout, stderr });
    });
  });
}

/** Each tool, and what its usage must name. */
const TOOLS: [file: string, name: string][] = [
  ['scripts/trainer.ts', 'npm run trainer'],
  ['scripts/scorm.ts', 'npm run scorm'],
  ['scripts/check-content.ts', 'npm run check:content'],
  ['scripts/bench.ts', 'npm run bench'],
  ['scripts/serve.ts', 'npm run serve'],
  ['scripts/test-all.ts', 'npm test'],
  ['scripts/preview.ts', 'npm run preview'],
  ['scripts/ensure-chromium.ts', 'scripts/ensure-chromium.ts'],
  ['scripts/ensure-java.ts', 'scripts/ensure-java.ts'],
  ['scripts/ensure-postgres.ts', 'scripts/ensure-postgres.ts'],
  ['scripts/bench/bare-sqlite.ts', 'scripts/bench/bare-sqlite.ts'],
  ['scripts/bench/dashboard.ts', 'scripts/bench/dashboard.ts'],
  ['scripts/bench/first-choice.ts', 'scripts/bench/first-choice.ts'],
  ['scripts/bench/ingest.ts', 'scripts/bench/ingest.ts'],
  ['scripts/bench/lighthouse.ts', 'scripts/bench/lighthouse.ts'],
  ['scripts/bench/load-runs.ts', 'scripts/bench/load-runs.ts'],
  ['scripts/bench/page-transfer.ts', 'scripts/bench/page-transfer.ts'],
  ['scripts/bench/under-attack.ts', 'scripts/bench/under-attack.ts'],
  ['scripts/train-reply-model.ts', 'npm run train:reply-model'],
  ['scripts/make-sounds.sh', 'scripts/make-sounds.sh'],
];
const runTool = (file: string, args: string[], env?: Record<string, string>) =>
  file.endsWith('.sh') ? run('bash', [file, ...args], env) : run(process.execPath, [file, ...args], env);

describe('every tool in scripts/', () => {
  it.each(TOOLS)('%s --help prints its usage naming "%s" and exits 0', async (file, name) => {
    const { code, stdout, stderr } = await runTool(file, ['--help']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: /m);
    expect(stdout).toContain(name);
  }, BUDGET_MS);

  it.each([
    ['scripts/trainer.ts', ['-h']],
    ['scripts/bench.ts', ['--no-build', '-h']],
    ['scripts/check-content.ts', ['some.yaml', '-h']],
  ])('%s answers -h anywhere on the line, %j', async (file, args) => {
    const { code, stdout } = await runTool(file, args);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: /m);
  }, BUDGET_MS);

  it.each([
    ['scripts/trainer.ts', ['--frobnicate'], 'unknown option "--frobnicate"'],
    ['scripts/trainer.ts', ['frobnicate'], 'Unknown command "frobnicate"'],
    ['scripts/trainer.ts', ['add'], 'needs an e-mail address'],
    ['scripts/check-content.ts', ['--frobnicate'], 'unknown option "--frobnicate"'],
    ['scripts/bench.ts', ['--no-buld'], 'unknown option "--no-buld"'],
    ['scripts/preview.ts', [], 'name the scenario file to preview'],
    ['scripts/preview.ts', ['gibt-es-nicht.yaml'], '"gibt-es-nicht.yaml" is not a file'],
    ['scripts/serve.ts', ['--port=80'], 'unexpected argument "--port=80"'],
    ['scripts/bench/ingest.ts', ['--seconds=ten'], '"--seconds" needs a number'],
    ['scripts/make-sounds.sh', ['--frobnicate'], 'unexpected argument "--frobnicate"'],
  ])('%s %j says what is wrong with the usage on stderr and exits 2', async (file, args, message) => {
    const { code, stdout, stderr } = await runTool(file, args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toMatch(/^Usage: /m);
  }, BUDGET_MS);

  describe('the trainer tool', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candystorm-cli-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('does not open (and so create) the database for --help or a wrong command line', async () => {
      const file = join(dir, 'trainer.sqlite');
      for (const [args, exitCode] of [[['--help'], 0], [['list', 'extra'], 2], [[], 2], [['remove', 'not-an-address'], 2]] as const) {
        const { code } = await runTool('scripts/trainer.ts', [...args], { SQLITE_FILE: file });
        expect(code, args.join(' ')).toBe(exitCode);
      }
      expect(existsSync(file)).toBe(false);
    }, BUDGET_MS);
  });
});

describe('readCliArgs', () => {
  const spec = { usage: 'Usage: x', flags: ['--dry'], options: { runs: 'number', out: 'text' } as const, maxPositionals: 1 };

  it.each([
    ['nothing', [], { kind: 'ok', flags: [], options: [], positionals: [] }],
    ['a flag, an option and a positional', ['--dry', '--runs=3', 'a.yaml'], { kind: 'ok', flags: ['--dry'], options: [['runs', '3']], positionals: ['a.yaml'] }],
    ['a text option with = inside', ['--out=a=b'], { kind: 'ok', flags: [], options: [['out', 'a=b']], positionals: [] }],
    ['--help after other arguments', ['--dry', '--help'], { kind: 'help' }],
    ['-h beside an unknown option', ['--nope', '-h'], { kind: 'help' }],
  ])('reads %s', (_, argv, expected) => {
    const reading = readCliArgs(spec, argv);
    if (reading.kind !== 'ok') return expect(reading).toEqual(expected);
    expect({
      kind: reading.kind,
      flags: [...reading.args.flags],
      options: [...reading.args.options],
      positionals: [...reading.args.positionals],
    }).toEqual(expected);
  });

  it.each([
    ['an unknown option', ['--nope'], 'unknown option "--nope"'],
    ['an unknown short option', ['-x'], 'unknown option "-x"'],
    ['an option without its value', ['--runs'], '"--runs" needs a value'],
    ['an empty value', ['--runs='], '"--runs" needs a value'],
    ['a number option with text', ['--runs=many'], '"--runs" needs a number, not "many"'],
    ['a flag given a value', ['--dry=yes'], 'unknown option "--dry=yes"'],
    ['one positional too many', ['a', 'b'], 'unexpected argument "b"'],
  ])('refuses %s', (_, argv, message) => {
    expect(readCliArgs(spec, argv)).toEqual({ kind: 'usage-error', message: expect.stringContaining(message) });
  });
});
