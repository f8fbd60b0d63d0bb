/** Creating classes with a unique join code, and the one check that a class is the trainer's. */
import type { Locale } from '../../engine/index.ts';
import { localePath } from '../../i18n/routes.ts';
import { findClass, insertClass, setJoinCode, type ClassRow } from '../repos/classes.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';
import { newJoinCode } from './join-code.ts';

/** Tries a fresh code a few times: a clash with another class's code is astronomically rare, not impossible. */
async function withFreshJoinCode<T>(use: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await use(newJoinCode());
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

export function createClass(db: Db, trainerId: string, name: string): Promise<ClassRow> {
  return withFreshJoinCode((code) => insertClass(db, trainerId, name, code));
}

/**
 * A new join code for the class, e.g. after the old one was posted where outsiders read it. The old
 * code stops working at once; learners who joined keep their place (they hold device tokens and
 * resume codes, not the join code).
 */
export function renewJoinCode(db: Db, trainerId: string, classId: string): Promise<string> {
  return withFreshJoinCode(async (code) => {
    await setJoinCode(db, trainerId, classId, code);
    return code;
  });
}

/** The shape of every id the server makes (randomUUID): anything else is refused before a query. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The trainer's class, or 'class-not-found': another trainer's class is indistinguishable from none.
 * The one ownership check of the API and the trainer pages.
 */
export async function findOwnClass(db: Db, trainerId: string, classId: string): Promise<Result<{ cls: ClassRow }, 'class-not-found'>> {
  const cls = UUID_PATTERN.test(classId) ? await findClass(db, trainerId, classId) : undefined;
  return cls ? { ok: true, cls } : fail('class-not-found');
}

/** The address learners open to join, in the trainer's language; the QR code encodes it. */
export function joinUrl(origin: string, joinCode: string, locale: Locale = 'de'): string {
  return `${origin}${localePath(locale, locale === 'de' ? '/beitreten/' : '/join/')}?code=${encodeURIComponent(joinCode)}`;
}
