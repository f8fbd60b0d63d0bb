/**
 * Candystorm behind a real TLS-terminating reverse proxy: Debian's nginx, run with docs/nginx.conf
 * (only its name, ports and certificate paths changed), a self-signed certificate made with openssl
 * for this run, and the built server started with PUBLIC_URL=https://localhost:<port> and
 * TRUST_PROXY=1. In Chromium, through the proxy only: a trainer signs in with the form, creates a
 * class and assigns a module; the join link is the https one; a learner follows it, joins, plays a
 * scenario, and the run is stored. Before issue 11 every trainer form was answered 403 here.
 * nginx is installed when missing (scripts/ensure-nginx.ts), as the PostgreSQL tests do.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { ensureNginx } from '../../scripts/ensure-nginx.ts';
import { de } from '../../src/i18n/de.ts';
import { trainerDe } from '../../src/i18n/trainer-de.ts';
import { createTrainer, startApiServer, type ApiServer } from '../support/api-server.ts';
import { freePort } from '../support/throwaway-postgres.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

const EMAIL = 'tls-lehrerin@example.org';
const PASSWORD = 'tls-korrekt-pferd-batterie';
const CLASS_NAME = 'TLS 8a';
const PSEUDONYM = 'Grüne Eule';
const SCENARIO_ID = 'paket-verspaetet';
const NGINX_CONF = resolve(import.meta.dirname, '..', '..', 'docs', 'nginx.conf');

let server: ApiServer;
let nginx: ChildProcess | undefined;
let nginxLog = '';
let dir: string;
let origin: string;
let trainer: BrowserContext;
let learner: BrowserContext;

/** docs/nginx.conf with `replacements` applied; each must occur, so the test runs the documented file. */
function documentedConfig(replacements: [string, string][]): string {
  let text = readFileSync(NGINX_CONF, 'utf8');
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`docs/nginx.conf no longer contains "${from}": update this test with it`);
    text = text.split(from).join(to);
  }
  return text;
}

/** Resolves once something accepts connections on the port. */
async function listening(port: number, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), done(true)));
      socket.on('error', () => done(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nothing listens on ${port} after ${timeoutMs} ms; nginx said:\n${nginxLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function storedRuns(pseudonym: string): number {
  const db = new DatabaseSync(server.env['SQLITE_FILE']!, { readOnly: true });
  try {
    db.exec('PRAGMA busy_timeout = 2000');
    const row = db.prepare('SELECT count(*) AS n FROM runs JOIN learners ON learners.id = runs.learner_id WHERE learners.pseudonym = ?').get(pseudonym) as { n: number };
    return Number(row.n);
  } finally {
    db.close();
  }
}

async function liveSimulator(page: Page): Promise<Locator> {
  const sim = page.locator(`.sim[data-scenario="${SCENARIO_ID}"]`).first();
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-live', '');
  return sim;
}

test.beforeAll(async ({ browser }) => {
  const program = ensureNginx();
  dir = mkdtempSync(join(tmpdir(), 'candystorm-tls-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'], {
    stdio: 'ignore',
  });
  const tlsPort = await freePort();
  const httpPort = await freePort();
  origin = `https://localhost:${tlsPort}`;
  server = await startApiServer('sqlite', { env: { PUBLIC_URL: origin, TRUST_PROXY: '1' } });
  await createTrainer(server.env, EMAIL, PASSWORD);

  const site = documentedConfig([
    ['server 127.0.0.1:4321;', `server ${new URL(server.url).host};`],
    ['listen 443 ssl;', `listen 127.0.0.1:${tlsPort} ssl;`],
    ['listen 80;', `listen 127.0.0.1:${httpPort};`],
    ['https://candystorm.school.example$request_uri', `${origin}$request_uri`],
    ['server_name candystorm.school.example;', 'server_name localhost;'],
    ['/etc/ssl/candystorm/fullchain.pem', cert],
    ['/etc/ssl/candystorm/privkey.pem', key],
  ]);
  writeFileSync(join(dir, 'candystorm.conf'), site);
  // What Debian's /etc/nginx/nginx.conf provides around a site file, kept in this folder.
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'error.log')} warn;`,
      'worker_processes 1;',
      'events { worker_connections 256; }',
      'http {',
      `  access_log off;`,
      `  client_body_temp_path ${join(dir, 'body')};`,
      `  proxy_temp_path ${join(dir, 'proxy')};`,
      `  include ${join(dir, 'candystorm.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  nginx = spawn(program, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout!.on('data', (d: Buffer) => (nginxLog += d.toString()));
  nginx.stderr!.on('data', (d: Buffer) => (nginxLog += d.toString()));
  await listening(tlsPort, 20_000);

  const options = { ignoreHTTPSErrors: true, reducedMotion: 'reduce' as const, locale: 'de-DE' };
  trainer = await browser.newContext(options);
  learner = await browser.newContext(options);
});

test.afterAll(async () => {
  await trainer?.close();
  await learner?.close();
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGTERM');
    await exited;
  }
  await server?.dispose();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let joinLink = '';

test('a trainer signs in with the form, creates a class and assigns a module, all over https', async () => {
  const page = await trainer.newPage();
  const first = await page.goto(`${origin}/trainer/`);
  expect(first?.headers()['strict-transport-security']).toBe('max-age=31536000');
  await page.getByLabel(trainerDe['trainer.email']).fill(EMAIL);
  await page.getByLabel(trainerDe['trainer.passwordLabel'], { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: trainerDe['trainer.signIn.submit'], exact: true }).click();
  await expect(page.getByText(trainerDe['trainer.home.signedInAs'].replace('{email}', EMAIL))).toBeVisible();
  const session = (await trainer.cookies(origin)).find((c) => c.name === 'cs_session');
  expect(session?.secure).toBe(true);

  await page.getByLabel(trainerDe['trainer.class.name']).fill(CLASS_NAME);
  await page.getByRole('button', { name: trainerDe['trainer.home.create'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CLASS_NAME);
  expect(page.url().startsWith(`${origin}/trainer/klasse/`)).toBe(true);
  // The form to assign is folded away on the class page (it stays short while teaching).
  await page.getByText(trainerDe['trainer.assign.add'], { exact: true }).click();
  await page.getByLabel(trainerDe['trainer.assign.module'], { exact: true }).selectOption('4');
  await page.getByRole('radio', { name: trainerDe['trainer.mode.practice'] }).check();
  await page.getByRole('button', { name: trainerDe['trainer.assign.submit'], exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(trainerDe['trainer.done.assigned']);

  // The join link (and the QR code made from it) is the public https address.
  const link = page.getByRole('link', { name: /beitreten\/\?code=/ });
  joinLink = (await link.getAttribute('href')) ?? '';
  expect(joinLink).toMatch(new RegExp(`^${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/beitreten/\\?code=[A-Z0-9]{4}-[A-Z0-9]{4}$`));
});

test('a learner follows the join link, joins, plays, and the run is stored', async () => {
  const page = await learner.newPage();
  await page.goto(joinLink);
  await page.getByLabel(de['learner.pseudonym']).fill(PSEUDONYM);
  await page.getByRole('button', { name: de['learner.submit'], exact: true }).click();
  await expect(page.getByRole('heading', { name: de['learner.member.welcome'].replace('{className}', CLASS_NAME) })).toBeFocused();

  await page.getByRole('link', { name: /\(Modul 4: Deeskalieren\)$/ }).first().click();
  const sim = await liveSimulator(page);
  const path = [...pathsToEndings(loadContentScenario(SCENARIO_ID)).values()][0]!;
  for (const choiceId of path) {
    await clickChoice(sim, choiceId);
    if (choiceId !== path.at(-1)) await expect(sim.getByTestId('feedback')).toBeVisible();
  }
  await expect(sim.getByTestId('ending')).toBeVisible();
  await expect(sim.getByTestId('class-link')).toContainText(de['learner.link.sent'], { timeout: 30_000 });
  expect(storedRuns(PSEUDONYM)).toBe(1);
});

test('a live session runs through the proxy: the projector shows the https address and sees a phone\'s vote arrive', async () => {
  const { liveWordsFor } = await import('../../src/live/live-words.ts');
  const w = liveWordsFor('de');
  const projector = await trainer.newPage();
  await projector.goto(`${origin}/trainer/`);
  await projector.getByLabel(w.startScenario).selectOption(SCENARIO_ID);
  await projector.getByRole('button', { name: w.startButton }).click();
  const root = projector.locator('.live-projector');
  await expect(root).toHaveAttribute('data-live', '');
  await expect(projector.locator('.live-join')).toContainText(`${new URL(origin).host}/live/`);
  const code = (await projector.locator('[data-code]').textContent()) ?? '';

  const phone = await learner.newPage();
  await phone.goto(`${origin}/live/?code=${code}`);
  await expect(phone.locator('.live-phone')).toHaveAttribute('data-live', '');
  await phone.getByLabel(w.nameLabel).fill('Proxy Fuchs');
  await phone.getByRole('button', { name: w.join }).click();
  const first = phone.locator('.live-vote-button').first();
  await first.click();
  await expect(phone.locator('[data-my-vote]')).toHaveAttribute('data-my-vote', (await first.getAttribute('data-choice')) ?? '');
  // The count reaches the projector over its event stream, through nginx.
  await expect(projector.locator('[data-voted]')).toHaveAttribute('data-voted', '1');
  await projector.getByRole('button', { name: w.reveal }).click();
  await expect(phone.locator('.live-phone')).toHaveAttribute('data-phase', 'revealed');
});
