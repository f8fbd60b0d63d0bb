/**
 * The OIDC login stores a state per request, so it is limited per client address (LOGIN_ADDRESS_LIMIT):
 * the request beyond the limit is refused with 'lti-too-many' and stores nothing; another address
 * still logs in. On SQLite only: the limit is the shared attempt-limits code, tested on both engines
 * in limits-race.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPlatform } from '../../src/server/repos/lti.ts';
import { LOGIN_ADDRESS_LIMIT, startLogin } from '../../src/server/lti/login.ts';
import { openTestDatabase, type TestDatabase } from '../support/databases.ts';

describe('LTI login limit', () => {
  let t: TestDatabase;
  const request = { iss: 'https://moodle.schule.example', client_id: 'c1', login_hint: 'u1', target_link_uri: 'https://tool.example/lti/launch' };

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await insertPlatform(t.db, { issuer: request.iss, clientId: 'c1', deploymentIds: ['d1'], authUrl: 'https://moodle.schule.example/auth', tokenUrl: 'https://moodle.schule.example/token', jwksUrl: 'https://moodle.schule.example/jwks', storeNames: false });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses the login beyond the limit per address and stores no state for it; another address is not affected', async () => {
    for (let i = 0; i < LOGIN_ADDRESS_LIMIT.max; i++) expect((await startLogin(t.db, request, 'https://tool.example/lti/launch', '10.0.0.1')).ok).toBe(true);
    const states = async () => (await t.db.selectFrom('lti_login_states').selectAll().execute()).length;
    expect(await states()).toBe(LOGIN_ADDRESS_LIMIT.max);
    expect(await startLogin(t.db, request, 'https://tool.example/lti/launch', '10.0.0.1')).toEqual({ ok: false, code: 'lti-too-many' });
    expect(await states()).toBe(LOGIN_ADDRESS_LIMIT.max);
    const other = await startLogin(t.db, request, 'https://tool.example/lti/launch', '10.0.0.2');
    expect(other.ok).toBe(true);
    if (other.ok) expect(new URL(other.redirect).searchParams.get('state')).toBe(other.state);
  });
});
