/**
 * What the API tests build on a running server: trainers with a class, an assignment and a learner
 * who has sent a run; scenario paths the engine accepts; and the engine's own score for a path, to
 * compare the server's answers with.
 */
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { checkScenario, choicesNow, choose, replay, scoreRun, startRun, type Analysis, type PathStep, type Scenario } from '../../src/engine/index.ts';
import { mulberry32 } from '../../src/engine/choice-order.ts';
import type { RunBody } from '../../src/learner/api-client.ts';
import { api, createTrainer, ROOT, signIn, type ApiResponse, type ApiServer } from './api-server.ts';

export const SCENARIO_ID = 'paket-verspaetet';
export const SCENARIO_MODULE = 4;
/** A complete path through paket-verspaetet (in every version so far). */
export const VALID_PATH = ['verstaendnis-dm', 'troll-ausblenden', 'zusage', 'update-fakten', 'dank-weitergeben'];
export const PASSWORD = 'correct-horse-battery';

const scenarios = new Map<string, { scenario: Scenario; analysis: Analysis }>();

/** A scenario of content/scenarios through the real checker (as the build does). */
export function loadSiteScenario(id: string): { scenario: Scenario; analysis: Analysis } {
  let found = scenarios.get(id);
  if (!found) {
    const checked = checkScenario(parse(readFileSync(joinPath(ROOT, 'content', 'scenarios', `${id}.yaml`), 'utf8')), id);
    if (!checked.ok) throw new Error(`content/scenarios/${id}.yaml does not pass the checker: ${JSON.stringify(checked.problems)}`);
    found = { scenario: checked.scenario, analysis: checked.analysis };
    scenarios.set(id, found);
  }
  return found;
}

/** What the server must store for a path: ending, outcome, percent per dimension and overall. */
/** The ids of the published scenarios of a module, sorted: what assigning the whole module adds. */
export function scenarioIdsOfModule(module: number): string[] {
  const dir = joinPath(ROOT, 'content', 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) => new RegExp(`^module: ${module}$`, 'm').test(readFileSync(joinPath(dir, f), 'utf8')))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

export function expectedScore(path: readonly PathStep[], scenarioId = SCENARIO_ID) {
  const { scenario, analysis } = loadSiteScenario(scenarioId);
  const replayed = replay(scenario, path);
  if (!replayed.ok || !replayed.run.ended) throw new Error(`not a complete path of ${scenarioId}: ${JSON.stringify(path)}`);
  const score = scoreRun(scenario, replayed.run, analysis.extremes!);
  return {
    endingId: score.ending!.id,
    outcome: score.ending!.outcome,
    overall: score.overall,
    scores: Object.fromEntries(Object.entries(score.dimensions).map(([d, v]) => [d, v.percent])) as Record<string, number>,
    steps: replayed.run.steps.map((s) => ({ nodeId: s.nodeId, choiceId: s.choiceId })),
  };
}

/** A small deterministic random generator: the engine's own mulberry32, which orders choices. */
export const rng = mulberry32;

/** A random complete path, taking only choices the engine offers. */
export function randomPath(random: () => number, scenarioId = SCENARIO_ID): string[] {
  const { scenario } = loadSiteScenario(scenarioId);
  for (let attempt = 0; attempt < 50; attempt++) {
    let run = startRun(scenario);
    for (let step = 0; step < 60 && !run.ended; step++) {
      const options = choicesNow(scenario, run);
      const choice = options[Math.floor(random() * options.length)]!;
      const next = choose(scenario, run, choice.id);
      if (!next.ok) break;
      run = next.run;
    }
    if (run.ended) return run.steps.map((s) => s.choiceId);
  }
  throw new Error('no complete random path found');
}

/** The body of POST /api/runs, exactly as the browser's API client sends it. */
export type { RunBody };

export function runBody(overrides: Partial<RunBody> = {}): RunBody {
  return { id: randomUUID(), scenarioId: SCENARIO_ID, scenarioVersion: loadSiteScenario(SCENARIO_ID).scenario.version, path: VALID_PATH, finishedAt: new Date().toISOString(), ...overrides };
}

export function submitRun(url: string, token: string, body: unknown): Promise<ApiResponse> {
  return api(url, '/api/runs', { json: body, bearer: token });
}

export interface Learner {
  id: string;
  pseudonym: string;
  token: string;
  /** Shown once after joining: continues the learner on another device (POST /api/resume). */
  resumeCode: string;
}

/** Joins a class through POST /api/join; fails the test unless it answers 201. */
export async function joinClass(url: string, code: string, pseudonym: string): Promise<Learner> {
  const res = await api(url, '/api/join', { json: { code, pseudonym } });
  expect(res.status, `join as ${pseudonym}: ${res.text}`).toBe(201);
  return { id: res.json.learner.id, pseudonym, token: res.json.token, resumeCode: res.json.resumeCode };
}

export interface ClassInfo {
  id: string;
  name: string;
  joinCode: string;
}

export async function createClass(url: string, cookie: string, name: string): Promise<ClassInfo> {
  const res = await api(url, '/api/classes', { json: { name }, cookie });
  expect(res.status, `create class ${name}: ${res.text}`).toBe(201);
  return { id: res.json.class.id, name: res.json.class.name, joinCode: res.json.class.joinCode };
}

/** Assigns a module and returns the assignment's id (from the class dashboard). */
export async function assign(url: string, cookie: string, classId: string, module: number, mode: 'practice' | 'test' = 'practice'): Promise<string> {
  const res = await api(url, `/api/classes/${classId}/assignments`, { json: { module, mode }, cookie });
  expect(res.status, `assign module ${module}: ${res.text}`).toBe(201);
  const dashboard = await api(url, `/api/classes/${classId}`, { cookie });
  const found = (dashboard.json.assignments as { id: string; module: number }[]).find((a) => a.module === module);
  if (!found) throw new Error(`module ${module} is not in the dashboard after assigning it`);
  return found.id;
}

/** Assigns the given scenarios one by one (not a whole module, whose scenarios change with the content). */
export async function assignScenarios(url: string, cookie: string, classId: string, scenarioIds: readonly string[], mode: 'practice' | 'test' = 'practice'): Promise<void> {
  for (const scenarioId of scenarioIds) {
    const res = await api(url, `/api/classes/${classId}/assignments`, { json: { scenarioId, mode }, cookie });
    expect(res.status, `assign ${scenarioId}: ${res.text}`).toBe(201);
  }
}

export interface Party {
  email: string;
  password: string;
  cookie: string;
  trainerId: string;
  class: ClassInfo;
  assignmentId: string;
  learner: Learner;
  runId: string;
}

/**
 * A trainer (created with scripts/trainer.ts, signed in) with a class, module 4 assigned, and a
 * learner who joined and sent one run of paket-verspaetet.
 */
export async function buildParty(server: ApiServer, names: { email: string; password?: string; className: string; pseudonym: string }): Promise<Party> {
  const password = names.password ?? PASSWORD;
  await createTrainer(server.env, names.email, password);
  const cookie = await signIn(server.url, names.email, password);
  const me = await api(server.url, '/api/me', { cookie });
  expect(me.status).toBe(200);
  const cls = await createClass(server.url, cookie, names.className);
  const assignmentId = await assign(server.url, cookie, cls.id, SCENARIO_MODULE);
  const learner = await joinClass(server.url, cls.joinCode, names.pseudonym);
  const body = runBody();
  const run = await submitRun(server.url, learner.token, body);
  expect(run.status, `first run: ${run.text}`).toBe(201);
  return { email: names.email, password, cookie, trainerId: me.json.trainer.id, class: cls, assignmentId, learner, runId: body.id };
}

/** Everything that identifies a party: none of it may appear in an answer to the other party. */
export function secretsOf(p: Party): string[] {
  return [p.email, p.trainerId, p.class.id, p.class.name, p.class.joinCode, p.assignmentId, p.learner.id, p.learner.pseudonym, p.learner.token, p.learner.resumeCode, p.runId];
}

/** Asserts that `text` contains none of `secrets`, naming the one it does contain. */
export function expectNoneOf(text: string, secrets: readonly string[], what: string): void {
  for (const secret of secrets) expect(text.includes(secret), `${what} contains ${JSON.stringify(secret)}`).toBe(false);
}

/** Counts rows of a table, optionally filtered by one column. */
export async function countRows(server: ApiServer, table: 'trainers' | 'classes' | 'assignments' | 'learners' | 'runs' | 'sessions', where?: [string, string]) {
  const open = await server.openDatabase();
  try {
    let query = open.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'));
    if (where) query = query.where(where[0] as never, '=', where[1] as never);
    return Number((await query.executeTakeFirstOrThrow()).n);
  } finally {
    await open.close();
  }
}
