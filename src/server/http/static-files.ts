/**
 * Serves the prerendered site (dist/client): lessons, assets, sounds. Paths never leave the folder.
 * Hashed assets (/_astro/) are cached for a year; everything else is revalidated. Text files are
 * sent as their brotli or gzip twin from the build (src/build/precompress.mjs) when the browser
 * accepts it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** The file for a URL path, or undefined. */
export function staticFileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const candidate = normalize(join(root, decoded));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if (statSync(file).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

/** Content codings the browser accepts (`br`, `gzip`), honouring `q=0` as a refusal. */
function acceptedEncodings(header: string | string[] | undefined): Set<string> {
  const accepted = new Set<string>();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

const ENCODINGS = [
  ['br', '.br'],
  ['gzip', '.gz'],
] as const;

export function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status = 200): void {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  // The twins the build made of this file, in order of preference; the first the browser accepts.
  const twins = ENCODINGS.filter(([, suffix]) => existsSync(file + suffix));
  const accepted = acceptedEncodings(req.headers['accept-encoding']);
  const [encoding, suffix] = twins.find(([name]) => accepted.has(name)) ?? [];
  const twin = encoding ? { path: file + suffix, encoding } : undefined;
  const body = twin?.path ?? file;
  res.writeHead(status, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    'content-length': statSync(body).size,
    ...(twin ? { 'content-encoding': twin.encoding } : {}),
    // Caches must keep the variants apart, whether or not this response was compressed.
    ...(twins.length ? { vary: 'Accept-Encoding' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}
