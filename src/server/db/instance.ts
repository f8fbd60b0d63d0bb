/**
 * The server's one database, shared by the HTTP server (scripts/serve.ts opens it and runs the
 * migrations before listening) and the API routes bundled by Astro. The bundle has its own copy of
 * this module, so the instance lives on globalThis under a registered symbol, not in a module variable.
 */
import { openDatabase, type OpenDatabase } from './client.ts';

const KEY = Symbol.for('candystorm.database');
type Holder = { [KEY]?: Promise<OpenDatabase> };

/** The open database, opened (and migrated) on first use with the environment's settings. */
export function database(): Promise<OpenDatabase> {
  const holder = globalThis as Holder;
  holder[KEY] ??= openDatabase();
  return holder[KEY];
}

/** Makes `open` the database every route uses (the server at start; tests). */
export function useDatabase(open: Promise<OpenDatabase>): void {
  (globalThis as Holder)[KEY] = open;
}
