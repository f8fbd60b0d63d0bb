/**
 * The data layer on both engines: the same migrations, queries, results, constraints and transactions
 * on SQLite (embedded, the default) and PostgreSQL (several instances).
 */
import { DatabaseSync } from 'node:sqlite';
import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { migrate, openDatabase } from '../../src/server/db/client.ts';
import { migrationProvider } from '../../src/server/db/migrations/index.ts';
import type { Database } from '../../src/server/db/schema.ts';
import { createEmptyPostgresDatabase, DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';

const TABLES = ['assignments', 'classes', 'learner_progress', 'learners', 'live_participants', 'live_replies', 'live_sessions', 'live_votes', 'login_attempts', 'lti_contexts', 'lti_grade_jobs', 'lti_keys', 'lti_links', 'lti_login_states', 'lti_nonces', 'lti_platforms', 'lti_users', 'runs', 'sessions', 'trainer_scenarios', 'trainers'];

const iso = (s: string) => new Date(s).toISOString();

const trainer = { id: 'trainer-1', email: 'ada@example.org', password_hash: 'scrypt$16384$8$1$salt$hash', created_at: iso('2025-03-01T09:00:00Z'), time_zone: 'Europe/Berlin' };
/** The trainer as tables before migration 0008 (no time zone yet) take it. */
const { time_zone: _zone, ...trainerBefore0008 } = trainer;
const klass = { id: 'class-1', trainer_id: trainer.id, name: 'Klasse 9b — Montag', join_code: 'MINT-OTTER-42', archived_at: null, created_at: iso('2025-03-01T09:05:00Z') };
const assignment = {
  id: 'assignment-1',
  class_id: klass.id,
  scenario_id: 'baeckerei-bewertung',
  module: 3,
  mode: 'practice',
  due_date: '2025-03-15',
  results_released_at: null,
  mode_since: iso('2025-03-01T09:06:00Z'),
  created_at: iso('2025-03-01T09:06:00Z'),
  collect_replies: 0,
};
const learner = { id: 'learner-1', class_id: klass.id, pseudonym: 'Blauer Fuchs 🦊', token_hash: 'a'.repeat(64), resume_code_hash: null, created_at: iso('2025-03-02T08:00:00.123Z') };
const run = {
  id: 'run-1',
  learner_id: learner.id,
  scenario_id: 'm3-s1-neighbour-dispute',
  scenario_version: 2,
  module: 3,
  path: JSON.stringify(['c1', 'c4', 'c7']),
  ending_id: 'cooled',
  outcome: 'success',
  scores: JSON.stringify({ empathy: 80, clarity: 65 }),
  overall: 73,
  finished_at: iso('2025-03-02T08:10:00.5Z'),
  received_at: iso('2025-03-02T08:10:01Z'),
  // The largest choice-order seed (migration 0006): it must fit the integer column on both engines.
  order_seed: 2147483647,
};

async function seed(db: Kysely<Database>): Promise<void> {
  await db.insertInto('trainers').values(trainer).execute();
  await db.insertInto('classes').values(klass).execute();
  await db.insertInto('assignments').values(assignment).execute();
  await db.insertInto('learners').values(learner).execute();
  await db.insertInto('runs').values(run).execute();
}

async function count(db: Kysely<Database>, table: keyof Database): Promise<number> {
  // count(*) is a bigint in PostgreSQL, which pg returns as a string: convert.
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A unique-constraint violation, in either engine's words. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e.code === '23505' || /UNIQUE constraint failed/.test(String(e.message));
}

async function expectUniqueViolation(promise: Promise<unknown>): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected the insert to be rejected').toBeDefined();
  expect(isUniqueViolation(error), `not a unique violation: ${String(error)}`).toBe(true);
}

/** Every seeded row and a join ordered by a text timestamp, as the trainer's results page queries. */
async function readBack(db: Kysely<Database>) {
  const rows = {
    trainers: await db.selectFrom('trainers').selectAll().execute(),
    classes: await db.selectFrom('classes').selectAll().execute(),
    assignments: await db.selectFrom('assignments').selectAll().execute(),
    learners: await db.selectFrom('learners').selectAll().execute(),
    runs: await db.selectFrom('runs').selectAll().execute(),
  };
  const joined = await db
    .selectFrom('runs')
    .innerJoin('learners', 'learners.id', 'runs.learner_id')
    .innerJoin('classes', 'classes.id', 'learners.class_id')
    .where('classes.trainer_id', '=', trainer.id)
    .select(['classes.name', 'learners.pseudonym', 'runs.overall', 'runs.finished_at'])
    .orderBy('runs.finished_at', 'desc')
    .execute();
  return { rows, joined };
}

describe.each(DATABASE_KINDS)('database on %s', (kind) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(kind);
  });
  afterEach(async () => {
    await t.close();
  });

  test('migrations create every table on a fresh database; migrating again does nothing', async () => {
    const tables = (await t.db.introspection.getTables()).map((table) => table.name).sort();
    expect(tables).toEqual(TABLES);

    const migrator = new Migrator({ db: t.db, provider: migrationProvider });
    const before = await migrator.getMigrations();
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((m) => m.executedAt !== undefined)).toBe(true);

    await migrate(t.db);
    const again = await migrator.migrateToLatest();
    expect(again.error).toBeUndefined();
    expect(again.results).toEqual([]);
    const after = await migrator.getMigrations();
    expect(after.map((m) => [m.name, m.executedAt?.getTime()])).toEqual(before.map((m) => [m.name, m.executedAt?.getTime()]));
  });

  test('migration 0004 turns each module assignment into one per scenario, keeping mode, due date, the first id and columns other migrations added', async () => {
    const migrator = new Migrator({ db: t.db, provider: migrationProvider });
    // The state before 0004: module assignments, with the column 0003 (collect_replies) added, which must survive the rebuild.
    const down = await migrator.migrateTo('0003-collect-replies');
    expect(down.error).toBeUndefined();
    await t.db.insertInto('trainers').values(trainerBefore0008).execute();
    await t.db.insertInto('classes').values(klass).execute();
    await sql`insert into assignments (id, class_id, module, mode, due_date, created_at, collect_replies)
      values ('old-m4', ${klass.id}, 4, 'test', '2025-03-15', ${iso('2025-03-01T09:06:00Z')}, 1),
             ('old-m9', ${klass.id}, 9, 'practice', null, ${iso('2025-03-01T09:07:00Z')}, 0)`.execute(t.db);
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    const rows = await sql<Record<string, unknown>>`select id, scenario_id, module, mode, due_date, mode_since, results_released_at, collect_replies from assignments order by module, scenario_id`.execute(t.db);
    expect(rows.rows.map((r) => ({ ...r, module: Number(r['module']), collect_replies: Number(r['collect_replies']) }))).toEqual([
      { id: 'old-m4', scenario_id: 'paket-verspaetet', module: 4, mode: 'test', due_date: '2025-03-15', mode_since: iso('2025-03-01T09:06:00Z'), results_released_at: null, collect_replies: 1 },
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), scenario_id: 'schulfest-abgesagt', module: 4, mode: 'test', due_date: '2025-03-15', mode_since: iso('2025-03-01T09:06:00Z'), results_released_at: null, collect_replies: 1 },
      { id: 'old-m9', scenario_id: 'klassenchat-spott', module: 9, mode: 'practice', due_date: null, mode_since: iso('2025-03-01T09:07:00Z'), results_released_at: null, collect_replies: 0 },
    ]);
    // The same scenario twice in a class is refused; deleting the class still deletes its assignments.
    await expectUniqueViolation(t.db.insertInto('assignments').values({ ...assignment, id: 'dup', scenario_id: 'paket-verspaetet' }).execute());
    await t.db.deleteFrom('classes').where('id', '=', klass.id).execute();
    expect(await count(t.db, 'assignments')).toBe(0);
  });

  test.runIf(kind === 'postgres')('several instances starting at once on a fresh database migrate it once', async () => {
    const fresh = await createEmptyPostgresDatabase();
    try {
      const instances = await Promise.all(Array.from({ length: 4 }, () => openDatabase({ url: fresh.url })));
      try {
        const [first] = instances;
        const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(first!.db);
        expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(await migrationProvider.getMigrations()).sort());
        expect((await first!.db.introspection.getTables()).map((table) => table.name).sort()).toEqual(TABLES);
      } finally {
        await Promise.all(instances.map((i) => i.close()));
      }
    } finally {
      await fresh.drop();
    }
  });

  test('rows read back exactly as written: ISO text timestamps, integers as numbers', async () => {
    await seed(t.db);
    const { rows, joined } = await readBack(t.db);
    expect(rows).toEqual({ trainers: [trainer], classes: [klass], assignments: [assignment], learners: [learner], runs: [run] });
    const [stored] = rows.runs;
    expect(typeof stored!.overall).toBe('number');
    expect(typeof stored!.scenario_version).toBe('number');
    expect(typeof stored!.module).toBe('number');
    expect(typeof rows.assignments[0]!.module).toBe('number');
    expect(typeof stored!.finished_at).toBe('string');
    expect(joined).toEqual([{ name: klass.name, pseudonym: learner.pseudonym, overall: 73, finished_at: run.finished_at }]);
  });

  test.runIf(kind === 'postgres')('integer columns are 32-bit integers (pg returns bigint as a string)', async () => {
    const result = await sql<{ table_name: string; column_name: string; data_type: string }>`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name in (${sql.join(TABLES)}) and data_type not in ('text')
      order by table_name, column_name`.execute(t.db);
    expect(result.rows).toEqual([
      { table_name: 'assignments', column_name: 'collect_replies', data_type: 'integer' },
      { table_name: 'assignments', column_name: 'module', data_type: 'integer' },
      { table_name: 'learner_progress', column_name: 'decision', data_type: 'integer' },
      { table_name: 'learner_progress', column_name: 'decisions', data_type: 'integer' },
      { table_name: 'live_replies', column_name: 'round', data_type: 'integer' },
      { table_name: 'live_sessions', column_name: 'qr_hidden', data_type: 'integer' },
      { table_name: 'live_sessions', column_name: 'revision', data_type: 'integer' },
      { table_name: 'live_sessions', column_name: 'round', data_type: 'integer' },
      { table_name: 'live_sessions', column_name: 'scenario_version', data_type: 'integer' },
      { table_name: 'live_votes', column_name: 'round', data_type: 'integer' },
      { table_name: 'lti_grade_jobs', column_name: 'attempts', data_type: 'integer' },
      { table_name: 'lti_links', column_name: 'module', data_type: 'integer' },
      { table_name: 'lti_platforms', column_name: 'store_names', data_type: 'integer' },
      { table_name: 'lti_users', column_name: 'instructor', data_type: 'integer' },
      { table_name: 'runs', column_name: 'module', data_type: 'integer' },
      { table_name: 'runs', column_name: 'order_seed', data_type: 'integer' },
      { table_name: 'runs', column_name: 'overall', data_type: 'integer' },
      { table_name: 'runs', column_name: 'scenario_version', data_type: 'integer' },
      { table_name: 'trainer_scenarios', column_name: 'version', data_type: 'integer' },
    ]);
  });

  test('deleting a class deletes its assignments, learners and their runs', async () => {
    await seed(t.db);
    await t.db.insertInto('classes').values({ ...klass, id: 'class-2', join_code: 'OTHER-CODE-7' }).execute();
    await t.db.insertInto('learners').values({ ...learner, id: 'learner-2', class_id: 'class-2', token_hash: 'b'.repeat(64) }).execute();
    await t.db.insertInto('runs').values({ ...run, id: 'run-2', learner_id: 'learner-2' }).execute();

    await t.db.deleteFrom('classes').where('id', '=', klass.id).execute();

    expect(await t.db.selectFrom('learners').select('id').execute()).toEqual([{ id: 'learner-2' }]);
    expect(await t.db.selectFrom('runs').select('id').execute()).toEqual([{ id: 'run-2' }]);
    expect(await count(t.db, 'assignments')).toBe(0);
    expect(await count(t.db, 'trainers')).toBe(1);

    await t.db.deleteFrom('trainers').execute();
    for (const table of ['classes', 'learners', 'runs'] as const) expect(await count(t.db, table)).toBe(0);
  });

  test('a foreign key to a missing row is rejected', async () => {
    await expect(t.db.insertInto('classes').values(klass).execute()).rejects.toThrow();
  });

  test('unique constraints reject duplicates', async () => {
    await seed(t.db);
    // trainer e-mail
    await expectUniqueViolation(t.db.insertInto('trainers').values({ ...trainer, id: 'trainer-2' }).execute());
    // class join code
    await expectUniqueViolation(t.db.insertInto('classes').values({ ...klass, id: 'class-2' }).execute());
    // learner pseudonym within a class; the same pseudonym in another class is fine
    await expectUniqueViolation(t.db.insertInto('learners').values({ ...learner, id: 'learner-2', token_hash: 'b'.repeat(64) }).execute());
    // learner device token
    await expectUniqueViolation(t.db.insertInto('learners').values({ ...learner, id: 'learner-2', pseudonym: 'Roter Panda' }).execute());
    // assignment scenario within a class; the same scenario in another class is fine
    await expectUniqueViolation(t.db.insertInto('assignments').values({ ...assignment, id: 'assignment-2', mode: 'test' }).execute());
    // run id: a result sent twice is stored once
    await expectUniqueViolation(t.db.insertInto('runs').values(run).execute());

    await t.db.insertInto('classes').values({ ...klass, id: 'class-2', join_code: 'OTHER-CODE-7' }).execute();
    await t.db.insertInto('learners').values({ ...learner, id: 'learner-2', class_id: 'class-2', token_hash: 'b'.repeat(64) }).execute();
    await t.db.insertInto('assignments').values({ ...assignment, id: 'assignment-2', class_id: 'class-2' }).execute();
    expect(await count(t.db, 'learners')).toBe(2);
    expect(await count(t.db, 'assignments')).toBe(2);
    expect(await count(t.db, 'trainers')).toBe(1);
  });

  test('a duplicate run id can be ignored: the same result sent twice is stored once', async () => {
    await seed(t.db);
    await t.db
      .insertInto('runs')
      .values({ ...run, overall: 0 })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    expect(await t.db.selectFrom('runs').select(['id', 'overall']).execute()).toEqual([{ id: run.id, overall: run.overall }]);
  });

  test('a transaction that throws leaves nothing behind', async () => {
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx.insertInto('trainers').values(trainer).execute();
        await trx.insertInto('classes').values(klass).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await count(t.db, 'trainers')).toBe(0);
    expect(await count(t.db, 'classes')).toBe(0);

    // A constraint violation half-way rolls back what came before it, too.
    await t.db.insertInto('trainers').values(trainer).execute();
    await expect(
      t.db.transaction().execute(async (trx) => {
        await trx.insertInto('classes').values(klass).execute();
        await trx.insertInto('trainers').values({ ...trainer, id: 'trainer-2' }).execute();
      }),
    ).rejects.toSatisfy(isUniqueViolation);
    expect(await count(t.db, 'classes')).toBe(0);
    expect(await count(t.db, 'trainers')).toBe(1);

    // The connection is usable afterwards.
    await t.db.transaction().execute(async (trx) => {
      await trx.insertInto('classes').values(klass).execute();
    });
    expect(await count(t.db, 'classes')).toBe(1);
  });

  test.runIf(kind === 'sqlite')('SQLite: the file is in WAL mode; the server connection has synchronous=FULL and foreign keys on', async () => {
    // journal_mode=WAL is stored in the file: a separate connection sees it.
    const other = new DatabaseSync(t.file!, { readOnly: true });
    try {
      expect(other.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    } finally {
      other.close();
    }
    // synchronous and foreign_keys are per connection (a new connection shows the build's defaults),
    // so ask the connection the server uses.
    const pragma = async (name: string) => (await sql.raw<Record<string, unknown>>(`PRAGMA ${name}`).execute(t.db)).rows[0]?.[name];
    expect(await pragma('synchronous')).toBe(2); // 2 = FULL
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('journal_mode')).toBe('wal');
  });
});

// Seeds both engines itself (no other test needs to have run first) and compares what they read back.
test('both engines read back the very same values', async () => {
  const values: unknown[] = [];
  for (const kind of DATABASE_KINDS) {
    const t = await openTestDatabase(kind);
    try {
      await seed(t.db);
      // node:sqlite returns null-prototype objects: compare as plain JSON across engines.
      values.push(JSON.parse(JSON.stringify(await readBack(t.db))));
    } finally {
      await t.close();
    }
  }
  expect(DATABASE_KINDS).toEqual(['sqlite', 'postgres']);
  expect(values[1]).toEqual(values[0]);
});
