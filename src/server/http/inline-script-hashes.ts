/**
 * The SHA-256 hashes of every inline script in the prerendered pages, for the Content-Security-
 * Policy: the browser then runs exactly the scripts the build made (the islands' script) and no
 * script an attacker manages to inject. Data in `<script type="application/json">` is not run by
 * the browser and needs no hash.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
const DATA_TYPE = /\btype="application\/(?:ld\+)?json"/;

export function inlineScriptHashes(clientDir: string): string[] {
  const hashes = new Set<string>();
  for (const name of readdirSync(clientDir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.html')) continue;
    for (const [, attributes, body] of readFileSync(join(clientDir, name), 'utf8').matchAll(INLINE_SCRIPT)) {
      if (DATA_TYPE.test(attributes!)) continue;
      hashes.add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
    }
  }
  return [...hashes].sort();
}
