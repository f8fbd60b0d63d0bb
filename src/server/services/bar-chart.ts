/**
 * A horizontal bar chart as a standalone SVG string, drawn on the server for the class's projector
 * view: one bar per choice (or ending) with its label and its count, in type large enough to read
 * from the back of a classroom. No script, no external font; colours as attributes with enough
 * contrast on white. The SVG is an image with a title and a description naming every bar, so a
 * screen reader gets the same numbers as the picture.
 */
import { escapeXml } from '../../scenario-map/xml-escape.ts';

export interface Bar {
  label: string;
  count: number;
}

export interface BarChartOptions {
  /** The chart's title (the decision's prompt), also its accessible name. */
  title: string;
  /** How a bar's number is written, e.g. (n, share) => "3 (50 %)". */
  valueText: (count: number, share: number) => string;
  /** Id prefix for the title and description, unique on the page. */
  idPrefix: string;
}

const WIDTH = 960;
const LABEL_FONT = 26;
const LINE = 32;
const BAR_HEIGHT = 30;
const GAP = 22;
const LABEL_CHARS = 60;
const VALUE_SPACE = 190;

/** A label cut into lines of at most LABEL_CHARS characters at word boundaries (at most three lines). */
function wrap(text: string): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line + ' ' + word).length > LABEL_CHARS) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2]!.slice(0, LABEL_CHARS - 1)}…`] : lines;
}

/** The chart for `bars` (shares of their sum). */
export function barChartSvg(bars: readonly Bar[], options: BarChartOptions): string {
  const total = bars.reduce((sum, b) => sum + b.count, 0);
  const share = (count: number) => (total > 0 ? Math.round((count * 100) / total) : 0);
  const parts: string[] = [];
  const described: string[] = [];
  let y = 10;
  for (const bar of bars) {
    const lines = wrap(bar.label);
    lines.forEach((text, i) => parts.push(`<text x="0" y="${y + LABEL_FONT + i * LINE}" font-size="${LABEL_FONT}" fill="#111827">${escapeXml(text)}</text>`));
    y += lines.length * LINE + 8;
    const value = options.valueText(bar.count, share(bar.count));
    const width = total > 0 ? Math.round(((WIDTH - VALUE_SPACE) * bar.count) / total) : 0;
    parts.push(`<rect x="0" y="${y}" width="${WIDTH - VALUE_SPACE}" height="${BAR_HEIGHT}" fill="#e5e7eb"/>`);
    if (width > 0) parts.push(`<rect x="0" y="${y}" width="${width}" height="${BAR_HEIGHT}" fill="#1d4ed8"/>`);
    parts.push(`<text x="${WIDTH - VALUE_SPACE + 14}" y="${y + BAR_HEIGHT - 4}" font-size="${LABEL_FONT}" font-weight="700" fill="#111827">${escapeXml(value)}</text>`);
    described.push(`${bar.label}: ${value}`);
    y += BAR_HEIGHT + GAP;
  }
  const height = y;
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-labelledby="${titleId} ${descId}" font-family="system-ui, sans-serif">` +
    `<title id="${titleId}">${escapeXml(options.title)}</title>` +
    `<desc id="${descId}">${escapeXml(described.join('; '))}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
