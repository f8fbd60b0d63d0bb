/**
 * `npm run scorm`'s usage errors: exit 2 with a sentence saying what is missing, before anything is
 * built. (Help and unknown options: cli-help.test.ts; a real export: the harness and API tests.)
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

function scorm(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['scripts/scorm.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, _stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stderr });
    });
  });
}

describe('npm run scorm usage errors', () => {
  it.each([
    [['export', '--module', '4'], '"--out FILE.zip" is required'],
    [['export', '--out', 'x.zip'], 'choose what to package'],
    [['export', '--module', '4', '--all', '--out', 'x.zip'], 'choose what to package'],
    [['export', '--module', 'four', '--out', 'x.zip'], 'needs module numbers'],
    [['export', '--module=4', '--out=x.zip', '--version', '3'], '"--version" is 1.2 or 2004'],
    [['export', '--module', '4', '--out', 'x.zip', '--lang', 'fr'], '"--lang" is de or en'],
    [['import', '--module', '4', '--out', 'x.zip'], 'unknown command "import"'],
  ])('refuses %j', async (args, words) => {
    const { code, stderr } = await scorm(args);
    expect(code).toBe(2);
    expect(stderr).toContain(words);
    expect(stderr).toContain('Usage: npm run scorm');
  });
});
