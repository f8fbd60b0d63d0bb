/**
 * Reads labelled replies: JSON lines {"id","lang","comment_id","text","labels":[feature ids]}.
 * Lines that do not fit are returned as problems with file and line, never skipped silently.
 */
import { readFileSync } from 'node:fs';
import { FEATURE_IDS, type FeatureId, type ReplyLang } from '../../src/analysis/index.ts';

/** One labelled reply. */
export interface LabelledReply {
  file: string;
  line: number;
  id: string;
  lang: ReplyLang;
  commentId: string | undefined;
  text: string;
  labels: FeatureId[];
}

/** Parses the JSONL files; `problems` names every line that was left out and why. */
export function readLabelled(files: readonly string[]): { replies: LabelledReply[]; problems: string[] } {
  const replies: LabelledReply[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((raw, index) => {
      if (raw.trim() === '') return;
      const where = `${file}:${index + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch {
        problems.push(`${where}: not valid JSON`);
        return;
      }
      const r = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
      const id = typeof r['id'] === 'number' ? String(r['id']) : r['id'];
      if (typeof id !== 'string' || id === '') return void problems.push(`${where}: "id" must be a non-empty string`);
      if (r['lang'] !== 'de' && r['lang'] !== 'en') return void problems.push(`${where} (${id}): "lang" must be "de" or "en"`);
      if (typeof r['text'] !== 'string') return void problems.push(`${where} (${id}): "text" must be a string`);
      const labels = r['labels'];
      if (!Array.isArray(labels)) return void problems.push(`${where} (${id}): "labels" must be an array of feature ids`);
      const unknown = labels.filter((l) => !(FEATURE_IDS as readonly unknown[]).includes(l));
      if (unknown.length > 0) return void problems.push(`${where} (${id}): unknown feature id(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}`);
      const commentId = r['comment_id'];
      replies.push({ file, line: index + 1, id, lang: r['lang'], commentId: typeof commentId === 'string' ? commentId : undefined, text: r['text'], labels: [...new Set(labels as FeatureId[])] });
    });
  }
  return { replies, problems };
}
