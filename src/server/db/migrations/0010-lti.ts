/**
 * LTI 1.3 (docs/lms.md (LTI 1.3)): the tool's own signing keys, the platforms registered with
 * `npm run lti -- add`, one-time login states and used nonces (replay protection, both expire),
 * course contexts mapped to classes, platform users mapped to pseudonymous learners (the opaque
 * `sub` only, no name or e-mail unless the platform's `store_names` says so), resource links with
 * their line items, and the durable queue of scores to post (one row per run, retried with backoff).
 * Everything below a class goes with it (cascade); a removed platform takes its contexts along.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('lti_keys')
    .addColumn('kid', 'text', (c) => c.primaryKey().notNull())
    .addColumn('public_jwk', 'text', (c) => c.notNull())
    .addColumn('private_jwk', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('lti_platforms')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    /** JSON array of the deployment ids this registration accepts. */
    .addColumn('deployment_ids', 'text', (c) => c.notNull())
    .addColumn('auth_url', 'text', (c) => c.notNull())
    .addColumn('token_url', 'text', (c) => c.notNull())
    .addColumn('jwks_url', 'text', (c) => c.notNull())
    .addColumn('store_names', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lti_platforms_issuer_client', ['issuer', 'client_id'])
    .execute();
  await db.schema
    .createTable('lti_login_states')
    .addColumn('state_hash', 'text', (c) => c.primaryKey().notNull())
    .addColumn('platform_id', 'text', (c) => c.notNull().references('lti_platforms.id').onDelete('cascade'))
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('lti_nonces')
    .addColumn('nonce', 'text', (c) => c.primaryKey().notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('lti_contexts')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('platform_id', 'text', (c) => c.notNull().references('lti_platforms.id').onDelete('cascade'))
    .addColumn('context_id', 'text', (c) => c.notNull())
    .addColumn('class_id', 'text', (c) => c.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('trainer_id', 'text', (c) => c.notNull().references('trainers.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lti_contexts_platform_context', ['platform_id', 'context_id'])
    .execute();
  await db.schema
    .createTable('lti_users')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('context_row', 'text', (c) => c.notNull().references('lti_contexts.id').onDelete('cascade'))
    .addColumn('sub', 'text', (c) => c.notNull())
    /** The learner this platform user plays as in the context's class; null for instructors. */
    .addColumn('learner_id', 'text', (c) => c.references('learners.id').onDelete('cascade'))
    .addColumn('instructor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lti_users_context_sub', ['context_row', 'sub'])
    .execute();
  await db.schema.createIndex('lti_users_learner').on('lti_users').column('learner_id').execute();
  await db.schema
    .createTable('lti_links')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('context_row', 'text', (c) => c.notNull().references('lti_contexts.id').onDelete('cascade'))
    .addColumn('resource_link_id', 'text', (c) => c.notNull())
    .addColumn('scenario_id', 'text')
    .addColumn('module', 'integer', (c) => c.notNull())
    .addColumn('lineitem_url', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lti_links_context_link', ['context_row', 'resource_link_id'])
    .execute();
  await db.schema
    .createTable('lti_grade_jobs')
    .addColumn('run_id', 'text', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('link_id', 'text', (c) => c.notNull().references('lti_links.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('lti_users.id').onDelete('cascade'))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lti_grade_jobs_pk', ['run_id', 'link_id'])
    .execute();
  await db.schema.createIndex('lti_grade_jobs_due').on('lti_grade_jobs').columns(['sent_at', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['lti_grade_jobs', 'lti_links', 'lti_users', 'lti_contexts', 'lti_nonces', 'lti_login_states', 'lti_platforms', 'lti_keys']) {
    await db.schema.dropTable(table).execute();
  }
}
