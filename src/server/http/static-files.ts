/**
 * Serves the prerendered site (dist/client): lessons, assets, sounds. Paths never leave the folder.
 * Hashed assets (/_astro/, among them the islands' script and the parts of the lean twins) are
 * cached for a year; everything else is revalidated (the lean twins `…/index.lean.html` as pages). Text files are
 * sent as their brotli or gzip twin from the build (src/build/precompress.mjs) when the browser
 * accepts it. Every representation (plain, brotli, gzip) has its own strong ETag and a
 * Last-Modified date, so a returning browser revalidates with If-None-Match / If-Modified-Since
 * and gets an empty 304 for what has not changed (conditional-get.ts).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync, type Stats } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { isNotModified } from './conditional-get.ts';

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
  '.webmanifest': 'application/manifest+json',
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

/** Entity tags by file path, with the size and time they were computed for. */
const tagCache = new Map<string, { size: number; mtimeMs: number; etag: string }>();

/**
 * A strong entity tag for the bytes of `file`: a hash of its content, computed on the first request
 * and kept while its size and time stay the same (a new build replaces the file). A content hash
 * rather than size+time, because the twins of one page are distinct representations that must never
 * share a tag, and a copied or rebuilt but unchanged file should keep its tag.
 */
function entityTag(file: string, stat: Stats): string {
  const cached = tagCache.get(file);
  if (cached && cached.size === stat.size && cached.mtimeMs === stat.mtimeMs) return cached.etag;
  const etag = `"${createHash('sha256').update(readFileSync(file)).digest('base64url').slice(0, 27)}"`;
  tagCache.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, etag });
  return etag;
}

/**
 * Sends `file` (or the twin the browser accepts) with `status`. For a 200, a GET or HEAD whose
 * If-None-Match / If-Modified-Since still matches gets 304 without a body instead; a 404 page is
 * never conditional (RFC 9110 §13.2.1: conditions apply only to what would be a 2xx).
 */
export function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status = 200): void {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  // The twins the build made of this file, in order of preference; the first the browser accepts.
  const twins = ENCODINGS.filter(([, suffix]) => existsSync(file + suffix));
  const accepted = acceptedEncodings(req.headers['accept-encoding']);
  const [encoding, suffix] = twins.find(([name]) => accepted.has(name)) ?? [];
  const twin = encoding ? { path: file + suffix, encoding } : undefined;
  const body = twin?.path ?? file;
  const stat = statSync(body);
  const etag = entityTag(body, stat);
  // What a 304 must repeat from the 200 it stands for (RFC 9110 §15.4.5); the security headers,
  // the Content-Security-Policy among them, are already set on every response.
  const cacheHeaders = {
    etag,
    'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    // Caches must keep the variants apart, whether or not this response was compressed.
    ...(twins.length ? { vary: 'Accept-Encoding' } : {}),
    // A lean twin (src/build/lean-pages.mjs) is the service worker's material, not a page to find.
    ...(path.endsWith('.lean.html') ? { 'x-robots-tag': 'noindex' } : {}),
  };
  const conditions = { ifNoneMatch: req.headers['if-none-match'], ifModifiedSince: req.headers['if-modified-since'] };
  if (status === 200 && (req.method === 'GET' || req.method === 'HEAD') && isNotModified(conditions, { etag, lastModifiedMs: stat.mtimeMs })) {
    res.writeHead(304, cacheHeaders).end();
    return;
  }
  res.writeHead(status, {
    ...cacheHeaders,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': stat.size,
    'last-modified': stat.mtime.toUTCString(),
    ...(twin ? { 'content-encoding': twin.encoding } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(body)
    .on('error', () => res.destroy())
    .pipe(res);
}
