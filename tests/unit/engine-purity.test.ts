/**
 * The engine (and the reply analyser, where it exists) stay pure TypeScript: they import only zod
 * and each other, by any route, and touch no platform global. The detector
 * (tests/support/find-impurities.ts) is itself tested first on samples, so this test can fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findImpurities } from '../support/find-impurities.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
/** The pure folders: each may import the others (the engine uses the analyser and vice versa). */
const PURE_ROOTS = ['engine', 'analysis'].map((d) => join(SRC, d));
/** Those that exist on this branch (the analyser may not yet). */
const PRESENT_ROOTS = PURE_ROOTS.filter((d) => existsSync(d));

/** zod (and its subpaths), or a relative path that stays inside a pure folder. */
function allowedFrom(file: string) {
  return (specifier: string) => {
    if (specifier === 'zod' || specifier.startsWith('zod/')) return true;
    if (!specifier.startsWith('./') && !specifier.startsWith('../')) return false;
    const target = resolve(dirname(file), specifier);
    return PURE_ROOTS.some((root) => target.startsWith(root + sep));
  };
}

const impuritiesOf = (source: string, file: string) => findImpurities(source, file, allowedFrom(file));

/** Every .ts/.tsx file under `dir`, subfolders included. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

describe('the purity detector', () => {
  const sample = join(SRC, 'engine', 'sample.ts');

  it.each([
    ['a side-effect import', "import 'node:fs';", "side-effect import of 'node:fs'"],
    ['a default import', "import React from 'react';", "import of 'react'"],
    ['a type-only import', "import type { AstroGlobal } from 'astro';", "import of 'astro'"],
    ['an import over several lines', "import {\n  Howl,\n} from 'howler';", "import of 'howler'"],
    ['export * from', "export * from 'node:path';", "export … from of 'node:path'"],
    ['export { } from outside the pure folders', "export { db } from '../server/db/instance.ts';", "export … from of '../server/db/instance.ts'"],
    ['a dynamic import', "const fs = await import('node:fs');", "dynamic import() of 'node:fs'"],
    ['a dynamic import of a computed name', 'const m = await import(name);', 'dynamic import() of a computed module'],
    ['require', "const fs = require('fs');", "uses the global 'require'"],
    ['import = require', "import fs = require('fs');", "import = require of 'fs'"],
    ['an import() type', "type C = import('react').FC;", "import() type of 'react'"],
    ['globalThis', 'globalThis.cache = {};', "uses the global 'globalThis'"],
    ['typeof window', "const browser = typeof window !== 'undefined';", "uses the global 'window'"],
    ['document', "document.title = 'x';", "uses the global 'document'"],
    ['process.env', 'const env = process.env;', "uses the global 'process'"],
    ['process by index', "const env = process['env'];", "uses the global 'process'"],
    ['process destructured', 'const { env } = process;', "uses the global 'process'"],
    ['a global in shorthand', 'const o = { document };', "uses the global 'document'"],
    ['a global in a type', 'type W = typeof window;', "uses the global 'window'"],
    ['a timer', 'setTimeout(() => {}, 10);', "uses the global 'setTimeout'"],
    ['import.meta', 'const env = import.meta.env;', 'uses import.meta'],
  ])('flags %s', (_, source, expected) => {
    expect(impuritiesOf(source, sample)).toEqual([expect.stringContaining(expected)]);
  });

  it.each([
    ['an import of zod', "import { z } from 'zod';"],
    ['an import of another engine file', "import { startRun } from './run.ts';"],
    ['a re-export of another engine file', "export * from './scoring.ts';"],
    ['an import of the analyser', "import { analyse } from '../analysis/analyse.ts';"],
    ['words in comments and strings', "// process each node; never touch window or document\nconst s = 'process.env, window.document';"],
    ['property names and keys', 'const o = { process: 1, window: 2 };\nconst n = o.process + o.window;\ninterface I { document: string; location(): void }'],
    ['a renamed destructured property', 'const { document: doc } = scenario;'],
  ])('leaves %s alone', (_, source) => {
    expect(impuritiesOf(source, sample)).toEqual([]);
  });

  it('names the line of each problem', () => {
    expect(impuritiesOf("import { z } from 'zod';\n\nimport 'node:fs';", sample)).toEqual(["line 3: side-effect import of 'node:fs'"]);
  });
});

describe.each(PRESENT_ROOTS.map((root) => [relative(SRC, root), root]))('src/%s', (_, root) => {
  it.each(sourceFiles(root).map((file) => [relative(root, file), file]))('%s imports only zod and pure files and touches no platform global', (_, file) => {
    expect(impuritiesOf(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});
