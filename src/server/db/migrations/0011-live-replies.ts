/**
 * Written replies in live sessions (docs/live-mode.md): at a decision with a `write:` block each
 * participant may send one reply per round (changeable until the reveal). The text is kept (the
 * phone says it is shown to the room) with the analyser's features, so the trainer can post one and
 * the story goes on through the engine's written-reply route. Deleted with the session or the
 * participant, like votes (cascade).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('live_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('session_id', 'text', (c) => c.notNull().references('live_sessions.id').onDelete('cascade'))
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('participant_id', 'text', (c) => c.notNull().references('live_participants.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('features', 'text', (c) => c.notNull())
    .addColumn('analyser', 'text', (c) => c.notNull())
    .addColumn('written_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('live_replies_round_participant').on('live_replies').columns(['session_id', 'round', 'participant_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('live_replies').execute();
}
