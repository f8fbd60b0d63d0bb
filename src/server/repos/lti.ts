/**
 * All SQL of the LTI 1.3 tool (migration 0010): keys, platforms, login states, nonces, contexts,
 * users, resource links and the queue of scores to post. Services in src/server/lti/ hold the rules.
 */
import { randomUUID } from 'node:crypto';
import type { LtiPlatformsTable } from '../db/schema.ts';
import { now, type Db } from './types.ts';

export type LtiPlatformRow = LtiPlatformsTable;

// --- keys ----------------------------------------------------------------------------------------

export function listToolKeys(db: Db) {
  return db.selectFrom('lti_keys').selectAll().orderBy('created_at', 'desc').execute();
}

export async function insertToolKey(db: Db, kid: string, publicJwk: string, privateJwk: string): Promise<void> {
  await db.insertInto('lti_keys').values({ kid, public_jwk: publicJwk, private_jwk: privateJwk, created_at: now() }).execute();
}

// --- platforms -----------------------------------------------------------------------------------

export interface PlatformInput {
  issuer: string;
  clientId: string;
  deploymentIds: readonly string[];
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  storeNames: boolean;
}

export async function insertPlatform(db: Db, input: PlatformInput): Promise<LtiPlatformRow> {
  const row: LtiPlatformRow = {
    id: randomUUID(),
    issuer: input.issuer,
    client_id: input.clientId,
    deployment_ids: JSON.stringify(input.deploymentIds),
    auth_url: input.authUrl,
    token_url: input.tokenUrl,
    jwks_url: input.jwksUrl,
    store_names: input.storeNames ? 1 : 0,
    created_at: now(),
  };
  await db.insertInto('lti_platforms').values(row).execute();
  return row;
}

export function listPlatforms(db: Db) {
  return db.selectFrom('lti_platforms').selectAll().orderBy('created_at').execute();
}

/** The registrations of an issuer (one per client id). */
export function platformsOfIssuer(db: Db, issuer: string) {
  return db.selectFrom('lti_platforms').selectAll().where('issuer', '=', issuer).execute();
}

export function findPlatformById(db: Db, id: string) {
  return db.selectFrom('lti_platforms').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Deletes a registration with its contexts (their classes stay with the context trainer until removed). */
export async function deletePlatform(db: Db, issuer: string, clientId: string): Promise<boolean> {
  const result = await db.deleteFrom('lti_platforms').where('issuer', '=', issuer).where('client_id', '=', clientId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// --- login states and nonces ----------------------------------------------------------------------

export async function insertLoginState(db: Db, stateHash: string, platformId: string, nonce: string, expiresAt: string): Promise<void> {
  await db.insertInto('lti_login_states').values({ state_hash: stateHash, platform_id: platformId, nonce, expires_at: expiresAt }).execute();
}

/** Takes a login state once: the row is deleted, and only the request that deleted it gets it. */
export async function takeLoginState(db: Db, stateHash: string) {
  const row = await db.selectFrom('lti_login_states').selectAll().where('state_hash', '=', stateHash).executeTakeFirst();
  if (!row) return undefined;
  const deleted = await db.deleteFrom('lti_login_states').where('state_hash', '=', stateHash).executeTakeFirst();
  return Number(deleted.numDeletedRows) > 0 ? row : undefined;
}

/** Records a nonce as used; false when it was used before (a replayed token). */
export async function useNonce(db: Db, nonce: string, expiresAt: string): Promise<boolean> {
  const result = await db.insertInto('lti_nonces').values({ nonce, expires_at: expiresAt }).onConflict((oc) => oc.column('nonce').doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Deletes expired login states and nonces (their tokens are refused as expired anyway). */
export async function deleteExpiredLtiRows(db: Db): Promise<void> {
  const at = now();
  await db.deleteFrom('lti_login_states').where('expires_at', '<=', at).execute();
  await db.deleteFrom('lti_nonces').where('expires_at', '<=', at).execute();
}

// --- contexts, users, links -----------------------------------------------------------------------

export function findContext(db: Db, platformId: string, contextId: string) {
  return db.selectFrom('lti_contexts').selectAll().where('platform_id', '=', platformId).where('context_id', '=', contextId).executeTakeFirst();
}

export async function insertContext(db: Db, platformId: string, contextId: string, classId: string, trainerId: string) {
  const row = { id: randomUUID(), platform_id: platformId, context_id: contextId, class_id: classId, trainer_id: trainerId, created_at: now() };
  await db.insertInto('lti_contexts').values(row).execute();
  return row;
}

export function findLtiUser(db: Db, contextRow: string, sub: string) {
  return db.selectFrom('lti_users').selectAll().where('context_row', '=', contextRow).where('sub', '=', sub).executeTakeFirst();
}

export async function insertLtiUser(db: Db, contextRow: string, sub: string, learnerId: string | null, instructor: boolean) {
  const row = { id: randomUUID(), context_row: contextRow, sub, learner_id: learnerId, instructor: instructor ? 1 : 0, created_at: now() };
  await db.insertInto('lti_users').values(row).execute();
  return row;
}

export async function setLtiUserLearner(db: Db, userId: string, learnerId: string): Promise<void> {
  await db.updateTable('lti_users').set({ learner_id: learnerId }).where('id', '=', userId).execute();
}

/** Creates or updates a resource link (its scenario and line item may change when the course is edited). */
export async function upsertLink(db: Db, contextRow: string, resourceLinkId: string, target: { scenarioId: string | null; module: number }, lineitemUrl: string | null) {
  const changes = { scenario_id: target.scenarioId, module: target.module, lineitem_url: lineitemUrl };
  const existing = await db.selectFrom('lti_links').selectAll().where('context_row', '=', contextRow).where('resource_link_id', '=', resourceLinkId).executeTakeFirst();
  if (existing) {
    await db.updateTable('lti_links').set(changes).where('id', '=', existing.id).execute();
    return { ...existing, ...changes };
  }
  const row = { id: randomUUID(), context_row: contextRow, resource_link_id: resourceLinkId, ...changes, created_at: now() };
  await db.insertInto('lti_links').values(row).execute();
  return row;
}

// --- the score queue --------------------------------------------------------------------------------

/**
 * Queues a score for every stored run of an LTI learner whose scenario a graded link of their
 * context opens and that is not queued yet. Derived from the runs table itself, so a run the server
 * acknowledged is queued even if the process died right after storing it. Returns how many were added.
 */
export async function enqueueScores(db: Db): Promise<number> {
  const at = now();
  const result = await db
    .insertInto('lti_grade_jobs')
    .columns(['run_id', 'link_id', 'user_id', 'attempts', 'next_attempt_at', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('runs')
        .innerJoin('lti_users', 'lti_users.learner_id', 'runs.learner_id')
        .innerJoin('lti_links', (join) => join.onRef('lti_links.context_row', '=', 'lti_users.context_row'))
        // A scenario link counts that scenario's runs; a module link every run of its module.
        .where((eb) =>
          eb.or([eb('lti_links.scenario_id', '=', eb.ref('runs.scenario_id')), eb.and([eb('lti_links.scenario_id', 'is', null), eb('lti_links.module', '=', eb.ref('runs.module'))])]),
        )
        .where('lti_links.lineitem_url', 'is not', null)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('lti_grade_jobs as j').select('j.run_id').whereRef('j.run_id', '=', 'runs.id').whereRef('j.link_id', '=', 'lti_links.id'))),
        )
        .select((s) => ['runs.id', 'lti_links.id', 'lti_users.id', s.lit(0).as('attempts'), s.val(at).as('next_attempt_at'), s.val(at).as('created_at')]),
    )
    .onConflict((oc) => oc.columns(['run_id', 'link_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n);
}

/** Scores due for sending, oldest first, with what posting them needs. */
export function dueScores(db: Db, limit: number) {
  return db
    .selectFrom('lti_grade_jobs')
    .innerJoin('runs', 'runs.id', 'lti_grade_jobs.run_id')
    .innerJoin('lti_links', 'lti_links.id', 'lti_grade_jobs.link_id')
    .innerJoin('lti_users', 'lti_users.id', 'lti_grade_jobs.user_id')
    .innerJoin('lti_contexts', 'lti_contexts.id', 'lti_links.context_row')
    .innerJoin('lti_platforms', 'lti_platforms.id', 'lti_contexts.platform_id')
    .select([
      'lti_grade_jobs.run_id',
      'lti_grade_jobs.link_id',
      'lti_grade_jobs.attempts',
      'runs.overall',
      'runs.finished_at',
      'lti_links.lineitem_url',
      'lti_users.sub',
      'lti_platforms.id as platform_id',
      'lti_platforms.client_id',
      'lti_platforms.token_url',
    ])
    .where('lti_grade_jobs.sent_at', 'is', null)
    .where('lti_grade_jobs.next_attempt_at', '<=', now())
    .orderBy('lti_grade_jobs.created_at')
    .limit(limit)
    .execute();
}

export async function markScoreSent(db: Db, runId: string, linkId: string): Promise<void> {
  await db.updateTable('lti_grade_jobs').set({ sent_at: now(), last_error: null }).where('run_id', '=', runId).where('link_id', '=', linkId).execute();
}

export async function markScoreFailed(db: Db, runId: string, linkId: string, attempts: number, nextAttemptAt: string, error: string): Promise<void> {
  await db
    .updateTable('lti_grade_jobs')
    .set({ attempts, next_attempt_at: nextAttemptAt, last_error: error.slice(0, 500) })
    .where('run_id', '=', runId)
    .where('link_id', '=', linkId)
    .execute();
}

/** How many scores are sent, waiting, and waiting after a failure (for `npm run lti -- list`). */
export async function scoreQueueCounts(db: Db) {
  const rows = await db.selectFrom('lti_grade_jobs').select(['sent_at', 'attempts']).execute();
  return {
    sent: rows.filter((r) => r.sent_at).length,
    waiting: rows.filter((r) => !r.sent_at).length,
    retrying: rows.filter((r) => !r.sent_at && r.attempts > 0).length,
  };
}

/** The learner's id and pseudonym (an LTI user's learner, found again on a later launch). */
export function findLearnerNameById(db: Db, learnerId: string) {
  return db.selectFrom('learners').select(['id', 'pseudonym']).where('id', '=', learnerId).executeTakeFirstOrThrow();
}

/** A class's name, for the learner's membership. */
export async function classNameOf(db: Db, classId: string): Promise<string> {
  return (await db.selectFrom('classes').select('name').where('id', '=', classId).executeTakeFirstOrThrow()).name;
}
