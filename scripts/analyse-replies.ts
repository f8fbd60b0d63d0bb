/**
 * node scripts/analyse-replies.ts (npm run analyse:replies): reads JSON lines {"id","lang","text"} on
 * standard input and writes one JSON line per input: {"id","features":[…],"ranges":{…},"version"}.
 * A line that cannot be analysed gives {"id","error"} on standard output and a message on standard
 * error; the run goes on. `--help` prints the usage.
 */
import { createInterface } from 'node:readline';
import { analyseReply, type ReplyLang } from '../src/analysis/index.ts';

const USAGE = `Usage: node scripts/analyse-replies.ts < replies.jsonl > analysed.jsonl
       npm run analyse:replies --silent < replies.jsonl

Reads one JSON object per line: {"id": "r1", "lang": "de" | "en", "text": "…"}
Writes one JSON object per input line, in the same order:
  {"id": "r1", "features": ["acknowledge", …], "ranges": {"acknowledge": [[0, 24]]}, "version": "…"}
Ranges are UTF-16 offsets into "text" (end exclusive), as JavaScript's String.slice counts.
A line that is not valid gives {"id": …, "error": "…"} instead and a message on standard error.
Empty lines are skipped. The exit code is 0 unless standard input cannot be read.`;

/** What one input line becomes: an analysis line or an error line. */
export function analyseLine(line: string): { id: unknown; features: string[]; ranges: Record<string, [number, number][]>; version: string } | { id: unknown; error: string } {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: null, error: 'not valid JSON' };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { id: null, error: 'expected a JSON object {"id","lang","text"}' };
  const record = input as Record<string, unknown>;
  const id = typeof record['id'] === 'string' || typeof record['id'] === 'number' ? record['id'] : null;
  if (id === null) return { id: null, error: '"id" must be a string or a number' };
  if (record['lang'] !== 'de' && record['lang'] !== 'en') return { id, error: '"lang" must be "de" or "en"' };
  if (typeof record['text'] !== 'string') return { id, error: '"text" must be a string' };
  const analysis = analyseReply(record['text'], record['lang'] as ReplyLang);
  return {
    id,
    features: analysis.features.map((f) => f.id),
    ranges: Object.fromEntries(analysis.features.map((f) => [f.id, f.ranges])),
    version: analysis.version,
  };
}

if (import.meta.main) {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(USAGE);
    process.exit(0);
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const out = analyseLine(line);
    if ('error' in out) console.error(`line ${lineNumber}: ${out.error}`);
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}
