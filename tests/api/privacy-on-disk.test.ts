/**
 * Deletion that holds on disk (issue 11, item 5), against the BUILT server on SQLite: after a
 * trainer deletes a learner, a learner deletes themself, or a trainer deletes a class, the
 * pseudonyms are not in the database file, its write-ahead log or its shared-memory index any more,
 * not even in free pages (secure_delete) or older page versions in the log (TRUNCATE checkpoint).
 * Each pseudonym is first shown to be in the files, so the search can fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, startApiServer, type ApiServer } from '../support/api-server.ts';
import { buildParty, createClass, joinClass, runBody, submitRun, type Party } from '../support/api-fixtures.ts';

/** The bytes of the database file and its -wal and -shm companions, as one buffer each. */
function databaseFiles(file: string): { name: string; bytes: Buffer }[] {
  return [file, `${file}-wal`, `${file}-shm`].filter((f) => existsSync(f)).map((f) => ({ name: f, bytes: readFileSync(f) }));
}

/** The files (by name) whose bytes contain `text` as UTF-8. */
function filesHolding(file: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return databaseFiles(file)
    .filter(({ bytes }) => bytes.includes(needle))
    .map(({ name }) => name);
}

describe('deleted data on disk (sqlite)', () => {
  let server: ApiServer;
  let a: Party;
  let file: string;

  beforeAll(async () => {
    server = await startApiServer('sqlite');
    file = server.env['SQLITE_FILE']!;
    a = await buildParty(server, { email: 'disk@example.org', className: 'Klasse Platte', pseudonym: 'Amsel Anna' });
  }, 150_000);

  afterAll(async () => {
    await server?.dispose();
  });

  it('a learner deleted by the trainer, by themself, or with their class is gone from the file and the WAL', async () => {
    const byTrainer = await joinClass(server.url, a.class.joinCode, 'Quokka Quirin');
    const bySelf = await joinClass(server.url, a.class.joinCode, 'Koala Kira');
    const other = await createClass(server.url, a.cookie, 'Klasse Weg');
    const withClass = await joinClass(server.url, other.joinCode, 'Wombat Wilma');
    for (const learner of [byTrainer, bySelf]) expect((await submitRun(server.url, learner.token, runBody())).status).toBe(201);
    const names = [byTrainer.pseudonym, bySelf.pseudonym, withClass.pseudonym, other.name];
    for (const name of names) expect(filesHolding(file, name), `${name} is stored before the deletion`).not.toEqual([]);

    expect((await api(server.url, `/api/classes/${a.class.id}/learners/${byTrainer.id}`, { method: 'DELETE', cookie: a.cookie })).status).toBe(204);
    expect(filesHolding(file, byTrainer.pseudonym)).toEqual([]);

    expect((await api(server.url, '/api/learner', { method: 'DELETE', bearer: bySelf.token })).status).toBe(204);
    expect(filesHolding(file, bySelf.pseudonym)).toEqual([]);

    expect((await api(server.url, `/api/classes/${other.id}`, { method: 'DELETE', cookie: a.cookie })).status).toBe(204);
    expect(filesHolding(file, withClass.pseudonym)).toEqual([]);
    expect(filesHolding(file, other.name)).toEqual([]);

    // Who was not deleted is still there (the search does find what is stored).
    expect(filesHolding(file, a.learner.pseudonym)).not.toEqual([]);
  });
});
