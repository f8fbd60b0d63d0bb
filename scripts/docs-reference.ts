/**
 * npm run docs:reference [-- --check]
 * Writes docs/reference.md from the content and the schema (src/content-check/reference-tables.ts).
 * With --check it writes nothing and exits 1 when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildReference } from '../src/content-check/reference-tables.ts';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'docs/reference.md');
const fresh = buildReference(root);
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // A missing file is out of date too.
  }
  if (current !== fresh) {
    console.error('docs/reference.md is out of date: run npm run docs:reference and commit the result.');
    process.exit(1);
  }
  console.log('docs/reference.md is up to date.');
} else {
  writeFileSync(target, fresh);
  console.log('wrote docs/reference.md');
}
