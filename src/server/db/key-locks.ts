/**
 * One transaction at a time per key, on both databases: what a check-then-write (count, then insert)
 * needs to be exact when requests race. SQLite runs every transaction on its one connection (Kysely
 * queues them), so they never overlap. PostgreSQL takes a transaction-scoped advisory lock per key
 * (pg_advisory_xact_lock), released at commit; keys are locked in sorted order, so two transactions
 * never wait for each other in a circle.
 */
import { PostgresAdapter, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';
import type { Db } from '../repos/types.ts';

/** Runs `work` in a transaction that holds the locks of `keys` until it ends. */
export function withKeyLocks<T>(db: Db, keys: readonly string[], work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  return db.transaction().execute(async (trx) => {
    if (postgres) {
      for (const key of [...new Set(keys)].sort()) await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
    }
    return work(trx);
  });
}
