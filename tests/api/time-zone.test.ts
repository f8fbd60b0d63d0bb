/**
 * The trainer's time zone (migration 0008) on SQLite and PostgreSQL: new and existing trainers
 * start in Europe/Berlin, a zone from the runtime's list is saved, and anything else is refused
 * with a code and leaves the setting as it was. The CSV writes finish times in the zone.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionTrainer, createSession } from '../../src/server/auth/sessions.ts';
import { excelDateTime } from '../../src/server/services/csv.ts';
import { DEFAULT_TIME_ZONE, isSupportedTimeZone, setTimeZone, timeZoneNames } from '../../src/server/services/time-zones.ts';
import { DATABASE_KINDS, openTestDatabase, type TestDatabase } from '../support/databases.ts';

describe.each(DATABASE_KINDS)('trainer time zone on %s', (kind) => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await openTestDatabase(kind);
  });
  afterEach(async () => {
    await database.close();
  });

  async function trainerWithSession() {
    const id = randomUUID();
    await database.db.insertInto('trainers').values({ id, email: `${id}@example.org`, password_hash: 'unused', created_at: new Date().toISOString() }).execute();
    const { token } = await createSession(database.db, id);
    return { id, token };
  }

  it('starts in Europe/Berlin, saves a listed zone and refuses any other', async () => {
    const { id, token } = await trainerWithSession();
    expect((await sessionTrainer(database.db, token))?.timeZone).toBe(DEFAULT_TIME_ZONE);
    expect(await setTimeZone(database.db, id, 'America/New_York')).toEqual({ ok: true });
    expect((await sessionTrainer(database.db, token))?.timeZone).toBe('America/New_York');
    for (const bad of ['Mars/Olympus', 'europe/berlin', "'; drop table trainers; --", '']) {
      const refused = await setTimeZone(database.db, id, bad);
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.code).toBe('time-zone-unknown');
    }
    expect((await sessionTrainer(database.db, token))?.timeZone).toBe('America/New_York');
  });
});

describe('time zone list', () => {
  it('offers Europe/Berlin, UTC and the runtime’s zones, sorted, and accepts exactly those', () => {
    const names = timeZoneNames();
    expect(names).toContain('Europe/Berlin');
    expect(names).toContain('UTC');
    expect(names).toEqual([...names].sort());
    expect(names.every(isSupportedTimeZone)).toBe(true);
    expect(isSupportedTimeZone('Europe/Atlantis')).toBe(false);
  });

  it('writes a moment in the chosen zone (summer time in Berlin, standard time in New York)', () => {
    expect(excelDateTime('2026-07-01T10:00:00.000Z', 'de', 'Europe/Berlin')).toContain('12:00');
    expect(excelDateTime('2026-01-15T17:30:00.000Z', 'en', 'America/New_York')).toContain('12:30');
  });
});
