import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

/** Every repo function takes the database (or a transaction) first. */
export type Db = Kysely<Database>;

export const now = () => new Date().toISOString();
