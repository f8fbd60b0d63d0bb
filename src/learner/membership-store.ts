/**
 * The learner's membership in a class, remembered in localStorage: the device token, the pseudonym,
 * the class name and the class's assignments. Nothing else about the learner exists: no e-mail, no
 * real name. One store for the whole page, framework-free (like prefs-store.ts); React binds it with
 * zustand's `useStore`. This file is the only one that reads or writes MEMBERSHIP_KEY.
 *
 * Learners who join no class have no membership: their progress stays on the device.
 *
 * What is stored is never trusted: unreadable data is thrown away and `notice` says so. The store
 * hydrates at once (synchronously) when it is created; while React hydrates server-rendered HTML,
 * `useStore` sees the initial state (no membership), so server HTML and hydration agree.
 *
 * join, refresh and leave change it; they never throw, but answer with a result the UI can put into
 * words. It knows nothing of the outbox: the learner core (core.ts) empties the queue when the
 * token goes.
 */
import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { removeStored, safeJsonStorage } from '../stores/browser-storage.ts';
import { getLearner, postJoin, postResume, type ApiAnswer } from './api-client.ts';
import { membershipFromJoin, migrateMembership, readStoredMembership, withOverview, type AssignedMode, type Assignment, type Membership, type StoredMembership } from './membership-records.ts';

export type { AssignedMode, Assignment, Membership, StoredMembership };

export const MEMBERSHIP_KEY = 'candystorm:membership';
/** Bump when the stored shape changes, and teach `migrateMembership` the old one. */
export const MEMBERSHIP_VERSION = 1;

/** membership-reset: stored data was unreadable; membership-ended: the server no longer knows the token. */
export type MembershipNotice = 'membership-reset' | 'membership-ended';

export interface MembershipState {
  membership: Membership | undefined;
  /** Not stored. */
  notice: MembershipNotice | undefined;
  clearNotice(): void;
}

export type MembershipStore = ReturnType<typeof createMembershipStore>;

/** A new membership store, hydrated at once from localStorage. The page uses `membershipStore`. */
export function createMembershipStore() {
  let discarded = false;
  return createStore<MembershipState>()(
    persist(
      (set) => ({
        membership: undefined,
        notice: undefined,
        clearNotice: () => set({ notice: undefined }),
      }),
      {
        name: MEMBERSHIP_KEY,
        version: MEMBERSHIP_VERSION,
        storage: safeJsonStorage<StoredMembership>(() => (discarded = true)),
        partialize: ({ membership }): StoredMembership => ({ membership: membership ?? null }),
        migrate: (state, version) => {
          const stored = migrateMembership(state, version);
          if (stored) return stored;
          discarded = true;
          return { membership: null };
        },
        // Runs after every read, also when nothing was stored (then there is no membership).
        merge: (stored, current) => {
          const read = stored === undefined ? undefined : readStoredMembership(stored);
          if (stored !== undefined && !read) {
            removeStored(MEMBERSHIP_KEY);
            discarded = true;
          }
          const notice = discarded ? 'membership-reset' : current.notice;
          discarded = false;
          return { ...current, membership: read?.membership ?? undefined, notice };
        },
      },
    ),
  );
}

/** The page's one membership store. */
export const membershipStore: MembershipStore = createMembershipStore();

// Another tab joined, refreshed or deleted: read the stored membership again.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === MEMBERSHIP_KEY || event.key === null) void membershipStore.persist.rehydrate();
  });
}

/** The current membership, if the learner joined a class on this device. */
export function currentMembership(): Membership | undefined {
  return membershipStore.getState().membership;
}

/**
 * The current member's assignment of this scenario, if any: the one naming the scenario, or (data
 * stored before assignments were per scenario) one for its whole module.
 */
export function assignmentOf(scenario: { id: string; module: number }): Assignment | undefined {
  return findAssignment(currentMembership()?.assignments ?? [], scenario);
}

/** The assignment of `scenario` among `assignments` (see assignmentOf). */
export function findAssignment(assignments: readonly Assignment[], scenario: { id: string; module: number }): Assignment | undefined {
  return assignments.find((a) => a.scenarioId === scenario.id) ?? assignments.find((a) => a.scenarioId === undefined && a.module === scenario.module);
}

/** The mode the class's assignment sets for this scenario, if the learner is a member and it is assigned. */
export function assignedMode(scenario: { id: string; module: number }): AssignedMode | undefined {
  return assignmentOf(scenario)?.mode;
}

export function clearMembershipNotice(): void {
  membershipStore.getState().clearNotice();
}

// --- changing it -----------------------------------------------------------------------------

/** Why joining did not work; the UI has words for each. */
export type JoinError = 'already-member' | 'invalid' | 'unknown-code' | 'name-taken' | 'name-similar' | 'class-full' | 'too-many' | 'offline' | 'server' | 'resume-failed';
/** `resumeCode`: shown to the learner once after joining (never stored on the device). */
export type JoinResult = { ok: true; membership: Membership; resumeCode?: string } | { ok: false; error: JoinError; message: string };

/**
 * The refusal by the problem's code (src/server/http/problems.ts), so that refusals sharing a status
 * read right: a 403 is a full class only when the server says 'class-full' (a cross-site refusal is
 * 403 too), a 409 after a lost race for the same name is 'pseudonym-taken'. An answer without a code
 * (an older server, a proxy) is read by its status.
 */
function joinErrorOf(answer: Exclude<ApiAnswer, { kind: 'ok' }>): JoinError {
  if (answer.kind === 'network') return 'offline';
  switch (answer.code) {
    case 'join-code-unknown':
      return 'unknown-code';
    case 'pseudonym-taken':
      return 'name-taken';
    case 'pseudonym-confusable':
      return 'name-similar';
    case 'class-full':
      return 'class-full';
    case 'resume-failed':
      return 'resume-failed';
    case 'join-rate-limited':
    case 'joins-rate-limited':
      return 'too-many';
    case undefined:
      break;
    default:
      return answer.status >= 500 ? 'server' : 'invalid';
  }
  switch (answer.status) {
    case 400:
      return 'invalid';
    case 404:
      return 'unknown-code';
    case 409:
      return 'name-taken';
    case 403:
      return 'class-full';
    case 429:
      return 'too-many';
    default:
      return 'server';
  }
}

/**
 * Joins the class with `code` under `pseudonym`: POST /api/join, then GET /api/learner for the
 * assignments, and stores the membership once both are in (so the page shows it complete). If the
 * second request fails, the token is stored anyway, with no assignments yet: the learner exists
 * on the server now, and refresh() fetches the assignments later.
 */
export async function join(code: string, pseudonym: string): Promise<JoinResult> {
  if (currentMembership()) return { ok: false, error: 'already-member', message: '' };
  const answer = await postJoin(code.trim(), pseudonym.trim());
  if (answer.kind !== 'ok') return { ok: false, error: joinErrorOf(answer), message: answer.kind === 'http' ? answer.message : '' };
  const stored = await storeMembership(answer.body);
  if (!stored.ok) return stored;
  const resumeCode = typeof (answer.body as { resumeCode?: unknown }).resumeCode === 'string' ? (answer.body as { resumeCode: string }).resumeCode : undefined;
  return resumeCode ? { ...stored, resumeCode } : stored;
}

/** The membership in a join or resume answer, with its assignments read, stored for this device. */
async function storeMembership(body: unknown): Promise<JoinResult> {
  const joined = membershipFromJoin(body);
  if (!joined) return { ok: false, error: 'server', message: 'The server answered in an unexpected way.' };
  const overview = await getLearner(joined.token);
  const membership = (overview.kind === 'ok' && withOverview(joined, overview.body, new Date())) || joined;
  if (currentMembership()) return { ok: false, error: 'already-member', message: '' }; // another tab joined meanwhile
  membershipStore.setState({ membership, notice: undefined });
  return { ok: true, membership };
}

/**
 * Takes over the membership an LTI launch made (src/pages/lti/start.astro): the learner the course's
 * platform user is in the course's class. It replaces any other membership on this device, because
 * the learning platform says who is playing now.
 */
export async function adoptMembership(body: unknown): Promise<JoinResult> {
  // Checked before the old membership goes: a broken hand-over must not sign the learner out.
  if (!membershipFromJoin(body)) return { ok: false, error: 'invalid', message: '' };
  membershipStore.setState({ membership: undefined, notice: undefined });
  return storeMembership(body);
}

/**
 * Continues on this device as a learner who joined elsewhere: POST /api/resume with the class's
 * code, the pseudonym and the resume code, then as after joining. The other device's token stops
 * working; all results stay the learner's.
 */
export async function resume(code: string, pseudonym: string, resumeCode: string): Promise<JoinResult> {
  if (currentMembership()) return { ok: false, error: 'already-member', message: '' };
  const answer = await postResume(code.trim(), pseudonym.trim(), resumeCode.trim());
  if (answer.kind !== 'ok') {
    const error = answer.kind === 'http' && answer.status === 404 ? 'resume-failed' : joinErrorOf(answer);
    return { ok: false, error, message: answer.kind === 'http' ? answer.message : '' };
  }
  return storeMembership(answer.body);
}

/** ok: read now; ended: the server no longer knows the token, so the membership was forgotten. */
export type RefreshResult = 'ok' | 'not-member' | 'ended' | 'offline' | 'server';

/** Reads class and assignments again (GET /api/learner). A 401 forgets the membership. */
export async function refresh(): Promise<RefreshResult> {
  const before = currentMembership();
  if (!before) return 'not-member';
  const answer = await getLearner(before.token);
  const now = currentMembership();
  // Left, deleted or joined elsewhere meanwhile: this answer is about a membership that is gone.
  if (!now || now.token !== before.token) return 'not-member';
  if (answer.kind === 'network') return 'offline';
  if (answer.kind === 'http') {
    if (answer.status !== 401) return 'server';
    membershipStore.setState({ membership: undefined, notice: 'membership-ended' });
    return 'ended';
  }
  const next = withOverview(now, answer.body, new Date());
  if (!next) return 'server';
  membershipStore.setState({ membership: next });
  return 'ok';
}

/**
 * Forgets the membership on this device only; the learner and their runs stay on the server (and
 * the learner can no longer delete them from here). The learner core drops the runs still queued,
 * which cannot be sent without the token.
 */
export function leave(): void {
  membershipStore.setState({ membership: undefined, notice: undefined });
}
