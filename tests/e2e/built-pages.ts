/** The URL of every page in the built site (dist/), so tests cover pages as they are added. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function builtPages(): string[] {
  const dist = join(import.meta.dirname, '..', '..', 'dist', 'client');
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}
