/**
 * Assignments per scenario instead of per module (issue 14): each scenario gets its own mode and due
 * date, and test-mode results can be released per assignment. The table is rebuilt (SQLite cannot
 * drop a unique constraint): every module assignment becomes one row per scenario of that module, with
 * the same mode, due date and creation time, so classes keep what they had assigned.
 *
 * Columns other migrations add to `assignments` (e.g. `collect_replies` from 0003) are carried over
 * as they are, whichever of them exist when this runs.
 *
 * Learners get a resume code (its hash only): with it and their pseudonym they continue on another
 * device (services/resume.ts). Learners from before have none.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

/**
 * The scenarios of each module when this migration was written (content/lessons, content/scenarios).
 * A data migration works on a snapshot: the content collection is not readable when the database
 * opens, and a module assigned before this change meant exactly these scenarios.
 */
export const SCENARIOS_OF_MODULE_AT_0004: Readonly<Record<number, readonly string[]>> = {
  1: ['sportverein-spielplan'],
  2: ['stadtwerke-preise'],
  3: ['baeckerei-bewertung'],
  4: ['paket-verspaetet', 'schulfest-abgesagt'],
  5: ['schule-handyregel', 'werkstatt-reparatur'],
  6: ['jugendzentrum-hetze', 'schule-austausch-hass'],
  7: ['stadtwerke-stoerung'],
  8: ['verein-nachtschicht'],
  9: ['klassenchat-spott'],
  10: ['hofladen-danke'],
};

const BASE_COLUMNS = new Set(['id', 'class_id', 'module', 'mode', 'due_date', 'created_at']);

export async function up(db: Kysely<unknown>): Promise<void> {
  const tables = await db.introspection.getTables();
  const old = tables.find((t) => t.name === 'assignments');
  // Columns of later or parallel migrations: copied with their type, nullability and default.
  const extra = (old?.columns ?? []).filter((c) => !BASE_COLUMNS.has(c.name));

  let builder = db.schema
    .createTable('assignments_v4')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('class_id', 'text', (c) => c.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('scenario_id', 'text', (c) => c.notNull())
    .addColumn('module', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('results_released_at', 'text')
    .addColumn('mode_since', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull());
  for (const column of extra) {
    const type = sql.raw(column.dataType);
    builder = builder.addColumn(column.name, type, (c) => {
      let def = column.isNullable ? c : c.notNull();
      if (column.hasDefaultValue) def = def.defaultTo(sql.raw(defaultOf(column.dataType)));
      return def;
    });
  }
  await builder.addUniqueConstraint('assignments_class_scenario', ['class_id', 'scenario_id']).execute();

  type OldRow = Record<string, unknown> & { id: string; class_id: string; module: number; mode: string; due_date: string | null; created_at: string };
  const rows = (await sql<OldRow>`select * from assignments`.execute(db)).rows;
  for (const row of rows) {
    const scenarios = SCENARIOS_OF_MODULE_AT_0004[Number(row.module)] ?? [];
    for (const [i, scenarioId] of scenarios.entries()) {
      const values: Record<string, unknown> = {
        // The first scenario keeps the module assignment's id, so links to it still work.
        id: i === 0 ? row.id : randomUUID(),
        class_id: row.class_id,
        scenario_id: scenarioId,
        module: Number(row.module),
        mode: row.mode,
        due_date: row.due_date,
        results_released_at: null,
        mode_since: row.created_at,
        created_at: row.created_at,
      };
      for (const column of extra) values[column.name] = row[column.name];
      await (db as Kysely<Record<string, Record<string, unknown>>>).insertInto('assignments_v4').values(values).execute();
    }
  }
  await db.schema.dropTable('assignments').execute();
  await db.schema.alterTable('assignments_v4').renameTo('assignments').execute();
  await db.schema.createIndex('assignments_class').on('assignments').column('class_id').execute();
  await db.schema.alterTable('learners').addColumn('resume_code_hash', 'text').execute();
}

/** A default for a carried-over column: the column's type's zero (the old rows all have a value). */
function defaultOf(dataType: string): string {
  if (/bool/i.test(dataType)) return 'false';
  return /int|num|real|float|double/i.test(dataType) ? '0' : "''";
}

const V4_COLUMNS = new Set([...BASE_COLUMNS, 'scenario_id', 'results_released_at', 'mode_since']);

export async function down(db: Kysely<unknown>): Promise<void> {
  // Columns of other migrations (e.g. 0003's collect_replies) go back with the rows, as in `up`.
  const tables = await db.introspection.getTables();
  const extra = (tables.find((t) => t.name === 'assignments')?.columns ?? []).filter((c) => !V4_COLUMNS.has(c.name));
  await db.schema.alterTable('learners').dropColumn('resume_code_hash').execute();
  await db.schema.dropIndex('assignments_class').execute();
  let builder = db.schema
    .createTable('assignments_v3')
    .addColumn('id', 'text', (c) => c.primaryKey().notNull())
    .addColumn('class_id', 'text', (c) => c.notNull().references('classes.id').onDelete('cascade'))
    .addColumn('module', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull());
  for (const column of extra) {
    builder = builder.addColumn(column.name, sql.raw(column.dataType), (c) => {
      let def = column.isNullable ? c : c.notNull();
      if (column.hasDefaultValue) def = def.defaultTo(sql.raw(defaultOf(column.dataType)));
      return def;
    });
  }
  await builder.addUniqueConstraint('assignments_class_module', ['class_id', 'module']).execute();
  // One row per module: the earliest scenario assignment's mode and due date.
  const columns = sql.join(['id', 'class_id', 'module', 'mode', 'due_date', 'created_at', ...extra.map((c) => c.name)].map((name) => sql.ref(name)));
  await sql`insert into assignments_v3 (${columns})
    select ${columns} from assignments a
    where a.id = (select b.id from assignments b where b.class_id = a.class_id and b.module = a.module order by b.created_at, b.scenario_id limit 1)`.execute(db);
  await db.schema.dropTable('assignments').execute();
  await db.schema.alterTable('assignments_v3').renameTo('assignments').execute();
}
