/**
 * Trainers' own scenarios: saving new versions, listing a trainer's own, and finding the version a
 * learner may play or a run names. Only the owner sees a scenario; only learners of the owner's
 * classes it is assigned to play it; everyone else gets 'own-scenario-not-found', as for none.
 */
import { deleteScenarioOfTrainer, findVersion, insertVersion, isAssignedTo, latestOfTrainer, latestVersionOf, trainerOfClass } from '../repos/trainer-scenarios.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { checkOwnScenario, type OwnCheckCode, type PlayableScenario } from './own-scenario-check.ts';
import { RunLimiter } from './run-limiter.ts';
import type { ScenarioSource } from './scenario-source.ts';

/** Checks and saves a trainer may post in a minute (each runs the whole checker). */
export const SCENARIO_SAVES_PER_MINUTE = 100;

/** A saved version, played: the scenario carries the stored version as its `version`. */
export interface StoredScenario extends PlayableScenario {
  scenarioId: string;
  version: number;
  trainerId: string;
  yaml: string;
  createdAt: string;
}

/** Parsed versions, by scenario id and version (a stored version never changes). */
const CACHE_SIZE = 200;

/** What the app keeps for own scenarios: the per-trainer limit and the parsed versions. */
export class OwnScenarios {
  readonly limiter: RunLimiter;
  readonly #parsed = new Map<string, PlayableScenario>();

  constructor(perMinute: number = SCENARIO_SAVES_PER_MINUTE) {
    this.limiter = new RunLimiter(perMinute, 60_000);
  }

  /** The stored row as a playable scenario (checked again once per process, then remembered). */
  parse(row: { scenario_id: string; version: number; yaml: string; trainer_id: string; created_at: string }): StoredScenario | undefined {
    const key = `${row.scenario_id}@${row.version}`;
    let playable = this.#parsed.get(key);
    if (!playable) {
      const check = checkOwnScenario(row.yaml);
      if (!check.ok || !check.playable) return undefined;
      playable = { scenario: { ...check.playable.scenario, version: row.version }, extremes: check.playable.extremes };
      if (this.#parsed.size >= CACHE_SIZE) this.#parsed.delete(this.#parsed.keys().next().value!);
      this.#parsed.set(key, playable);
    }
    return { ...playable, scenarioId: row.scenario_id, version: row.version, trainerId: row.trainer_id, yaml: row.yaml, createdAt: row.created_at };
  }
}

export type SaveCode = OwnCheckCode | 'scenario-broken' | 'scenario-id-published' | 'scenario-id-taken' | 'scenario-saves-rate-limited';

/** Counts one check or save of `trainerId` against the limit: a failure with Retry-After, or undefined. */
export function takeEdit(own: OwnScenarios, trainerId: string) {
  const wait = own.limiter.take(trainerId);
  return wait > 0 ? fail('scenario-saves-rate-limited', { retryAfter: wait }) : undefined;
}

/**
 * Saves the text as the next version of its scenario when it passes the checker without errors and
 * differs from the newest version (`changed: false` when it is the same). The id must not be a
 * published scenario's, nor another trainer's.
 */
export async function saveOwnScenario(
  db: Db,
  own: OwnScenarios,
  site: Pick<ScenarioSource, 'get'>,
  trainerId: string,
  yaml: string,
): Promise<Result<{ scenarioId: string; version: number; changed: boolean }, SaveCode>> {
  const limited = takeEdit(own, trainerId);
  if (limited) return limited;
  const check = checkOwnScenario(yaml);
  if (!check.ok) return check;
  const errors = check.problems.filter((p) => p.severity === 'error');
  if (errors.length || !check.playable) {
    const first = errors[0];
    return fail('scenario-broken', { count: errors.length, first: first ? `${first.line === undefined ? '' : `line ${first.line}: `}${first.message}` : '' });
  }
  const scenarioId = check.playable.scenario.id;
  if (await site.get(scenarioId)) return fail('scenario-id-published', { scenarioId });
  const latest = await latestVersionOf(db, scenarioId);
  if (latest && latest.trainer_id !== trainerId) return fail('scenario-id-taken', { scenarioId });
  if (latest && latest.yaml === yaml) return { ok: true, scenarioId, version: latest.version, changed: false };
  const version = (latest?.version ?? 0) + 1;
  await insertVersion(db, { trainerId, scenarioId, version, yaml });
  return { ok: true, scenarioId, version, changed: true };
}

/** The newest version of each of the trainer's scenarios. */
export async function listOwnScenarios(db: Db, own: OwnScenarios, trainerId: string): Promise<StoredScenario[]> {
  return (await latestOfTrainer(db, trainerId)).map((row) => own.parse(row)).filter((s): s is StoredScenario => s !== undefined);
}

/** The trainer's own scenario (its newest version), or 'own-scenario-not-found' for anyone else's. */
export async function findOwnScenario(db: Db, own: OwnScenarios, trainerId: string, scenarioId: string): Promise<Result<{ stored: StoredScenario }, 'own-scenario-not-found'>> {
  const row = await latestVersionOf(db, scenarioId);
  const stored = row && row.trainer_id === trainerId ? own.parse(row) : undefined;
  return stored ? { ok: true, stored } : fail('own-scenario-not-found');
}

/**
 * The version a learner of `classId` plays: the newest, when the scenario's trainer assigned it to
 * that class; anyone else is told there is no such scenario.
 */
export async function scenarioForLearner(db: Db, own: OwnScenarios, classId: string, scenarioId: string): Promise<Result<{ stored: StoredScenario }, 'own-scenario-not-found'>> {
  const row = await latestVersionOf(db, scenarioId);
  if (!row || row.trainer_id !== (await trainerOfClass(db, classId)) || !(await isAssignedTo(db, classId, scenarioId))) return fail('own-scenario-not-found');
  const stored = own.parse(row);
  return stored ? { ok: true, stored } : fail('own-scenario-not-found');
}

/**
 * The exact version a run names, when the learner's class belongs to its trainer (for re-scoring in
 * services/ingest.ts); undefined otherwise.
 */
export async function versionForRun(db: Db, own: OwnScenarios, classId: string, scenarioId: string, version: number): Promise<StoredScenario | undefined> {
  const row = await findVersion(db, scenarioId, version);
  if (!row || row.trainer_id !== (await trainerOfClass(db, classId))) return undefined;
  return own.parse(row);
}

/** Deletes all versions of the trainer's own scenario (and its assignments); anyone else's is not found. */
export async function deleteOwnScenario(db: Db, trainerId: string, scenarioId: string): Promise<Result<object, 'own-scenario-not-found'>> {
  return (await deleteScenarioOfTrainer(db, trainerId, scenarioId)) ? { ok: true } : fail('own-scenario-not-found');
}
