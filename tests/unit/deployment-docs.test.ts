/**
 * docs/deployment.md shows the nginx configuration the reverse-proxy browser test runs
 * (tests/e2e/behind-tls-proxy.spec.ts reads docs/nginx.conf): the two must not drift apart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');

it('docs/deployment.md shows docs/nginx.conf exactly', () => {
  const doc = readFileSync(resolve(ROOT, 'docs', 'deployment.md'), 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(block, 'a ```nginx block in docs/deployment.md').toBeDefined();
  expect(block).toBe(readFileSync(resolve(ROOT, 'docs', 'nginx.conf'), 'utf8'));
});
