/**
 * Third-party initiated login (OIDC, LTI Core 1.3 §5.1.1): the platform sends the browser here with
 * iss, login_hint and target_link_uri (and client_id, lti_message_hint, lti_deployment_id); we check
 * the platform is registered, store a one-time state with a fresh nonce, and send the browser to the
 * platform's authorisation URL. The launch (launch.ts) must come back with both.
 */
import { randomBytes } from 'node:crypto';
import { hashToken } from '../auth/tokens.ts';
import { insertLoginState, platformsOfIssuer } from '../repos/lti.ts';
import type { Db } from '../repos/types.ts';
import { reserveAttempt } from '../services/attempt-limits.ts';
import { ltiFail, type LtiFailure } from './lti-problems.ts';

/** How long a login may take between our redirect and the platform's launch. */
export const LOGIN_STATE_MS = 10 * 60_000;
/** The cookie that binds the state to this browser (checked when the browser sends it back). */
export const STATE_COOKIE = 'cs_lti_state';
/**
 * Logins per client address: each stores a state row, so a stranger must not fill the table. A
 * school's network launches a class or two at once: 300 in 15 minutes leaves plenty of room.
 */
export const LOGIN_ADDRESS_LIMIT = { max: 300, windowMs: 15 * 60_000 } as const;

export interface LoginRequest {
  iss?: string | undefined;
  login_hint?: string | undefined;
  target_link_uri?: string | undefined;
  client_id?: string | undefined;
  lti_message_hint?: string | undefined;
  lti_deployment_id?: string | undefined;
}

/** Where to send the browser, and the state to remember in its cookie. */
export type LoginResult = { ok: true; redirect: string; state: string } | LtiFailure;

export async function startLogin(db: Db, request: LoginRequest, launchUrl: string, clientKey: string): Promise<LoginResult> {
  const { iss, login_hint: loginHint, target_link_uri: target } = request;
  if (!iss || !loginHint || !target) return ltiFail('lti-login-invalid');
  const candidates = await platformsOfIssuer(db, iss);
  // With one registration per issuer the client id may be left out (LTI Core 1.3 §5.1.1.1).
  const platform = request.client_id ? candidates.find((p) => p.client_id === request.client_id) : candidates.length === 1 ? candidates[0] : undefined;
  if (!platform) return ltiFail('lti-platform-unknown');
  if (request.lti_deployment_id && !(JSON.parse(platform.deployment_ids) as string[]).includes(request.lti_deployment_id)) return ltiFail('lti-deployment-unknown');
  // Counted, never taken back: every login stores a row until it expires.
  if (!(await reserveAttempt(db, [{ key: `lti-login:${clientKey}`, ...LOGIN_ADDRESS_LIMIT }])).ok) return ltiFail('lti-too-many');
  const state = randomBytes(24).toString('base64url');
  const nonce = randomBytes(24).toString('base64url');
  await insertLoginState(db, hashToken(state), platform.id, nonce, new Date(Date.now() + LOGIN_STATE_MS).toISOString());
  const auth = new URL(platform.auth_url);
  const params: Record<string, string> = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.client_id,
    redirect_uri: launchUrl,
    login_hint: loginHint,
    state,
    nonce,
  };
  if (request.lti_message_hint) params['lti_message_hint'] = request.lti_message_hint;
  for (const [name, value] of Object.entries(params)) auth.searchParams.set(name, value);
  return { ok: true, redirect: auth.href, state };
}
