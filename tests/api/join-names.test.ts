/**
 * Names at the class door, on SQLite and PostgreSQL (issue 11, item 6, and the join messages): a
 * join that loses the race for a name is told the name is taken, not the generic conflict; a name
 * that looks like one already in the class (the same UTS #39 skeleton, in another script or with
 * look-alike letters) is refused as too similar; names in any single script stay allowed. Every
 * refusal carries its problem code, which the join form reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../support/databases.ts';
import { api, startApiServer, type ApiServer } from '../support/api-server.ts';
import { buildParty, type Party } from '../support/api-fixtures.ts';

describe.each(DATABASE_KINDS)('names when joining on %s', (kind) => {
  let server: ApiServer;
  let a: Party;

  beforeAll(async () => {
    server = await startApiServer(kind);
    a = await buildParty(server, { email: 'names@example.org', className: 'Klasse Namen', pseudonym: 'Amsel Anna' });
  }, 150_000);

  afterAll(async () => {
    await server?.dispose();
  });

  const join = (pseudonym: string) => api(server.url, '/api/join', { json: { code: a.class.joinCode, pseudonym } });

  it('joining at once with one name: one 201, the others 409 "name taken" with its code', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => join('Zeisig Zoe')));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = answers.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(7);
    for (const r of refused) {
      expect(r.status, r.text).toBe(409);
      expect(r.json.code).toBe('pseudonym-taken');
      expect(r.json.error).toMatch(/already uses this name/);
    }
  });

  it.each([
    ['Papa', '\u0420\u0430\u0440\u0430', 'Cyrillic Рара'],
    ['TOM', '\u03a4\u039f\u039c', 'Greek ΤΟΜ'],
    ['Oscar 1', 'Oscar I', 'capital I for the digit one'],
    ['Kim Lee', 'Kirn Lee', 'rn for m'],
  ])('after %j, %j (%s) → 409 too similar', async (first, lookalike) => {
    const made = await join(first);
    expect(made.status, made.text).toBe(201);
    const res = await join(lookalike);
    expect(res.status, res.text).toBe(409);
    expect(res.json.code).toBe('pseudonym-confusable');
    expect(res.json.error).toMatch(/too similar to a name already in this class/);
  });

  it('look-alikes joining at once: exactly one gets in', async () => {
    const answers = await Promise.all(['ABE', '\u0410\u0412\u0415', '\u0391\u0392\u0395', 'ABE'].map(join));
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of answers.filter((x) => x.status !== 201)) {
      expect(r.status, r.text).toBe(409);
      expect(['pseudonym-taken', 'pseudonym-confusable']).toContain(r.json.code);
    }
  });

  it('names in one script each stay allowed beside each other: Кирилл, 李雷, Ayşe, Анна beside Anna', async () => {
    for (const pseudonym of ['Anna', 'Анна', 'Kirill', 'Кирилл', 'Li Lei', '李雷', 'Ayse', 'Ayşe', 'Rene', 'René']) {
      const res = await join(pseudonym);
      expect(res.status, `${pseudonym}: ${res.text}`).toBe(201);
      expect(res.json.learner.pseudonym).toBe(pseudonym);
    }
  });

  it('the trainer list still shows each name once: a refused join leaves no learner', async () => {
    const before = await api(server.url, `/api/classes/${a.class.id}`, { cookie: a.cookie });
    const names = (before.json.learners as { pseudonym: string }[]).map((l) => l.pseudonym);
    expect(names.filter((n) => n === 'Zeisig Zoe')).toHaveLength(1);
    expect(names).not.toContain('\u0420\u0430\u0440\u0430');
    expect(names).not.toContain('Kirn Lee');
  });
});
