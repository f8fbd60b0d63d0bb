/**
 * Kysely's SQLite dialect over Node's built-in `node:sqlite`, so the embedded database needs no
 * native addon (a compiled addon would be built against the wrong Node headers on these machines).
 * Kysely expects better-sqlite3's statement API; this adapter provides it and caches statements.
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteStatement } from 'kysely';

type Value = null | number | bigint | string | NodeJS.ArrayBufferView;

/** node:sqlite binds no booleans or Dates: store them as 0/1 and ISO text, as PostgreSQL gets them. */
function bindable(value: unknown): Value {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value as Value;
}

const CACHE_LIMIT = 200;

class NodeSqliteDatabase implements SqliteDatabase {
  readonly #db: DatabaseSync;
  readonly #cache = new Map<string, { stmt: StatementSync; reader: boolean }>();

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  close(): void {
    this.#db.close();
  }

  prepare(sql: string): SqliteStatement {
    let entry = this.#cache.get(sql);
    if (!entry) {
      const stmt = this.#db.prepare(sql);
      entry = { stmt, reader: stmt.columns().length > 0 };
      if (this.#cache.size >= CACHE_LIMIT) this.#cache.delete(this.#cache.keys().next().value!);
      this.#cache.set(sql, entry);
    }
    const { stmt, reader } = entry;
    const args = (p: ReadonlyArray<unknown>) => p.map(bindable);
    return {
      reader,
      all: (p) => stmt.all(...args(p)),
      run: (p) => stmt.run(...args(p)),
      iterate: (p) => stmt.iterate(...args(p)),
    };
  }
}

/**
 * Transactions take the write lock at their start (BEGIN IMMEDIATE, waiting up to busy_timeout),
 * not at their first write: live votes are committed on a second connection to the same file
 * (live/sqlite-vote-committer.ts), and a transaction that read a session and then wrote after the
 * other connection committed would fail (SQLITE_BUSY_SNAPSHOT) instead of waiting its turn.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: ConstructorParameters<typeof SqliteDriver>[0];
  constructor(config: ConstructorParameters<typeof SqliteDriver>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

export function nodeSqliteDialect(db: DatabaseSync): SqliteDialect {
  return new ImmediateSqliteDialect({ database: new NodeSqliteDatabase(db) });
}
