/**
 * The database's tables as Kysely types. Portable column types only, so SQLite and PostgreSQL run the
 * same queries: text ids (random UUIDs), ISO-8601 text timestamps (they sort as text), integers,
 * and JSON as text.
 */
import type { ColumnType } from 'kysely';

export interface TrainersTable {
  id: string;
  /** Lower-cased. */
  email: string;
  /** scrypt, with its salt and parameters: see server/auth/password.ts. */
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a leaked table does not give away sessions. */
  token_hash: string;
  trainer_id: string;
  created_at: string;
  expires_at: string;
}

export interface LoginAttemptsTable {
  /** What is limited: an e-mail address or a client address. */
  key: string;
  attempted_at: string;
  /** The reservation this row belongs to (services/attempt-limits.ts); null for rows older than reservations. */
  id: string | null;
}

export interface ClassesTable {
  id: string;
  trainer_id: string;
  name: string;
  /** Unique, easy to read aloud, hard to guess: see server/services/join-code.ts. */
  join_code: string;
  archived_at: string | null;
  created_at: string;
}

export interface AssignmentsTable {
  id: string;
  class_id: string;
  /** Module number 1-10; its scenarios are the ones the class plays. */
  module: number;
  /** 'practice' or 'test'. */
  mode: string;
  /** ISO date (YYYY-MM-DD) or null. */
  due_date: string | null;
  created_at: string;
  /** 1: the trainer collects written replies' text for this assignment; 0 (default): only features. */
  collect_replies: ColumnType<number, number | undefined, number>;
}

export interface LearnersTable {
  id: string;
  class_id: string;
  /** Chosen by the learner; unique within the class. */
  pseudonym: string;
  /** SHA-256 of the device token. */
  token_hash: string;
  created_at: string;
}

export interface RunsTable {
  /** Chosen by the browser when the run finishes: sending twice stores once. */
  id: string;
  learner_id: string;
  scenario_id: string;
  scenario_version: number;
  module: number;
  /** JSON array of choice ids. */
  path: string;
  ending_id: string;
  outcome: string;
  /** JSON object: percent per dimension, as re-scored by the server. */
  scores: string;
  overall: number;
  finished_at: string;
  received_at: string;
}

export interface Database {
  trainers: TrainersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  classes: ClassesTable;
  assignments: AssignmentsTable;
  learners: LearnersTable;
  runs: RunsTable;
}
