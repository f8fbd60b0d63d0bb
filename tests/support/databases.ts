/**
 * Databases for API and repository tests that must pass on both engines the server supports:
 *
 *   describe.each(DATABASE_KINDS)('… on %s', (kind) => {
 *     let t: TestDatabase;
 *     beforeEach(async () => { t = await openTestDatabase(kind); });
 *     afterEach(() => t.close());
 *   });
 *
 * Every call gets its own, freshly migrated database: a new SQLite file (a real file in WAL mode, as
 * in production, not :memory:) or a new database `t_<random>` on the run's PostgreSQL server
 * (tests/support/postgres-global-setup.ts). `close()` closes it and deletes it.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseKind, type OpenDatabase } from '../../src/server/db/client.ts';

export const DATABASE_KINDS = ['sqlite', 'postgres'] as const satisfies readonly DatabaseKind[];

export interface TestDatabase extends OpenDatabase {
  /** SQLite: the database file. */
  file?: string;
  /** PostgreSQL: the URL of this test's database. */
  url?: string;
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Drops a test database. pg's pool.end() can return before its connections have closed (seen here); a plain DROP
 * waits (up to 5 s) for them, whereas FORCE would kill them mid-goodbye and their client would emit
 * an unhandled 'error'. FORCE (PostgreSQL 13+) only when a connection really was left open.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  try {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name}`);
  } catch {
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function openSqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'candystorm-sqlite-'));
  const file = join(dir, 'test.sqlite');
  // url: '' so that a DATABASE_URL in the environment cannot turn this into a PostgreSQL database.
  const open = await openDatabase({ url: '', sqliteFile: file });
  if (open.kind !== 'sqlite') throw new Error(`openDatabase opened ${open.kind}, expected sqlite`);
  return {
    ...open,
    file,
    async close() {
      try {
        await open.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** An empty database `t_<random>` on the run's PostgreSQL server, not migrated; `drop()` deletes it. */
export async function createEmptyPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const serverUrl = inject('postgresUrl');
  if (!serverUrl) throw new Error('No PostgreSQL server: is tests/support/postgres-global-setup.ts in vitest.config.ts globalSetup?');
  const name = `t_${randomBytes(8).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => dropDatabase(serverUrl, name) };
}

async function openPostgres(): Promise<TestDatabase> {
  const { url, drop } = await createEmptyPostgresDatabase();
  let open: OpenDatabase;
  try {
    open = await openDatabase({ url });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    ...open,
    url,
    async close() {
      try {
        await open.close();
      } finally {
        await drop();
      }
    },
  };
}

/** A fresh, migrated database of the given kind; `close()` deletes it. */
export function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'sqlite' ? openSqlite() : openPostgres();
}
