/** Creating classes with a unique join code, and finding a trainer's class or answering 404. */
import type { Locale } from '../../engine/index.ts';
import { localePath } from '../../i18n/routes.ts';
import { HttpError } from '../http/api.ts';
import { findClass, insertClass, type ClassRow } from '../repos/classes.ts';
import type { Db } from '../repos/types.ts';
import { newJoinCode } from './join-code.ts';

export async function createClass(db: Db, trainerId: string, name: string): Promise<ClassRow> {
  // A clash is astronomically rare; retry a few times rather than fail.
  for (let attempt = 0; ; attempt++) {
    try {
      return await insertClass(db, trainerId, name, newJoinCode());
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

/** The trainer's class, or 404: another trainer's class is indistinguishable from none. */
export async function requireClass(db: Db, trainerId: string, classId: string): Promise<ClassRow> {
  const cls = /^[0-9a-f-]{36}$/.test(classId) ? await findClass(db, trainerId, classId) : undefined;
  if (!cls) throw new HttpError(404, 'There is no such class.');
  return cls;
}

/** The address learners open to join, in the trainer's language; the QR code encodes it. */
export function joinUrl(origin: string, joinCode: string, locale: Locale = 'de'): string {
  return `${origin}${localePath(locale, locale === 'de' ? '/beitreten/' : '/join/')}?code=${encodeURIComponent(joinCode)}`;
}
