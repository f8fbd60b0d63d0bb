/**
 * The server's composition root: opens the database (running migrations) and builds, once, what
 * every entry point shares: the run writer (group commit), the memory of sending learners and the
 * site's scenarios. scripts/serve.ts makes one and hands it to the fast path and, as `locals.app`,
 * to every Astro route and page; the CLIs (scripts/trainer.ts, scripts/bench/) make their own.
 * Nothing lives in module variables or on globalThis: Astro bundles its own copy of every module,
 * so a module-level instance would exist twice.
 */
import { HashSlots } from './auth/hash-slots.ts';
import { openDatabase, type DatabaseKind, type OpenDatabase } from './db/client.ts';
import { scrubAfterDeletion } from './db/scrub.ts';
import type { Db } from './repos/types.ts';
import { originSettingsFrom, type OriginSettings } from './http/public-origin.ts';
import { limitSettingsFrom, type LimitSettings } from './limit-settings.ts';
import { memoryHub, postgresHub } from './live/live-hub.ts';
import { JOINS_PER_WINDOW, LiveService } from './live/live-service.ts';
import { sqliteVoteCommitter } from './live/sqlite-vote-committer.ts';
import { LtiService, ltiSettingsFrom } from './lti/lti-service.ts';
import { CLASS_CHANNEL, ClassChanges } from './services/class-changes.ts';
import { startExpirySweep } from './services/expiry-sweep.ts';
import { OwnScenarios } from './services/own-scenarios.ts';
import { RunLimiter } from './services/run-limiter.ts';
import { RunWriter } from './services/run-writer.ts';
import { SiteScenarios } from './services/scenario-source.ts';
import { SendingLearners } from './services/sending-learner.ts';

/** Everything the server's entry points share, built once per process. */
export interface CandystormApp {
  db: Db;
  kind: DatabaseKind;
  /** Writes finished runs in groups, one commit per event-loop turn. */
  runWriter: RunWriter;
  /** Runs per learner in a sliding window (POST /api/runs answers 429 beyond it). */
  runLimiter: RunLimiter;
  /** The limits an operator can set (JOINS_PER_ADDRESS, RUNS_PER_LEARNER, PASSWORD_HASHES_AT_ONCE). */
  limits: LimitSettings;
  /** Password hashes at once (auth/hash-slots.ts): the rest wait, so file reads keep thread-pool threads. */
  passwordSlots: HashSlots;
  /** PUBLIC_URL and TRUST_PROXY: where the site is as visitors see it (http/public-origin.ts). */
  origins: OriginSettings;
  /** Who sends runs, remembered for a few seconds; forget() after changes to learners or classes. */
  sendingLearners: SendingLearners;
  /** The built site's scenarios, provided by the Astro bundle (src/middleware.ts). */
  scenarios: SiteScenarios;
  /** Trainers' own scenarios: the limit on checks and saves, and the versions parsed so far. */
  ownScenarios: OwnScenarios;
  /** Progress reports per learner in a sliding window (POST /api/progress answers 429 beyond it). */
  progressLimiter: RunLimiter;
  /** "Class X changed" for open class pages, across instances on PostgreSQL (services/class-changes.ts). */
  classChanges: ClassChanges;
  /** Live sessions (projector + phones): in memory and in the database, shared via LISTEN/NOTIFY on PostgreSQL. */
  live: LiveService;
  /** The LTI 1.3 tool: platforms' key sets and the queue of scores for their gradebooks (docs/lms.md (LTI 1.3)). */
  lti: LtiService;
  /**
   * After deleting learners, classes or trainers: forgets remembered senders and makes sure the
   * deleted rows are gone from the database's files too (db/scrub.ts).
   */
  afterDeletion(): Promise<void>;
  /** Stops the expiry sweep, waits for runs already submitted to be committed, closes the database. */
  close(): Promise<void>;
}

/** A device reports each decision it reaches; a learner clicking fast makes a few a minute. */
export const PROGRESS_REPORTS_PER_MINUTE = 60;

/** Builds the app on an open database. */
export function appOn(open: OpenDatabase, limits: LimitSettings = limitSettingsFrom(process.env), origins: OriginSettings = originSettingsFrom(process.env)): CandystormApp {
  const runWriter = new RunWriter(open.db);
  const sendingLearners = new SendingLearners(open.db);
  // Expired sessions and old failed attempts go on a timer (unref'd), not only at the next sign-in.
  const sweep = startExpirySweep(open.db);
  const scenarios = new SiteScenarios();
  const live = new LiveService(open.db, open.kind === 'postgres' && open.url ? postgresHub(open.db, open.url) : memoryHub(), scenarios, {
    // An operator who allows more class joins per address (JOINS_PER_ADDRESS) allows more live joins too.
    joinsPerWindow: Math.max(JOINS_PER_WINDOW, limits.joinsPerAddress),
    // SQLite in a file: votes are committed in a worker thread, so their fsyncs never stall the server.
    ...(open.sqliteFile && open.sqliteFile !== ':memory:' ? { votes: sqliteVoteCommitter(open.sqliteFile) } : {}),
  });
  const classChanges = new ClassChanges(open.kind === 'postgres' && open.url ? postgresHub(open.db, open.url, CLASS_CHANNEL) : memoryHub());
  // Expired ad-hoc live sessions go with their votes (docs/live-mode.md), checked every minute.
  const liveSweep = setInterval(() => void live.sweep().catch((error: unknown) => console.error('[live] sweep failed:', error)), 60_000);
  liveSweep.unref();
  const lti = new LtiService(open.db, ltiSettingsFrom(process.env));
  return {
    db: open.db,
    kind: open.kind,
    limits,
    origins,
    runWriter,
    runLimiter: new RunLimiter(limits.runsPerLearner),
    progressLimiter: new RunLimiter(PROGRESS_REPORTS_PER_MINUTE, 60_000),
    classChanges,
    passwordSlots: new HashSlots(limits.passwordHashesAtOnce),
    sendingLearners,
    scenarios,
    ownScenarios: new OwnScenarios(),
    live,
    lti,
    async afterDeletion() {
      sendingLearners.forget();
      await scrubAfterDeletion(open.db, open.kind);
    },
    async close() {
      await sweep.stop();
      clearInterval(liveSweep);
      await live.close();
      await lti.close();
      await classChanges.close();
      await runWriter.drain();
      await open.close();
    },
  };
}

/**
 * Opens the database the options (or else the environment: DATABASE_URL, SQLITE_FILE) name and
 * builds the app on it.
 */
export async function createApp(options: Parameters<typeof openDatabase>[0] = {}): Promise<CandystormApp> {
  // Settings first: a wrong value stops the start with its message before the database opens.
  const limits = limitSettingsFrom(process.env);
  const origins = originSettingsFrom(process.env);
  return appOn(await openDatabase(options), limits, origins);
}
