/**
 * npm run screenshots: pictures of the built site for README.md, so they stay current. Serves dist/
 * with scripts/serve.ts on a free port and a throwaway SQLite database, seeds one trainer with a
 * class (three learners, a few runs) through the real API, and photographs with Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium): the home page, the top of a lesson, the simulator
 * mid-run on a 390 px phone, the feedback after a move, the ending card, and the trainer's class page.
 * Writes docs/screenshots/*.png. Needs a build first (`npm run screenshots` builds).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { checkScenario, choicesNow, choose, startRun, type Run, type Scenario } from '../src/engine/index.ts';
import { classUrl } from '../src/components/trainer/trainer-pages.ts';
import { lessonUrl } from '../src/i18n/routes.ts';
import { lessonSlug, simulatorScenarioIds } from '../src/lessons/lesson-schema.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs', 'screenshots');
/** A scenario in a group chat: it shows a platform skin, and its module has a candystorm ending. */
const SCENARIO_ID = process.env['SCREENSHOT_SCENARIO'] ?? 'klassenchat-spott';
const EMAIL = 'screenshots@example.org';
const PASSWORD = `screens-${randomUUID()}`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

if (process.argv.slice(2).some((a) => a === '--help' || a === '-h')) {
  console.log('Usage: npm run screenshots   (or, after a build: node scripts/screenshots.ts)\nWrites docs/screenshots/*.png from the built site.');
  process.exit(0);
}
if (!existsSync(join(ROOT, 'dist', 'server', 'entry.mjs'))) {
  console.error('No build in dist/: run `npm run screenshots` (it builds first) or `npm run build`.');
  process.exit(1);
}

function loadScenario(id: string): Scenario {
  const result = checkScenario(parse(readFileSync(join(ROOT, 'content/scenarios', `${id}.yaml`), 'utf8')), id);
  if (!result.ok) throw new Error(`scenario ${id} does not pass the checker`);
  return result.scenario;
}

/** The German lesson that embeds the scenario's simulator. */
function lessonOf(scenarioId: string): string {
  const dir = join(ROOT, 'content/lessons/de');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const tags = readFileSync(join(dir, file), 'utf8').match(/<Simulator\b[^>]*>/g) ?? [];
    if (tags.some((tag) => simulatorScenarioIds(tag).includes(scenarioId))) return lessonUrl('de', lessonSlug(file.replace(/\.mdx$/, '')));
  }
  throw new Error(`no German lesson embeds ${scenarioId}`);
}

/** A path of choice ids (no written replies) to an ending with this outcome, shortest first. */
function pathTo(scenario: Scenario, outcome: string): string[] {
  let frontier: { run: Run; path: string[] }[] = [{ run: startRun(scenario), path: [] }];
  for (let depth = 0; depth < 30 && frontier.length; depth++) {
    const next: typeof frontier = [];
    for (const { run, path } of frontier) {
      for (const choice of choicesNow(scenario, run)) {
        const result = choose(scenario, run, choice.id);
        if (!result.ok) continue;
        const node = scenario.nodes[result.run.nodeId];
        if (result.run.ended && node?.type === 'ending' && node.outcome === outcome) return [...path, choice.id];
        if (!result.run.ended) next.push({ run: result.run, path: [...path, choice.id] });
      }
    }
    frontier = next.slice(0, 2000);
  }
  throw new Error(`no path to a ${outcome} ending in ${scenario.id}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within two minutes`);
}

/** A JSON request to the API as a browser on the same origin would send it. */
interface ApiAnswer {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the API's JSON, read field by field below
  json: any;
  headers: Headers;
}

async function api(base: string, path: string, json: unknown, auth: { cookie?: string; bearer?: string } = {}): Promise<ApiAnswer> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: base,
      ...(auth.cookie ? { cookie: auth.cookie } : {}),
      ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
    },
    body: JSON.stringify(json),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${path} answered ${response.status}: ${text}`);
  return { json: text ? JSON.parse(text) : undefined, headers: response.headers };
}

/** One trainer, one class with the scenario's module assigned, three learners with finished runs. */
async function seedClass(base: string, scenario: Scenario): Promise<{ cookie: string; classId: string }> {
  const signIn = await api(base, '/api/auth/sign-in', { email: EMAIL, password: PASSWORD });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('cs_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const created = await api(base, '/api/classes', { name: '7b Medienkompetenz' }, { cookie });
  const classId: string = created.json.class.id;
  await api(base, `/api/classes/${classId}/assignments`, { module: scenario.module, mode: 'practice' }, { cookie });
  const paths = [pathTo(scenario, 'candystorm'), pathTo(scenario, 'shitstorm'), pathTo(scenario, 'calmed')];
  const names = ['Grüne Eule', 'Blauer Wal', 'Roter Fuchs'];
  for (const [i, pseudonym] of names.entries()) {
    const joined = await api(base, '/api/join', { code: created.json.class.joinCode, pseudonym });
    if (i === names.length - 1) continue; // one learner has not played yet
    await api(
      base,
      '/api/runs',
      { id: randomUUID(), scenarioId: scenario.id, scenarioVersion: scenario.version, path: paths[i], finishedAt: new Date().toISOString() },
      { bearer: joined.json.token },
    );
  }
  return { cookie, classId };
}

/** Waits until no comment is on its way and no animation runs. */
async function settle(page: Page): Promise<void> {
  await page.getByTestId('typing').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Scrolls `target`'s top to just below the sticky meter, where a reader sees it. */
async function clearOfMeter(target: Locator): Promise<void> {
  await target.evaluate((el) => {
    const meter = document.querySelector('.sim-status')?.getBoundingClientRect().height ?? 0;
    window.scrollBy(0, el.getBoundingClientRect().top - meter - 12);
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`${file.slice(ROOT.length + 1)}  ${Math.round(statSync(file).size / 1024)} KB`);
}

async function photograph(browser: Browser, base: string, scenario: Scenario, trainer: { cookie: string; classId: string }): Promise<void> {
  const lesson = lessonOf(scenario.id);
  const context = async (viewport: { width: number; height: number }) => browser.newContext({ viewport, reducedMotion: 'reduce', locale: 'de-DE' });

  const desktop = await context(DESKTOP);
  const page = await desktop.newPage();
  await page.goto(`${base}/`);
  await shoot(page, 'home');
  await page.goto(base + lesson);
  await shoot(page, 'lesson-top');
  await desktop.addCookies([{ name: 'cs_session', value: trainer.cookie.slice(trainer.cookie.indexOf('=') + 1), url: base }]);
  await page.goto(base + classUrl('de', trainer.classId));
  await page.waitForLoadState('networkidle');
  // The learners and their results, the part a trainer projects.
  const results = page.locator('main table').first();
  if (await results.count()) await results.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shoot(page, 'trainer-class');
  await desktop.close();

  const phone = await context(PHONE);
  const mobile = await phone.newPage();
  await mobile.goto(`${base}${lesson}#simulator`);
  const sim = mobile.locator(`.sim[data-scenario="${scenario.id}"]`).first();
  await sim.scrollIntoViewIfNeeded();
  await sim.and(mobile.locator('[data-live]')).waitFor();
  const path = pathTo(scenario, 'candystorm');
  // Feedback on the first move: the view the learner gets right after choosing.
  await sim.locator(`button[data-choice="${path[0]}"]`).click();
  await settle(mobile);
  await clearOfMeter(sim.getByTestId('feedback'));
  await shoot(mobile, 'feedback');
  // Mid-run: the thread under the sticky meter, a few moves in.
  for (const id of path.slice(1, Math.max(2, path.length - 1))) {
    await sim.locator(`button[data-choice="${id}"]`).click();
    await settle(mobile);
  }
  await sim.locator('.sim-comments > li').last().evaluate((el) => el.scrollIntoView({ block: 'end' }));
  await shoot(mobile, 'simulator-phone');
  for (const id of path.slice(Math.max(2, path.length - 1))) {
    await sim.locator(`button[data-choice="${id}"]`).click();
    await settle(mobile);
  }
  await sim.getByTestId('ending').waitFor();
  await settle(mobile);
  await clearOfMeter(sim.getByTestId('ending-card'));
  await shoot(mobile, 'ending-card');
  await phone.close();
}

const scenario = loadScenario(SCENARIO_ID);
const data = mkdtempSync(join(tmpdir(), 'candystorm-screenshots-'));
// Always a throwaway SQLite file: never the database a DATABASE_URL in the environment points to.
const env: Record<string, string | undefined> = { ...process.env, SQLITE_FILE: join(data, 'shots.sqlite'), ASTRO_TELEMETRY_DISABLED: '1' };
delete env['DATABASE_URL'];
const added = spawnSync(process.execPath, [join(ROOT, 'scripts', 'trainer.ts'), 'add', EMAIL], { env: { ...env, TRAINER_PASSWORD: PASSWORD }, encoding: 'utf8' });
if (added.status !== 0) throw new Error(`creating the trainer failed: ${added.stderr}`);
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
// Its own process group, so stopping it stops everything it started.
const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.ts')], { env: { ...env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore', detached: true });
let browser: Browser | undefined;
try {
  await waitFor(`${base}/`, server);
  const trainer = await seedClass(base, scenario);
  mkdirSync(OUT, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await photograph(browser, base, scenario, trainer);
} finally {
  await browser?.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(data, { recursive: true, force: true });
}
