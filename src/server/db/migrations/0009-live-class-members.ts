/**
 * Class members in live sessions (docs/live-mode.md): a learner of the session's class joins with
 * their class pseudonym, and the participant row names the learner, so a second device of the same
 * learner takes over their place (one vote per learner per decision) and deleting the learner
 * deletes their live votes too (cascade). Guests (no class membership) have no learner.
 * Also the optional countdown of the open decision (JSON { endsAt, seconds, autoClose } or null).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('live_participants')
    .addColumn('learner_id', 'text', (c) => c.references('learners.id').onDelete('cascade'))
    .execute();
  await db.schema.alterTable('live_sessions').addColumn('countdown', 'text').execute();
  // NULLs never collide, so guests are not limited by it.
  await db.schema.createIndex('live_participants_session_learner').on('live_participants').columns(['session_id', 'learner_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('live_participants_session_learner').execute();
  await db.schema.alterTable('live_participants').dropColumn('learner_id').execute();
  await db.schema.alterTable('live_sessions').dropColumn('countdown').execute();
}
