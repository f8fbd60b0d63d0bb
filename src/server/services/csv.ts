/**
 * The class results as CSV that opens correctly in spreadsheet programs: for German Excel UTF-8 with
 * a byte-order mark, semicolons and decimal commas; for English locales commas. Cells that a
 * spreadsheet would run as a formula are defused with a leading apostrophe.
 */
import { DIMENSIONS, type Locale } from '../../engine/index.ts';
import { t, type UiKeyOf } from '../../i18n/t.ts';
import type { RunRow } from '../repos/runs.ts';

const BOM = '\uFEFF';

function cell(value: string | number | null, separator: string, locale: Locale): string {
  let text = value === null ? '' : typeof value === 'number' ? (locale === 'de' ? String(value).replace('.', ',') : String(value)) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvRun extends Pick<RunRow, 'scenario_id' | 'module' | 'ending_id' | 'outcome' | 'overall' | 'scores' | 'finished_at'> {
  pseudonym: string;
  /** The stored path (JSON), for the collected written replies; without it the column stays empty. */
  path?: string;
}

/** The collected texts of a run's written replies, in order, one per line (none when not collected). */
function collectedReplies(path: string | undefined): string {
  if (!path) return '';
  try {
    const steps = JSON.parse(path) as unknown[];
    return steps
      .map((s) => (typeof s === 'object' && s !== null && 'write' in s ? (s as { write: { text?: unknown } }).write.text : undefined))
      .filter((text): text is string => typeof text === 'string')
      .join('\n');
  } catch {
    return '';
  }
}

export function runsCsv(runs: CsvRun[], locale: Locale): string {
  const separator = locale === 'de' ? ';' : ',';
  const header = [
    t(locale, 'csv.pseudonym'),
    t(locale, 'csv.module'),
    t(locale, 'csv.scenario'),
    t(locale, 'csv.ending'),
    t(locale, 'csv.overall'),
    ...DIMENSIONS.map((d) => t(locale, `dimension.${d}` as UiKeyOf<'dimension'>)),
    t(locale, 'csv.finished'),
    t(locale, 'csv.replies'),
  ];
  const rows = runs.map((r) => {
    const scores = JSON.parse(r.scores) as Record<string, number>;
    return [r.pseudonym, r.module, r.scenario_id, t(locale, `outcome.${r.outcome}` as UiKeyOf<'outcome'>), r.overall, ...DIMENSIONS.map((d) => scores[d] ?? null), r.finished_at, collectedReplies(r.path)];
  });
  const lines = [header, ...rows].map((row) => row.map((v) => cell(v, separator, locale)).join(separator));
  // CRLF: what Excel writes and reads most reliably.
  return (locale === 'de' ? BOM : '') + lines.join('\r\n') + '\r\n';
}
