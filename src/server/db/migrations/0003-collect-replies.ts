/**
 * "Collect written replies" per assignment (issue 12, item 7): off (0) by default, so a learner's
 * written text stays on their device unless the trainer switches it on for that assignment.
 * One column, so it carries over when assignments change shape.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignments').addColumn('collect_replies', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignments').dropColumn('collect_replies').execute();
}
