/**
 * Quote spans: words inside quotation marks are the other person's words being quoted ("you called
 * me an „Idiot“"), so detectors of the writer's own insults and threats skip them.
 */
import type { Range } from './types.ts';

// Opening mark → the marks that may close it. German „…“ and ‚…‘, English “…”, guillemets both ways.
const CLOSERS: Record<string, string> = { '„': '“”"', '“': '”“', '”': '”', '"': '"', '«': '»', '»': '«', '‚': '‘’', '‹': '›', '›': '‹' };

/** Finds quoted spans (marks included) in the original text; an unclosed mark quotes nothing. */
export function findQuoteSpans(text: string): Range[] {
  const spans: Range[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = CLOSERS[ch];
    // A single quote opens only after a space or at the start, so apostrophes ("geht's") never do.
    const single = ch === "'" && (i === 0 || /\s/.test(text[i - 1]!));
    if (closers || single) {
      const close = findCloser(text, i + 1, closers ?? "'", single);
      if (close > 0) {
        spans.push([i, close + 1]);
        i = close + 1;
        continue;
      }
    }
    i += 1;
  }
  return spans;
}

function findCloser(text: string, from: number, closers: string, single: boolean): number {
  // Quotes of a few words only: a mark 300 characters on is more likely a stray one.
  const limit = Math.min(text.length, from + 300);
  for (let j = from; j < limit; j++) {
    if (text[j] === '\n') return -1;
    if (closers.includes(text[j]!)) {
      if (!single) return j;
      if (j + 1 >= text.length || !/[\p{L}\p{N}]/u.test(text[j + 1]!)) return j;
    }
  }
  return -1;
}
