/**
 * Finds or provides Java for the W3C Nu HTML checker (vnu-jar), saying what it does:
 *   1. JAVA_BIN, if set;
 *   2. `java` on the PATH;
 *   3. the system's package manager (Debian/Ubuntu: apt-get install default-jre-headless), as root
 *      or via password-less sudo.
 * Returns the java executable; throws an Error saying what to install when none of these works.
 */
import { spawnSync } from 'node:child_process';
import { parseCliArgs } from './cli-args.ts';

function say(message: string): void {
  console.log(`[java] ${message}`);
}

const works = (java: string) => spawnSync(java, ['-version'], { stdio: 'ignore', timeout: 30_000 }).status === 0;

export function ensureJava(): string {
  const fromEnv = process.env['JAVA_BIN'];
  if (fromEnv && works(fromEnv)) return say(`using JAVA_BIN=${fromEnv}`), fromEnv;
  if (works('java')) return say('using java from the PATH'), 'java';
  say('no Java found; trying the system package manager');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const apt = (args: string[]) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    return spawnSync(command!, rest, { stdio: 'inherit', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'default-jre-headless']) && works('java')) return say('installed default-jre-headless'), 'java';
  throw new Error('No Java for the HTML checker: install Java 8 or newer (Debian: apt-get install default-jre-headless) or set JAVA_BIN.');
}

// `node scripts/ensure-java.ts` prints the executable.
if (import.meta.main) {
  parseCliArgs({
    usage: `Usage: node scripts/ensure-java.ts
Finds or installs Java for the W3C HTML checker (JAVA_BIN, java on the PATH, apt-get) and prints
the executable.`,
  });
  console.log(ensureJava());
}
