/**
 * Finds or provides a Chromium for the browser tests and benchmarks, saying what it does:
 *   1. CHROMIUM_PATH, if set;
 *   2. Playwright's own Chromium, if already downloaded;
 *   3. a system Chromium (/usr/bin/chromium …);
 *   4. Playwright's download (`playwright install chromium`), where the network allows it;
 *   5. the system's package manager (Debian/Ubuntu: apt-get install chromium), as root or via sudo.
 * Returns the executable path, or undefined to let Playwright use its own browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parseCliArgs } from './cli-args.ts';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function say(message: string): void {
  console.log(`[chromium] ${message}`);
}

function run(command: string, args: string[], timeoutMs: number): boolean {
  say(`running: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

const systemChromium = () => SYSTEM_CHROMIUMS.find((p) => existsSync(p));

export function ensureChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return say(`using CHROMIUM_PATH=${fromEnv}`), fromEnv;
    say(`CHROMIUM_PATH=${fromEnv} does not exist; looking elsewhere`);
  }
  if (existsSync(chromium.executablePath())) return say(`using Playwright's Chromium at ${chromium.executablePath()}`), undefined;
  const system = systemChromium();
  if (system) return say(`using the system's Chromium at ${system}`), system;

  say('no Chromium found; trying Playwright\'s download');
  if (run(process.execPath, ['node_modules/@playwright/test/cli.js', 'install', 'chromium'], 300_000) && existsSync(chromium.executablePath())) {
    return say('Playwright\'s Chromium is installed'), undefined;
  }
  say('Playwright\'s download is not possible here; trying the system package manager');
  const isRoot = process.getuid?.() === 0;
  const sudo = isRoot ? [] : ['sudo', '-n'];
  const apt = (args: string[]) => (sudo.length ? run(sudo[0]!, [...sudo.slice(1), 'apt-get', ...args], 600_000) : run('apt-get', args, 600_000));
  if (existsSync('/usr/bin/apt-get') && apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])) {
    const installed = systemChromium();
    if (installed) return say(`installed the system's Chromium at ${installed}`), installed;
  }
  throw new Error(
    'No Chromium available: Playwright could not download one and the package manager could not install one. ' +
      'Install Chromium yourself and set CHROMIUM_PATH to its executable.',
  );
}

/** For tools outside Playwright's test runner: ensures a Chromium, sets CHROMIUM_PATH for
 * chromiumLaunchOptions() (tests/e2e/browser.ts) and returns the executable to start. */
export function useChromium(): string {
  const path = ensureChromium();
  if (path) process.env['CHROMIUM_PATH'] = path;
  return path ?? chromium.executablePath();
}

// `node scripts/ensure-chromium.ts` prints the path (empty for Playwright's own).
if (import.meta.url === `file://${process.argv[1]}`) {
  parseCliArgs({
    usage: `Usage: node scripts/ensure-chromium.ts
Finds or installs a Chromium for the browser tests (CHROMIUM_PATH, Playwright's, the system's, a
download, apt-get) and prints its path (empty for Playwright's own).`,
  });
  console.log(ensureChromium() ?? '');
}
