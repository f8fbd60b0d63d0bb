/**
 * Finds or provides nginx for the reverse-proxy browser test (tests/e2e/behind-tls-proxy.spec.ts),
 * saying what it does: NGINX if set, then /usr/sbin/nginx, then Debian's package (apt-get install
 * nginx-light, as root or with password-less sudo). Returns the program's path; throws an Error
 * saying what to install when none of these works. Run alone: node scripts/ensure-nginx.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const DEBIAN_NGINX = '/usr/sbin/nginx';

function say(message: string): void {
  console.log(`[nginx] ${message}`);
}

function install(): boolean {
  const root = process.getuid?.() === 0;
  const sudo = !root && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 10_000 }).status === 0;
  if (!root && !sudo) return false;
  const apt = (args: string[]) => {
    const [command, rest] = root ? ['apt-get', args] : ['sudo', ['-n', 'apt-get', ...args]];
    say(`running: ${command} ${rest.join(' ')}`);
    return spawnSync(command, rest, { stdio: 'inherit', timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  return apt(['install', '-y', 'nginx-light']) || (apt(['update']) && apt(['install', '-y', 'nginx-light']));
}

/** The nginx program to run. */
export function ensureNginx(): string {
  const fromEnv = process.env['NGINX'];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    say(`NGINX=${fromEnv} does not exist; looking elsewhere`);
  }
  if (existsSync(DEBIAN_NGINX)) return DEBIAN_NGINX;
  say('nginx is not installed; installing Debian\'s nginx-light');
  if (install() && existsSync(DEBIAN_NGINX)) return DEBIAN_NGINX;
  throw new Error('nginx is needed for the reverse-proxy test: install it (Debian: apt-get install nginx-light) or set NGINX to its path.');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(ensureNginx());
