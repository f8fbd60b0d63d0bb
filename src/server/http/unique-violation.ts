/**
 * Recognises a database's unique-constraint violation, on either engine, so a race between two
 * requests creating the same thing (the same pseudonym joined twice at once) is a 409, not a 500.
 */

/** True for PostgreSQL's SQLSTATE 23505 and SQLite's UNIQUE / PRIMARY KEY constraint errors. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode, message } = error as { code?: unknown; errcode?: unknown; message?: unknown };
  if (code === '23505') return true;
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || errcode === 2067 || errcode === 1555) return true;
  return typeof message === 'string' && /^UNIQUE constraint failed/.test(message);
}
