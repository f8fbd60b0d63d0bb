/**
 * How the BUILT server delivers the prerendered site: the build's brotli or gzip twin when the
 * browser accepts it (refusals with q=0 honoured), the plain file otherwise, always with the exact
 * length and `Vary: Accept-Encoding`; hashed assets cached for a year, pages revalidated; and a
 * Content-Security-Policy that lets only the build's own inline script run.
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
});
