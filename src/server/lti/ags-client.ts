/**
 * Assignment and Grade Services 2.0, the part we use: an access token from the platform's token
 * endpoint (OAuth 2 client credentials with a JWT client assertion signed by our key, RFC 7523, as
 * the IMS Security Framework §4.1 says), then one score POSTed to the line item's /scores.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { AGS_SCORE_SCOPE } from './lti-claims.ts';
import { TOOL_KEY_ALG, type SigningKey } from './tool-keys.ts';

const TIMEOUT_MS = 10_000;

export interface AccessToken {
  token: string;
  /** ms since the epoch, with a minute to spare. */
  expiresAt: number;
}

/** An access token for posting scores. Throws with the platform's answer when refused. */
export async function fetchAccessToken(key: SigningKey, clientId: string, tokenUrl: string): Promise<AccessToken> {
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: TOOL_KEY_ALG, kid: key.kid })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(tokenUrl)
    .setIssuedAt()
    .setExpirationTime('5m')
    .setJti(randomUUID())
    .sign(key.key);
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: AGS_SCORE_SCOPE,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const body = (await response.json().catch(() => ({}))) as { access_token?: unknown; expires_in?: unknown };
  if (!response.ok || typeof body.access_token !== 'string') throw new Error(`token endpoint answered ${response.status}`);
  const seconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
  return { token: body.access_token, expiresAt: Date.now() + Math.max(0, seconds - 60) * 1000 };
}

/** The scores URL of a line item: its path plus /scores, before any query (AGS 2.0 §3.4). */
export function scoresUrl(lineitem: string): string {
  const url = new URL(lineitem);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/scores`;
  return url.href;
}

export interface Score {
  userId: string;
  scoreGiven: number;
  scoreMaximum: number;
  timestamp: string;
}

/** Posts one score; throws with the status when the platform refuses. */
export async function postScore(accessToken: string, lineitem: string, score: Score): Promise<void> {
  const response = await fetch(scoresUrl(lineitem), {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.ims.lis.v1.score+json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ ...score, activityProgress: 'Completed', gradingProgress: 'FullyGraded' }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`score endpoint answered ${response.status}`);
}
