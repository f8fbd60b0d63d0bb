/**
 * What a verified resource-link launch makes of its user: the course (context) becomes a class on
 * its first launch, owned by a trainer account that the context's instructors share (no password:
 * reached only through a launch); an instructor gets a trainer session for it; anyone else becomes
 * (or is again) a pseudonymous learner of that class with a fresh device token. The link's scenario
 * (or module) is assigned to the class in practice mode if it is not yet, so the learner's runs are
 * sent to the server, and the link's AGS line item is remembered for the score queue.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createSession } from '../auth/sessions.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { withKeyLocks } from '../db/key-locks.ts';
import { listAssignments, upsertAssignments } from '../repos/assignments.ts';
import { insertLearner, pseudonymsInClass, replaceLearnerToken } from '../repos/learners.ts';
import { classNameOf, findContext, findLearnerNameById, findLtiUser, insertContext, insertLtiUser, setLtiUserLearner, upsertLink, type LtiPlatformRow } from '../repos/lti.ts';
import { insertTrainer } from '../repos/trainers.ts';
import type { Db } from '../repos/types.ts';
import { createClass } from '../services/classes.ts';
import { JOIN_ALPHABET } from '../services/join-code.ts';
import { scenariosOf, targetOf, type Catalogue, type LinkTarget } from './catalogue.ts';
import { AGS_SCORE_SCOPE, CLAIM, isInstructor, type ResourceLinkClaims } from './lti-claims.ts';
import { ltiFail, type LtiFailure } from './lti-problems.ts';

/** Never a valid scrypt hash (auth/password.ts), so no password ever signs a context trainer in. */
const NO_PASSWORD = 'lti:no-password';
const CLASS_NAME_MAX = 80;

export type Provisioned =
  | { ok: true; kind: 'trainer'; classId: string; session: { token: string; expiresAt: string } }
  | { ok: true; kind: 'learner'; classId: string; token: string; pseudonym: string; className: string; target: LinkTarget }
  | LtiFailure;

/** A neutral pseudonym from the platform's opaque user id: the same user gets the same one. */
function neutralPseudonym(platformId: string, sub: string, length: number): string {
  const digest = createHash('sha256').update(`${platformId}\n${sub}`).digest();
  let code = '';
  for (let i = 0; i < length; i++) code += JOIN_ALPHABET[digest[i]! % JOIN_ALPHABET.length];
  return `LMS ${code}`;
}

/** The name claims as a pseudonym, when the operator chose to store names (lti_platforms.store_names). */
function namePseudonym(claims: ResourceLinkClaims): string | undefined {
  const name = (claims.name ?? [claims.given_name, claims.family_name].filter(Boolean).join(' ')).replace(/[^\p{L}\p{N}\p{M} _.'-]/gu, '').trim();
  return name.length >= 2 ? name.slice(0, 26) : undefined;
}

async function contextOf(db: Db, platform: LtiPlatformRow, context: { id: string; title?: string | undefined; label?: string | undefined }) {
  // Under a lock: two first launches at once must not make two classes for one course.
  return withKeyLocks(db, [`lti-context:${platform.id}:${context.id}`], async (trx) => {
    const found = await findContext(trx, platform.id, context.id);
    if (found) return found;
    const trainer = await insertTrainer(trx, `lti-${randomUUID()}@lti.invalid`, NO_PASSWORD);
    const name = (context.title || context.label || 'LMS').slice(0, CLASS_NAME_MAX);
    const cls = await createClass(trx, trainer.id, name);
    return insertContext(trx, platform.id, context.id, cls.id, trainer.id);
  });
}

/** Assigns the target's scenarios that the class does not have yet (existing ones keep their mode). */
async function assignMissing(db: Db, classId: string, catalogue: Catalogue, target: LinkTarget): Promise<void> {
  const assigned = new Set((await listAssignments(db, classId)).map((a) => a.scenario_id));
  const missing = scenariosOf(catalogue, target).filter((s) => !assigned.has(s.id));
  if (missing.length) await upsertAssignments(db, classId, missing.map((s) => ({ scenarioId: s.id, module: s.module, mode: 'practice' as const, dueDate: null })));
}

export async function provisionLaunch(db: Db, platform: LtiPlatformRow, claims: ResourceLinkClaims, catalogue: Catalogue): Promise<Provisioned> {
  const context = claims[CLAIM.context];
  if (!context) return ltiFail('lti-message-invalid');
  const target = targetOf(catalogue, claims[CLAIM.custom]);
  const ctx = await contextOf(db, platform, context);
  const instructor = isInstructor(claims[CLAIM.roles]);
  if (!target && !instructor) return ltiFail('lti-resource-unknown');
  if (target) {
    const ags = claims[CLAIM.ags];
    const lineitem = ags?.scope.includes(AGS_SCORE_SCOPE) ? (ags.lineitem ?? null) : null;
    await upsertLink(db, ctx.id, claims[CLAIM.resourceLink].id, { scenarioId: target.kind === 'scenario' ? target.scenarioId : null, module: target.module }, lineitem);
    await assignMissing(db, ctx.class_id, catalogue, target);
  }
  if (instructor) {
    if (!(await findLtiUser(db, ctx.id, claims.sub))) await insertLtiUser(db, ctx.id, claims.sub, null, true);
    return { ok: true, kind: 'trainer', classId: ctx.class_id, session: await createSession(db, ctx.trainer_id) };
  }
  const token = newToken();
  const learner = await withKeyLocks(db, [`class-size:${ctx.class_id}`], async (trx) => {
    const user = await findLtiUser(trx, ctx.id, claims.sub);
    if (user?.learner_id) {
      await replaceLearnerToken(trx, user.learner_id, hashToken(token));
      return findLearnerNameById(trx, user.learner_id);
    }
    const names = new Set(await pseudonymsInClass(trx, ctx.class_id));
    const wanted = (platform.store_names ? namePseudonym(claims) : undefined) ?? neutralPseudonym(platform.id, claims.sub, 6);
    let pseudonym = wanted;
    for (let n = 2; names.has(pseudonym); n++) pseudonym = n < 4 && !platform.store_names ? neutralPseudonym(platform.id, claims.sub, 6 + n) : `${wanted} ${n}`;
    const row = await insertLearner(trx, ctx.class_id, pseudonym, hashToken(token));
    if (user) await setLtiUserLearner(trx, user.id, row.id);
    else await insertLtiUser(trx, ctx.id, claims.sub, row.id, false);
    return row;
  });
  return { ok: true, kind: 'learner', classId: ctx.class_id, token, pseudonym: learner.pseudonym, className: await classNameOf(db, ctx.class_id), target: target! };
}
