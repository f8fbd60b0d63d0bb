/**
 * Live sessions (docs/live-mode.md): a room plays one scenario together. The session row holds the
 * whole shared state (the path so far as choice ids, the decision round, its phase), so a restart or
 * another instance rebuilds it from the database. Participants and their votes cascade with the
 * session; a session of a class goes with the class (and is kept until then), an ad-hoc one expires.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('live_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('trainer_id', 'text', (c) => c.notNull().references('trainers.id').onDelete('cascade'))
    .addColumn('class_id', 'text', (c) => c.references('classes.id').onDelete('cascade'))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('scenario_version', 'integer', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('open_choices', 'text', (c) => c.notNull())
    .addColumn('rounds', 'text', (c) => c.notNull())
    .addColumn('qr_hidden', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema.createIndex('live_sessions_trainer').on('live_sessions').column('trainer_id').execute();
  await db.schema
    .createTable('live_participants')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('live_participants_session_pseudonym', ['session_id', 'pseudonym'])
    .execute();
  await db.schema
    .createTable('live_votes')
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('participant_id', 'text', (c) => c.notNull().references('live_participants.id').onDelete('cascade'))
    .addColumn('choice_id', 'text', (c) => c.notNull())
    .addColumn('voted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('live_votes_pk', ['session_id', 'round', 'participant_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('live_votes').execute();
  await db.schema.dropTable('live_participants').execute();
  await db.schema.dropTable('live_sessions').execute();
}
