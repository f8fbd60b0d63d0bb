/**
 * Every page passes the W3C Nu HTML checker without errors: each prerendered page in dist/client,
 * and the pages the server renders (trainer sign-in, trainer home, class dashboard, a learner's
 * results, both languages) fetched as the server sends them. One checker run per group of pages.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { api, createTrainer, signIn, startApiServer } from '../support/api-server.ts';
import { describeErrors, validateHtmlFiles, type VnuMessage } from '../support/vnu.ts';
import { builtPages } from './built-pages.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist', 'client');
const fileOf = (path: string) => join(dist, path, 'index.html');

let prerendered: Map<string, VnuMessage[]> | undefined;
const prerenderedErrors = (path: string) => (prerendered ??= validateHtmlFiles(builtPages().map(fileOf))).get(fileOf(path)) ?? [];

for (const path of builtPages()) {
  test(`${path} is valid HTML (W3C Nu checker)`, () => {
    expect(describeErrors(prerenderedErrors(path))).toEqual([]);
  });
}

test('the pages the server renders are valid HTML (W3C Nu checker), in both languages', async () => {
  test.setTimeout(120_000);
  const server = await startApiServer('sqlite');
  try {
    await createTrainer(server.env, 'valid@example.org', 'valid-password-123');
    const cookie = await signIn(server.url, 'valid@example.org', 'valid-password-123');
    const created = await api(server.url, '/api/classes', { method: 'POST', cookie, json: { name: 'Klasse 9b <Medien>' } });
    expect(created.status, created.text).toBe(201);
    const cls = created.json.class as { id: string; joinCode: string };
    expect((await api(server.url, `/api/classes/${cls.id}/assignments`, { method: 'POST', cookie, json: { module: 4 } })).status).toBe(201);
    const joined = await api(server.url, '/api/join', { method: 'POST', json: { code: cls.joinCode, pseudonym: 'Kim' } });
    expect(joined.status, joined.text).toBe(201);
    const learnerId = joined.json.learner.id as string;

    const pages: [string, string | undefined][] = [
      ['/trainer/', undefined],
      ['/en/trainer/', undefined],
      ['/trainer/', cookie],
      ['/en/trainer/', cookie],
      [`/trainer/klasse/${cls.id}/`, cookie],
      [`/en/trainer/class/${cls.id}/`, cookie],
      [`/trainer/klasse/${cls.id}/lernende/${learnerId}/`, cookie],
      [`/en/trainer/class/${cls.id}/learners/${learnerId}/`, cookie],
      [`/trainer/klasse/${cls.id}/projektor/`, cookie],
      [`/trainer/klasse/${cls.id}/projektor/?namen=1`, cookie],
      [`/en/trainer/class/${cls.id}/projector/`, cookie],
      [`/trainer/klasse/${cls.id}/qr/`, cookie],
      [`/en/trainer/class/${cls.id}/qr/`, cookie],
      [`/trainer/klasse/${cls.id}/einstellungen/`, cookie],
      [`/en/trainer/class/${cls.id}/settings/`, cookie],
      ['/gibt-es-nicht/', undefined],
    ];
    const dir = mkdtempSync(join(tmpdir(), 'candystorm-vnu-'));
    const files = await Promise.all(
      pages.map(async ([path, session], i) => {
        const res = await fetch(server.url + path, { headers: session ? { cookie: session } : {} });
        const html = await res.text();
        expect(res.status, `${path}: ${html.slice(0, 200)}`).toBe(path.includes('gibt-es-nicht') ? 404 : 200);
        expect(res.headers.get('content-type'), path).toMatch(/^text\/html/);
        const file = join(dir, `${i}${session ? '-signed-in' : ''}${path.replace(/[^a-z0-9]+/gi, '-')}.html`);
        writeFileSync(file, html);
        return file;
      }),
    );
    const errors = [...validateHtmlFiles(files)].flatMap(([file, messages]) => describeErrors(messages).map((m) => `${file}: ${m}`));
    expect(errors).toEqual([]);
  } finally {
    await server.dispose();
  }
});
