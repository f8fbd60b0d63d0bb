/**
 * The trainer's SCORM download against the BUILT server: a signed-in trainer gets the same package
 * as `npm run scorm` (a zip whose manifest declares module 4's SCO); bad parameters get a 4xx with
 * a sentence in the requested language; no one else gets a package. SQLite only: the route reads no
 * table besides the session.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainer, ROOT, signIn, startApiServer, type ApiServer } from '../support/api-server.ts';

describe('GET /trainer/scorm', () => {
  let server: ApiServer;
  let cookie: string;

  beforeAll(async () => {
    // The package is built from the project's content and build, wherever the test runs the server.
    server = await startApiServer('sqlite', { env: { CANDYSTORM_ROOT: ROOT } });
    await createTrainer(server.env, 'scorm@example.org', 'scorm-password-1');
    cookie = await signIn(server.url, 'scorm@example.org', 'scorm-password-1');
  });
  afterAll(() => server?.dispose());

  const get = (query: string, withCookie = true) => fetch(`${server.url}/trainer/scorm${query}`, { headers: withCookie ? { cookie } : {} });

  it('sends a signed-in trainer a SCORM 1.2 package of module 4 as a download', async () => {
    const res = await get('?module=4&lang=de&version=1.2');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="candystorm-m4-de-scorm12\.zip"$/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const manifest = strFromU8(files['imsmanifest.xml']!);
    expect(manifest).toContain('<schemaversion>1.2</schemaversion>');
    expect(manifest).toContain('adlcp:scormtype="sco" href="module/deeskalieren/index.html"');
    expect(strFromU8(files['module/deeskalieren/index.html']!)).toContain('data-scenarios="paket-verspaetet,');
    expect(files['scorm-reporter.js']?.length).toBeGreaterThan(1000);
  });

  it.each([
    ['?module=x', 400, 'Bitte wähle ein Modul'],
    ['?module=4&version=3', 400, 'SCORM-Version'],
    ['?module=4&lang=fr', 400, 'Die Sprache'],
    ['?module=99', 404, 'Dieses Modul gibt es nicht'],
    ['?module=99&lang=en', 404, 'There is no such module'],
    ['?scenario=gibt-es-nicht', 404, 'Kein Modul enthält'],
    ['?scenario=Bad%20Id&lang=en', 400, 'scenario name is not valid'],
  ])('answers %s with %i and words', async (query, status, words) => {
    const res = await get(query);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(words);
  });

  it('gives no package to someone who is not signed in', async () => {
    const res = await get('?module=4&lang=en', false);
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Please sign in');
  });
});
