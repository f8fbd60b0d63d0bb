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
  /** PostgreSQL: the connection URL (live sessions open their own LISTEN connection with it). */
  url?: string;
  /** SQLite: the file's absolute path, or `:memory:` (live votes open a second connection to a file). */
  sqliteFile?: string;
  close(): Promise<void>;
}

export const DEFAULT_SQLITE_FILE = './data/candystorm.sqlite';

function sqlitePathOf(file: string): string {
  return file === ':memory:' ? file : resolve(file);
}

function openSqlite(file: string): Kysely<Database> {
  const path = sqlitePathOf(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new DatabaseSync(path);
  // WAL: readers never wait for the writer. synchronous=FULL: a commit is on disk when it returns,
  // so an acknowledged result survives a crash or power loss. Foreign keys make deletes cascade.
  // secure_delete: deleted rows are overwritten with zeros, not left readable in free pages (db/scrub.ts).
  sqlite.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;');
  return new Kysely<Database>({ dialect: nodeSqliteDialect(sqlite) });
}

function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover, a proxy's timeout) must not crash
  // the process: pg discards it and opens a new one for the next query.
  pool.on('error', (error) => console.error('[db] idle PostgreSQL connection lost:', error.message));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Runs every migration not yet applied; fails loudly naming the one that broke. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`Database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}

/**
 * Opens the database the options (or else the environment) name: an explicit `sqliteFile` wins over
 * DATABASE_URL; a DATABASE_URL that is not postgres:// is an error, not a silent fallback.
 */
export async function openDatabase(options: { url?: string | undefined; sqliteFile?: string | undefined } = {}): Promise<OpenDatabase> {
  const url = options.sqliteFile ? undefined : (options.url ?? process.env['DATABASE_URL']) || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got "${url.split(':')[0]}:…").`);
  const kind: DatabaseKind = url ? 'postgres' : 'sqlite';
  const sqliteFile = url ? undefined : sqlitePathOf(options.sqliteFile ?? process.env['SQLITE_FILE'] ?? DEFAULT_SQLITE_FILE);
  const db = url ? openPostgres(url) : openSqlite(sqliteFile!);
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, kind, ...(url ? { url } : {}), ...(sqliteFile ? { sqliteFile } : {}), close: () => db.destroy() };
}
