/**
 * Reads labelled replies. Two layouts are understood, both under tests/replies/:
 * - combined: each line `{"id","lang","comment_id","text","labels":[feature ids]}` (e.g. sample-de.jsonl);
 * - split, as the labelled data set keeps them: `texts-<lang>.jsonl` (`{"id","lang","comment_id","text"}`)
 *   with labels by id in `labels-<lang>.jsonl` (adjudicated), or, until that exists, in a labelling
 *   pass `labels-<pass>-<lang>.jsonl` (pass "a" unless another is chosen).
 * Lines that do not fit are returned as problems with file and line, never skipped silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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

interface JsonLine {
  where: string;
  file: string;
  line: number;
  value: Record<string, unknown>;
}

function readJsonLines(file: string, problems: string[]): JsonLine[] {
  const out: JsonLine[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      const where = `${file}:${index + 1}`;
      try {
        const value: unknown = JSON.parse(raw);
        if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push(`${where}: expected a JSON object`);
        else out.push({ where, file, line: index + 1, value: value as Record<string, unknown> });
      } catch {
        problems.push(`${where}: not valid JSON`);
      }
    });
  return out;
}

const idOf = (v: Record<string, unknown>) => (typeof v['id'] === 'number' ? String(v['id']) : v['id']);

/** Checks one record with its labels; returns a reply or pushes a problem. */
function toReply(line: JsonLine, labels: unknown, problems: string[]): LabelledReply | undefined {
  const r = line.value;
  const id = idOf(r);
  if (typeof id !== 'string' || id === '') return void problems.push(`${line.where}: "id" must be a non-empty string`);
  if (r['lang'] !== 'de' && r['lang'] !== 'en') return void problems.push(`${line.where} (${id}): "lang" must be "de" or "en"`);
  if (typeof r['text'] !== 'string') return void problems.push(`${line.where} (${id}): "text" must be a string`);
  if (!Array.isArray(labels)) return void problems.push(`${line.where} (${id}): "labels" must be an array of feature ids`);
  const unknown = labels.filter((l) => !(FEATURE_IDS as readonly unknown[]).includes(l));
  if (unknown.length > 0) return void problems.push(`${line.where} (${id}): unknown feature id(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}`);
  const commentId = r['comment_id'];
  return { file: line.file, line: line.line, id, lang: r['lang'], commentId: typeof commentId === 'string' ? commentId : undefined, text: r['text'], labels: [...new Set(labels as FeatureId[])] };
}

/** Parses combined-layout files (every line carries its text and labels). */
export function readLabelled(files: readonly string[]): { replies: LabelledReply[]; problems: string[] } {
  const replies: LabelledReply[] = [];
  const problems: string[] = [];
  for (const file of files) {
    for (const line of readJsonLines(file, problems)) {
      const reply = toReply(line, line.value['labels'], problems);
      if (reply) replies.push(reply);
    }
  }
  return { replies, problems };
}

/** Joins a texts file with a labels file by id; every text needs labels and every label a text. */
export function readSplit(textsFile: string, labelsFile: string): { replies: LabelledReply[]; problems: string[] } {
  const problems: string[] = [];
  const labels = new Map<string, unknown>();
  for (const line of readJsonLines(labelsFile, problems)) {
    const id = idOf(line.value);
    if (typeof id !== 'string') problems.push(`${line.where}: "id" must be a string`);
    else if (labels.has(id)) problems.push(`${line.where}: duplicate id ${id}`);
    else labels.set(id, line.value['labels']);
  }
  const replies: LabelledReply[] = [];
  const seen = new Set<string>();
  for (const line of readJsonLines(textsFile, problems)) {
    const id = idOf(line.value);
    if (typeof id === 'string') seen.add(id);
    if (typeof id === 'string' && !labels.has(id)) {
      problems.push(`${line.where} (${id}): no labels in ${labelsFile}`);
      continue;
    }
    const reply = toReply(line, typeof id === 'string' ? labels.get(id) : undefined, problems);
    if (reply) replies.push(reply);
  }
  for (const id of labels.keys()) if (!seen.has(id)) problems.push(`${labelsFile}: labels for ${id}, which has no text in ${textsFile}`);
  return { replies, problems };
}

/** The labelled sets in a directory: combined files as they are, split files as text + chosen labels. */
export function labelledSetsIn(dir: string, pass = 'a'): { combined: string[]; split: { texts: string; labels: string }[]; problems: string[] } {
  const names = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const combined = names.filter((n) => !/^(texts|labels)-/.test(n)).map((n) => join(dir, n));
  const split: { texts: string; labels: string }[] = [];
  const problems: string[] = [];
  for (const texts of names.filter((n) => /^texts-[a-z]+\.jsonl$/.test(n))) {
    const lang = basename(texts, '.jsonl').slice('texts-'.length);
    const adjudicated = join(dir, `labels-${lang}.jsonl`);
    const passFile = join(dir, `labels-${pass}-${lang}.jsonl`);
    const labels = existsSync(adjudicated) ? adjudicated : passFile;
    if (existsSync(labels)) split.push({ texts: join(dir, texts), labels });
    else problems.push(`${join(dir, texts)}: no labels (neither labels-${lang}.jsonl nor labels-${pass}-${lang}.jsonl)`);
  }
  return { combined, split, problems };
}

/** Reads every labelled reply in a directory (see the file comment for the layouts). */
export function readLabelledDirectory(dir: string, pass = 'a'): { replies: LabelledReply[]; problems: string[]; sources: string[] } {
  const sets = labelledSetsIn(dir, pass);
  const combined = readLabelled(sets.combined);
  const replies = [...combined.replies];
  const problems = [...sets.problems, ...combined.problems];
  for (const s of sets.split) {
    const read = readSplit(s.texts, s.labels);
    replies.push(...read.replies);
    problems.push(...read.problems);
  }
  const ids = new Map<string, string>();
  for (const r of replies) {
    const before = ids.get(r.id);
    if (before) problems.push(`${r.file}:${r.line}: id ${r.id} also in ${before}`);
    ids.set(r.id, `${r.file}:${r.line}`);
  }
  return { replies, problems, sources: [...sets.combined, ...sets.split.map((s) => `${s.texts} + ${s.labels}`)] };
}
