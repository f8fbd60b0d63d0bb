import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const engineDir = fileURLToPath(new URL('../../src/engine/', import.meta.url));
const files = readdirSync(engineDir).filter((f) => f.endsWith('.ts'));

describe('the engine', () => {
  it.each(files)('%s imports only zod and other engine files', (file) => {
    const source = readFileSync(engineDir + file, 'utf8');
    const imports = [...source.matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    for (const spec of imports) expect(spec === 'zod' || spec!.startsWith('./'), `${file} imports ${spec}`).toBe(true);
    expect(source).not.toMatch(/\b(window|document|localStorage|process)\./);
  });
});
