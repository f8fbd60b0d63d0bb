/**
 * The learner core's boundaries, checked on the source: it is framework-free, the outbox and the
 * membership never import each other (core.ts wires them), and every localStorage key is spelled
 * out in exactly one file, the only one that reads and writes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const learnerFiles = readdirSync(`${srcDir}learner`).filter((f) => /\.tsx?$/.test(f));
const importsOf = (source: string) => [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
const read = (path: string) => readFileSync(`${srcDir}${path}`, 'utf8');

/** Every .ts/.tsx file under src, relative to it. */
function sourceFiles(dir = ''): string[] {
  return readdirSync(`${srcDir}${dir}`, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(`${path}/`);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the learner core (src/learner)', () => {
  it.each(learnerFiles)('%s is framework-free TypeScript', (file) => {
    expect(file).toMatch(/\.ts$/);
    for (const spec of importsOf(read(`learner/${file}`))) {
      expect(spec, `${file} imports ${spec}`).not.toMatch(/^(react|react-dom|astro|@astrojs|howler|node:)|\.tsx$|islands\//);
    }
  });

  it('keeps the outbox and the membership apart: only core.ts knows both', () => {
    expect(importsOf(read('learner/outbox.ts')).filter((s) => /membership/.test(s))).toEqual([]);
    expect(importsOf(read('learner/membership-store.ts')).filter((s) => /outbox|core/.test(s))).toEqual([]);
  });

  it('lets only api-client.ts call fetch', () => {
    const callers = learnerFiles.filter((f) => /\bfetch\(/.test(read(`learner/${f}`)));
    expect(callers).toEqual(['api-client.ts']);
  });
});

describe('storage keys', () => {
  it.each([
    ['candystorm:membership', 'learner/membership-store.ts'],
    ['candystorm:outbox', 'learner/outbox.ts'],
    ['candystorm:prefs', 'stores/prefs-store.ts'],
    ['candystorm:progress:', 'stores/simulator-store.ts'],
  ])('%s is spelled out in one file only: %s', (key, owner) => {
    const quoted = new RegExp(`['"\`]${key}`);
    expect(sourceFiles().filter((f) => quoted.test(read(f)))).toEqual([owner]);
  });
});
