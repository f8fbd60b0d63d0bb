/**
 * How the BUILT server delivers the prerendered site: the build's brotli or gzip twin when the
 * browser accepts it (refusals with q=0 honoured), the plain file otherwise, always with the exact
 * length and `Vary: Accept-Encoding`; hashed assets cached for a year, pages revalidated, and a
 * revalidation of an unchanged file answered with an empty 304; and a Content-Security-Policy that
 * lets only the build's own inline script run.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startApiServer, type ApiServer } from '../support/api-server.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body is returned as sent (fetch would decompress it). */
function raw(url: string, path: string, headers: Record<string, string>, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const client = join(ROOT, 'dist', 'client');
const LESSON = '/module/deeskalieren/';
const lessonHtml = () => readFileSync(join(client, LESSON, 'index.html'));

describe('static delivery and its headers', () => {
  let server: ApiServer;
  beforeAll(async () => {
    server = await startApiServer('sqlite');
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('sends the brotli twin to a browser that accepts brotli', async () => {
    const res = await raw(server.url, LESSON, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(brotliDecompressSync(res.body).equals(lessonHtml())).toBe(true);
    expect(res.body.length).toBeLessThan(lessonHtml().length / 3);
  });

  it('sends gzip where brotli is not accepted or refused with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const res = await raw(server.url, LESSON, { 'accept-encoding': accept });
      expect(res.headers['content-encoding'], accept).toBe('gzip');
      expect(gunzipSync(res.body).equals(lessonHtml()), accept).toBe(true);
    }
  });

  it('sends the plain file to a client that accepts no compression, with the same Vary', async () => {
    const res = await raw(server.url, LESSON, {});
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.body.equals(lessonHtml())).toBe(true);
  });

  it('answers HEAD with the length of what GET would send, and no body', async () => {
    const res = await raw(server.url, LESSON, { 'accept-encoding': 'br' }, 'HEAD');
    expect(res.body.length).toBe(0);
    expect(Number(res.headers['content-length'])).toBe(readFileSync(join(client, LESSON, 'index.html.br')).length);
  });

  it('caches hashed assets for a year and revalidates pages', async () => {
    const asset = readdirSync(join(client, '_astro')).find((f) => f.endsWith('.js'));
    expect(asset, 'the build has a hashed script (howler)').toBeTruthy();
    expect((await raw(server.url, `/_astro/${asset}`, {})).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await raw(server.url, LESSON, {})).headers['cache-control']).toBe('no-cache');
  });

  it('serves a lesson’s lean twin as a page nobody should find, and its islands’ script and parts as hashed files', async () => {
    const twin = await raw(server.url, `${LESSON}index.lean.html`, { 'accept-encoding': 'br' });
    expect(twin.status).toBe(200);
    expect(twin.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(twin.headers['cache-control']).toBe('no-cache');
    expect(twin.headers['x-robots-tag']).toBe('noindex');
    expect(twin.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(twin.body).toString('utf8');
    // Small on the wire; everything it leaves out is a file under /_astro/, kept for a year.
    expect(twin.body.length).toBeLessThan(15 * 1024);
    const files = [...html.matchAll(/ (?:src|data-part)="(\/_astro\/[^"#]+)/g)].map((m) => m[1]!);
    expect(files.some((f) => /^\/_astro\/islands\.[0-9a-f]{16}\.js$/.test(f))).toBe(true);
    expect(files.some((f) => f.startsWith('/_astro/parts/'))).toBe(true);
    for (const file of new Set(files)) {
      const res = await raw(server.url, file, {});
      expect(res.status, file).toBe(200);
      expect(res.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
    }
    // The twin runs no inline script the policy does not already allow (it has the early-tap one).
    expect(html).not.toMatch(/<script type="module">/);
    expect((await raw(server.url, LESSON, {})).headers['x-robots-tag']).toBeUndefined();
  });

  it('lets exactly the build’s inline scripts run: their hashes, no unsafe-inline for scripts', async () => {
    const res = await raw(server.url, LESSON, {});
    const policy = String(res.headers['content-security-policy']);
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    const inline = [...res.body.toString('utf8').matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    const hash = createHash('sha256').update(inline[0]!, 'utf8').digest('base64');
    expect(scriptSrc.split(' ')).toContain(`'sha256-${hash}'`);
    // The same policy on a server-rendered answer.
    expect((await raw(server.url, '/trainer/', {})).headers['content-security-policy']).toBe(policy);
  });

  describe('revalidation (ETag, Last-Modified, 304)', () => {
    const BR = { 'accept-encoding': 'br' };

    it('answers a second request for an unchanged lesson with its ETag with 304, no body, and the caching headers', async () => {
      const first = await raw(server.url, LESSON, BR);
      const etag = String(first.headers['etag']);
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await raw(server.url, LESSON, { ...BR, 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['etag']).toBe(etag);
      expect(again.headers['vary']).toMatch(/accept-encoding/i);
      expect(again.headers['cache-control']).toBe('no-cache');
      expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    });

    it('sends the whole page again when the ETag is another one, or in a list with the right one', async () => {
      const etag = String((await raw(server.url, LESSON, BR)).headers['etag']);
      const changed = await raw(server.url, LESSON, { ...BR, 'if-none-match': `"${etag.slice(1, -2)}x"` });
      expect(changed.status).toBe(200);
      expect(brotliDecompressSync(changed.body).equals(lessonHtml())).toBe(true);
      expect((await raw(server.url, LESSON, { ...BR, 'if-none-match': `"other", W/${etag}` })).status).toBe(304);
      expect((await raw(server.url, LESSON, { ...BR, 'if-none-match': '*' })).status).toBe(304);
    });

    it('gives the brotli, gzip and plain page three different ETags, each valid only for itself', async () => {
      const variants = [{ 'accept-encoding': 'br' }, { 'accept-encoding': 'gzip' }, {}];
      const tags = await Promise.all(variants.map(async (h) => String((await raw(server.url, LESSON, h)).headers['etag'])));
      expect(new Set(tags).size).toBe(3);
      // The brotli tag does not revalidate the gzip or the plain copy.
      for (const h of variants.slice(1)) expect((await raw(server.url, LESSON, { ...h, 'if-none-match': tags[0]! })).status).toBe(200);
    });

    it('answers HEAD like GET: the same ETag, and 304 when it matches', async () => {
      const get = await raw(server.url, LESSON, BR);
      const head = await raw(server.url, LESSON, BR, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.headers['etag']).toBe(get.headers['etag']);
      const revalidated = await raw(server.url, LESSON, { ...BR, 'if-none-match': String(get.headers['etag']) }, 'HEAD');
      expect(revalidated.status).toBe(304);
      expect(revalidated.body.length).toBe(0);
    });

    it('revalidates by Last-Modified when no ETag is sent, and lets If-None-Match win over it', async () => {
      const first = await raw(server.url, LESSON, BR);
      const lastModified = String(first.headers['last-modified']);
      expect(Number.isNaN(Date.parse(lastModified))).toBe(false);
      expect((await raw(server.url, LESSON, { ...BR, 'if-modified-since': lastModified })).status).toBe(304);
      const before = new Date(Date.parse(lastModified) - 1000).toUTCString();
      expect((await raw(server.url, LESSON, { ...BR, 'if-modified-since': before })).status).toBe(200);
      // A stale ETag means a stale copy, whatever the date says.
      expect((await raw(server.url, LESSON, { ...BR, 'if-modified-since': lastModified, 'if-none-match': '"stale"' })).status).toBe(200);
    });

    it('revalidates a hashed asset under /_astro/ and keeps it immutable', async () => {
      const asset = readdirSync(join(client, '_astro')).find((f) => f.endsWith('.js'));
      const first = await raw(server.url, `/_astro/${asset}`, BR);
      expect(first.status).toBe(200);
      const again = await raw(server.url, `/_astro/${asset}`, { ...BR, 'if-none-match': String(first.headers['etag']) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it('never answers 304 for a page that does not exist', async () => {
      const res = await raw(server.url, '/gibt-es-nicht/', { 'if-none-match': '*' });
      expect(res.status).toBe(404);
      expect(res.body.length).toBeGreaterThan(0);
    });
  });
});
