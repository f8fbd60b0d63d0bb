/**
 * Verifies an LTI 1.3 launch (LTI Core 1.3 §5.1.3, IMS Security Framework §5.1.3): the state is one
 * we issued and not used before (and matches the browser's cookie when it sent one), the id_token is
 * signed by the platform's key (its JWKS, cached), issued by it for our client id (aud, azp), not
 * expired, carries the nonce of that login once only, a registered deployment id, version 1.3.0 and
 * a message type we handle. Returns the checked claims or the reason for refusal.
 */
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { hashToken } from '../auth/tokens.ts';
import { findPlatformById, takeLoginState, useNonce, type LtiPlatformRow } from '../repos/lti.ts';
import type { Db } from '../repos/types.ts';
import { CLAIM, deepLinkingClaims, resourceLinkClaims, type DeepLinkingClaims, type ResourceLinkClaims } from './lti-claims.ts';
import { ltiFail, type LtiFailure } from './lti-problems.ts';

/** Clock difference between platform and tool that is tolerated (seconds). */
export const CLOCK_TOLERANCE_S = 60;

export interface LaunchInput {
  idToken: string | undefined;
  state: string | undefined;
  /** The state cookie the browser sent, if any (third-party cookies may be blocked in an iframe). */
  stateCookie: string | undefined;
}

export type VerifiedLaunch =
  | { ok: true; platform: LtiPlatformRow; message: { kind: 'resource-link'; claims: ResourceLinkClaims } | { kind: 'deep-linking'; claims: DeepLinkingClaims } }
  | LtiFailure;

/** The platform's key set, by its JWKS URL (LtiService keeps one cached set per URL). */
export type KeySets = (jwksUrl: string) => JWTVerifyGetKey;

/** Which refusal a jose error means. */
function refusalOf(error: unknown): LtiFailure {
  if (error instanceof errors.JWTExpired) return ltiFail('lti-token-expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return ltiFail('lti-audience-invalid');
    if (error.claim === 'iss') return ltiFail('lti-platform-unknown');
    return ltiFail('lti-message-invalid');
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JOSEAlgNotAllowed) {
    return ltiFail('lti-signature-invalid');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return ltiFail('lti-message-invalid');
  // The platform's key set could not be fetched or read: its problem, said as such (and logged).
  console.error('[lti] verifying a launch failed:', error);
  return ltiFail('lti-platform-unreachable');
}

export async function verifyLaunch(db: Db, keySets: KeySets, input: LaunchInput): Promise<VerifiedLaunch> {
  if (!input.state || (input.stateCookie !== undefined && input.stateCookie !== input.state)) return ltiFail('lti-state-invalid');
  if (!input.idToken) return ltiFail('lti-token-missing');
  const login = await takeLoginState(db, hashToken(input.state));
  if (!login || login.expires_at <= new Date().toISOString()) return ltiFail('lti-state-invalid');
  const platform = await findPlatformById(db, login.platform_id);
  if (!platform) return ltiFail('lti-platform-unknown');
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(input.idToken, keySets(platform.jwks_url), {
      issuer: platform.issuer,
      audience: platform.client_id,
      algorithms: ['RS256'],
      requiredClaims: ['exp', 'iat', 'nonce'],
      clockTolerance: CLOCK_TOLERANCE_S,
    }));
  } catch (error) {
    return refusalOf(error);
  }
  // With several audiences the token must say it was issued for us (OIDC Core §3.1.3.7).
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if ((audiences.length > 1 || payload['azp'] !== undefined) && payload['azp'] !== platform.client_id) return ltiFail('lti-audience-invalid');
  if (payload['nonce'] !== login.nonce) return ltiFail('lti-nonce-invalid');
  const nonceExpires = new Date(((payload.exp ?? 0) + CLOCK_TOLERANCE_S) * 1000).toISOString();
  if (!(await useNonce(db, login.nonce, nonceExpires))) return ltiFail('lti-nonce-invalid');
  const deployment = payload[CLAIM.deploymentId];
  if (typeof deployment !== 'string' || !(JSON.parse(platform.deployment_ids) as string[]).includes(deployment)) return ltiFail('lti-deployment-unknown');
  const type = payload[CLAIM.messageType];
  if (type === 'LtiResourceLinkRequest') {
    const parsed = resourceLinkClaims.safeParse(payload);
    return parsed.success ? { ok: true, platform, message: { kind: 'resource-link', claims: parsed.data } } : ltiFail('lti-message-invalid');
  }
  if (type === 'LtiDeepLinkingRequest') {
    const parsed = deepLinkingClaims.safeParse(payload);
    return parsed.success ? { ok: true, platform, message: { kind: 'deep-linking', claims: parsed.data } } : ltiFail('lti-message-invalid');
  }
  return ltiFail('lti-message-invalid');
}
