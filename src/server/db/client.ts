/**
 * Opens the database: PostgreSQL when DATABASE_URL points to one (several server instances), else an
 * embedded SQLite file under ./data/ (created on first start). Migrations run before it is used.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrationProvider } from './migrations/index.ts';
import { nodeSqliteDialect } from './node-sqlite-dialect.ts';
import type { Database } from './schema.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_FILE = './data/candystorm.sqlite';

function openSqlite(file: string): Kysely<Database> {
  const path = file === ':memory:' ? file : resolve(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new DatabaseSync(path);
  // WAL: readers never wait for the writer. synchronous=FULL: a commit is on disk when it returns,
  // so an acknowledged result survives a crash or power loss. Foreign keys make deletes cascade.
  sqlite.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
  return new Kysely<Database>({ dialect: nodeSqliteDialect(sqlite) });
}

function openPostgres(url: string): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }) });
}

/** Runs every migration not yet applied; fails loudly naming the one that broke. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}

export async function openDatabase(options: { url?: string | undefined; sqliteFile?: string | undefined } = {}): Promise<OpenDatabase> {
  const url = options.url ?? process.env['DATABASE_URL'];
  const kind: DatabaseKind = url && /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
  const db = kind === 'postgres' ? openPostgres(url!) : openSqlite(options.sqliteFile ?? process.env['SQLITE_FILE'] ?? DEFAULT_SQLITE_FILE);
  await migrate(db);
  return { db, kind, close: () => db.destroy() };
}
