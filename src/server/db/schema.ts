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
  /** IANA time zone for CSV and page dates (migration 0008), default Europe/Berlin. */
  time_zone: ColumnType<string, string | undefined, string>;
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
  /** The scenario the class plays; unique within the class (migration 0004). */
  scenario_id: string;
  /** The scenario's module (1-10), kept for grouping and for the lesson link. */
  module: number;
  /** 'practice' or 'test'. */
  mode: string;
  /** ISO date (YYYY-MM-DD) or null. */
  due_date: string | null;
  /** Test mode: when the trainer released the results (the debrief then shows everything); null = held back. */
  results_released_at: string | null;
  /** When the mode was last set: in test mode the first run received from then on is the one that counts. */
  mode_since: string;
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
  /** SHA-256 of the resume code shown once after joining (migration 0004); null for older learners. */
  resume_code_hash: string | null;
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
  /** The seed of the order the learner saw the choices in (migration 0006); null for older runs. */
  order_seed?: number | null | undefined;
}

/** One saved version of a trainer's own scenario (migration 0007). */
export interface TrainerScenariosTable {
  id: string;
  trainer_id: string;
  /** The scenario's `id:`; one trainer owns it, and no published scenario has it. */
  scenario_id: string;
  /** 1, 2, …: every save that changes the text is the next version. */
  version: number;
  /** The YAML exactly as saved (it passed the checker). */
  yaml: string;
  created_at: string;
}

/** A live session (docs/live-mode.md): the room's shared state, rebuilt from this row after a restart. */
export interface LiveSessionsTable {
  id: string;
  /** What participants type (join-code alphabet, services/join-code.ts); unique. */
  code: string;
  trainer_id: string;
  /** The class it belongs to (its votes are then kept with the class), or null for an ad-hoc session. */
  class_id: string | null;
  scenario_id: string;
  scenario_version: number;
  /** 'de' or 'en': the language of the projector and the phones. */
  locale: string;
  /** JSON array of choice ids the room has followed; the engine replays it. */
  path: string;
  /** Counts up every time a decision opens (also again after going back): votes belong to a round. */
  round: number;
  /** 'voting' | 'revealed' | 'finished' (an ending reached) | 'closed' (ended by the trainer). */
  phase: string;
  /** JSON array of the choice ids the current decision offers. */
  open_choices: string;
  /** JSON array of { round, step, nodeId, followed?, majority? }: which round decided which step. */
  rounds: string;
  qr_hidden: number;
  /** Counts up with every change of the row: part of the SSE event id. */
  revision: number;
  created_at: string;
  /** After this no one can join; an ad-hoc session is then deleted with its votes. */
  expires_at: string;
  ended_at: string | null;
  /** JSON { endsAt, seconds, autoClose } of the open decision's countdown (migration 0009), or null. */
  countdown: string | null;
}

export interface LiveParticipantsTable {
  id: string;
  session_id: string;
  /** Chosen by the participant; unique within the session. */
  pseudonym: string;
  /** SHA-256 of the token kept on the phone. */
  token_hash: string;
  created_at: string;
  /** The learner of the session's class who joined with their class pseudonym (migration 0009); null for a guest. */
  learner_id: string | null;
}

export interface LiveVotesTable {
  session_id: string;
  round: number;
  participant_id: string;
  choice_id: string;
  voted_at: string;
}

/** A participant's written reply at a write decision (migration 0011); features: JSON array of feature ids. */
export interface LiveRepliesTable {
  id: string;
  session_id: string;
  round: number;
  participant_id: string;
  text: string;
  features: string;
  analyser: string;
  written_at: string;
}

/** A learner's last progress report (migration 0008): "playing decision n of m" on the class page. */
export interface LearnerProgressTable {
  learner_id: string;
  scenario_id: string;
  /** The decision the learner is at, counted from 1. */
  decision: number;
  /** The decisions of the path as the device estimates it (at least `decision`). */
  decisions: number;
  reported_at: string;
}

export interface Database {
  trainers: TrainersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  classes: ClassesTable;
  assignments: AssignmentsTable;
  learners: LearnersTable;
  runs: RunsTable;
  trainer_scenarios: TrainerScenariosTable;
  live_sessions: LiveSessionsTable;
  live_participants: LiveParticipantsTable;
  live_votes: LiveVotesTable;
  live_replies: LiveRepliesTable;
  lti_keys: LtiKeysTable;
  lti_platforms: LtiPlatformsTable;
  lti_login_states: LtiLoginStatesTable;
  lti_nonces: LtiNoncesTable;
  lti_contexts: LtiContextsTable;
  lti_users: LtiUsersTable;
  lti_links: LtiLinksTable;
  lti_grade_jobs: LtiGradeJobsTable;
  learner_progress: LearnerProgressTable;
}

// LTI 1.3 (migration 0010, docs/lms.md (LTI 1.3)).

/** The tool's RS256 key pairs as JWK JSON; the newest signs, all are published in /lti/jwks. */
export interface LtiKeysTable {
  kid: string;
  public_jwk: string;
  /** Never leaves the server: /lti/jwks serves public_jwk only. */
  private_jwk: string;
  created_at: string;
}

/** A learning platform registered with `npm run lti -- add`. */
export interface LtiPlatformsTable {
  id: string;
  issuer: string;
  client_id: string;
  /** JSON array of accepted deployment ids. */
  deployment_ids: string;
  auth_url: string;
  token_url: string;
  jwks_url: string;
  /** 1: the platform's name claims become the pseudonym (operator's choice); 0: a neutral pseudonym. */
  store_names: number;
  created_at: string;
}

/** A login in progress: the state (stored as its hash) and the nonce sent to the platform. */
export interface LtiLoginStatesTable {
  state_hash: string;
  platform_id: string;
  nonce: string;
  expires_at: string;
}

/** Nonces of id_tokens already accepted, until their tokens would have expired anyway. */
export interface LtiNoncesTable {
  nonce: string;
  expires_at: string;
}

/** A course (context) of a platform and the class it became. */
export interface LtiContextsTable {
  id: string;
  platform_id: string;
  context_id: string;
  class_id: string;
  /** The trainer account the context's instructors share (no password: reached only by launch). */
  trainer_id: string;
  created_at: string;
}

/** A platform user (opaque `sub`) within a context: a learner of its class, or an instructor. */
export interface LtiUsersTable {
  id: string;
  context_row: string;
  sub: string;
  learner_id: string | null;
  instructor: number;
  created_at: string;
}

/** A resource link placed in a course, the scenario it opens, and its AGS line item if any. */
export interface LtiLinksTable {
  id: string;
  context_row: string;
  resource_link_id: string;
  /** The scenario the link opens; null when it opens a whole module (then every scenario of it counts). */
  scenario_id: string | null;
  module: number;
  lineitem_url: string | null;
  created_at: string;
}

/** A score to post (one per run and link), kept after sending; retried with backoff until sent. */
export interface LtiGradeJobsTable {
  run_id: string;
  link_id: string;
  user_id: string;
  attempts: number;
  next_attempt_at: string;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
}
