/**
 * The trainer's time zone (migration 0008): CSV finish times and the dates on the trainer pages are
 * written in it. Only a zone this runtime lists (Intl.supportedValuesOf) can be set, so what the
 * select offers and what the server takes are the same list.
 */
import { DEFAULT_TIME_ZONE } from '../db/migrations/0008-class-page.ts';
import { updateTimeZone } from '../repos/trainers.ts';
import type { Db } from '../repos/types.ts';
import { fail, type Result } from '../result.ts';

export { DEFAULT_TIME_ZONE };

let zones: ReadonlySet<string> | undefined;

/** Every IANA time zone this runtime knows, sorted; UTC included (some runtimes list it, some not). */
export function timeZoneNames(): string[] {
  return [...supportedZones()].sort();
}

function supportedZones(): ReadonlySet<string> {
  zones ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return zones;
}

/** True for a zone the setting accepts. */
export function isSupportedTimeZone(zone: string): boolean {
  return supportedZones().has(zone);
}

/** Saves the trainer's time zone; 'time-zone-unknown' for anything not in timeZoneNames(). */
export async function setTimeZone(db: Db, trainerId: string, zone: string): Promise<Result<object, 'time-zone-unknown'>> {
  if (!isSupportedTimeZone(zone)) return fail('time-zone-unknown', { zone: zone.slice(0, 64) });
  await updateTimeZone(db, trainerId, zone);
  return { ok: true };
}
