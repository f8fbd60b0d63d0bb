/**
 * The analyser stays pure (no framework, DOM or node: imports, no dependencies) and its word lists
 * compile and say their licence.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/analysis/lexicon/compile.ts';
import { de } from '../../../src/analysis/lexicon/de.ts';
import { en } from '../../../src/analysis/lexicon/en.ts';

const dir = fileURLToPath(new URL('../../../src/analysis/', import.meta.url));
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('the analyser', () => {
  it.each(files)('%s imports only other analyser files', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const spec of imports) expect(spec!.startsWith('./') || spec!.startsWith('../'), `${file} imports ${spec}`).toBe(true);
    for (const spec of imports) expect(spec!.startsWith('../../'), `${file} reaches outside src/analysis: ${spec}`).toBe(false);
    expect(source).not.toMatch(/\b(window|document|localStorage|process)\./);
  });

  it.each([['de', de], ['en', en]] as const)('compiles every %s pattern', (_lang, data) => {
    expect(() => compileLexicon(data)).not.toThrow();
  });

  it.each(files.filter((f) => f.startsWith('lexicon/') && !f.endsWith('types.ts') && !f.endsWith('compile.ts')))('%s states its licence', (file) => {
    expect(readFileSync(join(dir, file), 'utf8')).toMatch(/Licence: written by the Candystorm team/);
  });
});
