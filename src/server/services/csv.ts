/**
 * The class results as CSV that opens correctly in spreadsheet programs: for German Excel UTF-8 with
 * a byte-order mark, semicolons and decimal commas; for English locales commas. Cells that a
 * spreadsheet would run as a formula are defused with a leading apostrophe.
 *
 * Finish times are written in the trainer's time zone (default Europe/Berlin) in a form Excel reads
 * as a date and time ("03.12.2026 17:10:05" for German, "2026-12-03 17:10:05" for English), not as
 * ISO text in UTC, which Excel leaves as text and which is an hour or two off a German clock.
 */
import { DIMENSIONS, isWrittenStep, type Locale, type PathStep } from '../../engine/index.ts';
import { t, type UiKeyOf } from '../../i18n/t.ts';
import type { RunRow } from '../repos/runs.ts';

const BOM = '\uFEFF';

/** The time zone finish times are written in unless the trainer chose another. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** True for an IANA time zone this runtime knows (what a `tz` parameter may name). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(zone) || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function cell(value: string | number | null, separator: string, locale: Locale): string {
  let text = value === null ? '' : typeof value === 'number' ? (locale === 'de' ? String(value).replace('.', ',') : String(value)) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The collected texts of a run's written replies, in order, one per line (none when not collected). */
function collectedReplies(path: readonly PathStep[]): string {
  return path
    .map((step) => (isWrittenStep(step) ? step.write.text : undefined))
    .filter((text): text is string => typeof text === 'string')
    .join('\n');
}

/** The path for a spreadsheet: choice ids, and a written reply as the features it was judged by. */
function pathText(path: readonly PathStep[]): string {
  return path.map((step) => (isWrittenStep(step) ? `✎(${step.write.features.join('+')})` : step)).join(' > ');
}

/** An ISO moment as local date and time in `timeZone`, in the form the locale's Excel reads as a date. */
export function excelDateTime(iso: string, locale: Locale, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  const time = `${parts['hour']}:${parts['minute']}:${parts['second']}`;
  return locale === 'de' ? `${parts['day']}.${parts['month']}.${parts['year']} ${time}` : `${parts['year']}-${parts['month']}-${parts['day']} ${time}`;
}

export interface CsvRun extends Pick<RunRow, 'scenario_id' | 'module' | 'ending_id' | 'outcome' | 'overall' | 'scores' | 'finished_at'> {
  pseudonym: string;
  /** The assignment's mode now; undefined when the scenario is no longer assigned. */
  mode: 'practice' | 'test' | undefined;
  /** 1 for the learner's first run of this scenario, 2 for the next, … (the order that counts for the mode). */
  attempt: number;
  /** The run that counts as first (test mode: the first to reach the server) and the best one. */
  first: boolean;
  best: boolean;
  /** The path: choice ids and written replies (with their text only where it was collected). */
  path: PathStep[];
}

export function runsCsv(runs: CsvRun[], locale: Locale, timeZone: string = DEFAULT_TIME_ZONE): string {
  const separator = locale === 'de' ? ';' : ',';
  const header = [
    t(locale, 'csv.pseudonym'),
    t(locale, 'csv.module'),
    t(locale, 'csv.scenario'),
    t(locale, 'csv.mode'),
    t(locale, 'csv.attempt'),
    t(locale, 'csv.counts'),
    t(locale, 'csv.ending'),
    t(locale, 'csv.overall'),
    ...DIMENSIONS.map((d) => t(locale, `dimension.${d}` as UiKeyOf<'dimension'>)),
    t(locale, 'csv.finished'),
    t(locale, 'csv.path'),
    t(locale, 'csv.replies'),
  ];
  const rows = runs.map((r) => {
    const scores = JSON.parse(r.scores) as Record<string, number>;
    const counts = [r.first ? t(locale, 'csv.first') : '', r.best ? t(locale, 'csv.best') : ''].filter(Boolean).join(', ');
    return [
      r.pseudonym,
      r.module,
      r.scenario_id,
      r.mode ? t(locale, r.mode === 'test' ? 'csv.test' : 'csv.practice') : '',
      r.attempt,
      counts,
      t(locale, `outcome.${r.outcome}` as UiKeyOf<'outcome'>),
      r.overall,
      ...DIMENSIONS.map((d) => scores[d] ?? null),
      excelDateTime(r.finished_at, locale, timeZone),
      pathText(r.path),
      collectedReplies(r.path),
    ];
  });
  const lines = [header, ...rows].map((row) => row.map((v) => cell(v, separator, locale)).join(separator));
  // CRLF: what Excel writes and reads most reliably.
  return (locale === 'de' ? BOM : '') + lines.join('\r\n') + '\r\n';
}
