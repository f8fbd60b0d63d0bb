/**
 * Turns Candystorm's values into the SCORM data model's formats (see limits.ts for the rules):
 * durations, times, identifiers, bounded strings. Pure TypeScript, so the reporter and the tests
 * share it; every function returns a value that `checkScormValue` accepts.
 */
import type { ScormVersion } from './limits.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A session's length. 1.2: CMITimespan `HHHH:MM:SS.SS` (hours capped at 9999); 2004: an ISO 8601
 * duration `PT#H#M#S` with at most hundredths of a second.
 */
export function formatDuration(version: ScormVersion, milliseconds: number): string {
  const hundredths = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(hundredths / 360_000));
  const minutes = Math.floor((hundredths % 360_000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  if (version === '1.2') return `${pad(hours, 4)}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
  return `PT${hours}H${minutes}M${Number(seconds.toFixed(2))}S`;
}

/**
 * When a decision was made. 1.2: a time of day (CMITime, `HH:MM:SS`, the standard has no date there);
 * 2004: a UTC timestamp `YYYY-MM-DDThh:mm:ss.0Z`. Both in UTC, so reports from several time zones agree.
 */
export function formatMoment(version: ScormVersion, date: Date): string {
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  if (version === '1.2') return time;
  // The standard allows a time zone only after fractional seconds (RTE 4.2, time(second,10,0)).
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${time}.0Z`;
}

/** An identifier part: letters, digits, `_` and `-` only (our scenario and node ids already are). */
export function identifierPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'x';
}

/**
 * An interaction's id: the scenario, the decision (node) and a running number that keeps the id
 * unique when the same decision is played again. 1.2 gets a dotted CMIIdentifier, 2004 a URN.
 */
export function interactionId(version: ScormVersion, scenarioId: string, nodeId: string, sequence: number): string {
  const parts = [identifierPart(scenarioId), identifierPart(nodeId), String(sequence)];
  return version === '1.2' ? parts.join('.').slice(0, 255) : `urn:candystorm:${parts.join(':')}`;
}

/**
 * A 1.2 choice response: the choice's position among the decision's authored choices as one
 * character (0-9 then a-z, RTE 3.4.2.7.5), or `undefined` beyond the 36th.
 */
export function choiceLetter(index: number): string | undefined {
  return index >= 0 && index < 36 ? index.toString(36) : undefined;
}

/** Cuts `text` to at most `limit` characters (UTF-16 units, as SCORM counts), marking a cut with "…". */
export function within(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  // Never leave half a surrogate pair at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}
