/**
 * The tool's RS256 key pair: generated on first use (at server start, src/server/lti/lti-service.ts)
 * and kept in the database, so every instance and every restart signs with the same key and the
 * platforms' cached copy of /lti/jwks stays valid. Only the public half is ever published.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { insertToolKey, listToolKeys } from '../repos/lti.ts';
import type { Db } from '../repos/types.ts';

export const TOOL_KEY_ALG = 'RS256';

/** The key that signs, by its key id. */
export interface SigningKey {
  kid: string;
  key: CryptoKey;
}

/** The members of a public RSA JWK: anything else (d, p, q, dp, dq, qi) is private and never copied. */
const PUBLIC_MEMBERS = ['kty', 'n', 'e'] as const;

/** Only the public members of `jwk`, with kid, alg and use added. */
export function publicOnly(jwk: JWK, kid: string): JWK {
  const out: JWK = { kid, alg: TOOL_KEY_ALG, use: 'sig' };
  for (const member of PUBLIC_MEMBERS) if (jwk[member] !== undefined) out[member] = jwk[member];
  return out;
}

/** Makes a key pair and stores it, unless one exists; with two instances starting at once each may add one (both are published). */
export async function ensureToolKey(db: Db): Promise<void> {
  if ((await listToolKeys(db)).length) return;
  const { publicKey, privateKey } = await generateKeyPair(TOOL_KEY_ALG, { modulusLength: 2048, extractable: true });
  const kid = randomUUID();
  await insertToolKey(db, kid, JSON.stringify(publicOnly(await exportJWK(publicKey), kid)), JSON.stringify(await exportJWK(privateKey)));
}

/** The public key set for GET /lti/jwks. */
export async function publicKeySet(db: Db): Promise<{ keys: JWK[] }> {
  await ensureToolKey(db);
  const rows = await listToolKeys(db);
  // Parsed and filtered again: even a row written by hand cannot leak a private member.
  return { keys: rows.map((row) => publicOnly(JSON.parse(row.public_jwk) as JWK, row.kid)) };
}

/** The newest key, for signing. */
export async function signingKey(db: Db): Promise<SigningKey> {
  await ensureToolKey(db);
  const [row] = await listToolKeys(db);
  if (!row) throw new Error('No LTI tool key in the database.');
  return { kid: row.kid, key: (await importJWK(JSON.parse(row.private_jwk) as JWK, TOOL_KEY_ALG)) as CryptoKey };
}
