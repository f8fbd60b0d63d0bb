/**
 * Every lesson has a "Schreib selbst / Write your own" task, and each task can be solved: its own
 * example reply, run through the same analyser the learner's reply goes through, has everything
 * the task wants and nothing it avoids. So a changed word list that breaks a task fails here, not
 * in a classroom.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseReply, FEATURE_IDS, featureIdsOf, type ReplyLang } from '../../src/analysis/index.ts';

const lessonsDir = fileURLToPath(new URL('../../content/lessons/', import.meta.url));

interface Task {
  file: string;
  lang: ReplyLang;
  attrs: Record<string, string>;
  wants: string[];
  avoid: string[];
}

function tasksIn(lang: ReplyLang): Task[] {
  const dir = join(lessonsDir, lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return [...source.matchAll(/<WriteYourOwn\b([\s\S]*?)\/>/g)].map((m) => {
        const body = m[1]!;
        const attrs = Object.fromEntries([...body.matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
        const list = (name: string) => JSON.parse(new RegExp(`${name}=\\{(\\[[^\\]]*\\])\\}`).exec(body)?.[1] ?? 'null') as string[];
        return { file: `${lang}/${file}`, lang, attrs, wants: list('wants'), avoid: list('avoid') };
      });
    });
}

const lessonCount = (lang: ReplyLang) => readdirSync(join(lessonsDir, lang)).filter((f) => f.endsWith('.mdx')).length;

describe.each(['de', 'en'] as const)('Write-your-own tasks in the %s lessons', (lang) => {
  const tasks = tasksIn(lang);

  it('every lesson has exactly one task, with a unique id', () => {
    expect(lessonCount(lang)).toBeGreaterThanOrEqual(10);
    expect(new Set(tasks.map((t) => t.file)).size).toBe(lessonCount(lang));
    expect(tasks.length).toBe(lessonCount(lang));
    const ids = tasks.map((t) => t.attrs['id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every task names known features and has an author, a comment and an example', () => {
    for (const task of tasks) {
      expect(task.wants.length, task.file).toBeGreaterThan(0);
      expect([...task.wants, ...task.avoid].every((f) => (FEATURE_IDS as readonly string[]).includes(f)), task.file).toBe(true);
      for (const name of ['id', 'author', 'comment', 'example']) expect(task.attrs[name]?.trim(), `${task.file} ${name}`).toBeTruthy();
    }
  });

  it("every task's example has all it wants and nothing it avoids", () => {
    for (const task of tasks) {
      const found = featureIdsOf(analyseReply(task.attrs['example']!, lang));
      expect({ file: task.file, missing: task.wants.filter((f) => !found.includes(f as never)), slipped: task.avoid.filter((f) => found.includes(f as never)) }).toEqual({ file: task.file, missing: [], slipped: [] });
    }
  });

  if (lang === 'de') {
    it('the German tasks use no gender colon', () => {
      for (const task of tasks) expect(Object.values(task.attrs).join(' '), task.file).not.toMatch(/\p{L}:innen/u);
    });
  }
});
