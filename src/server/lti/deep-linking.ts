/**
 * Deep Linking 2.0: a teacher picks a module or scenario on our picker page, and we hand the platform
 * a signed LtiDeepLinkingResponse with one ltiResourceLink (custom: module or scenario, lang). The
 * picker form carries the request's return data in a short-lived JWT signed with our own key, so no
 * cookie is needed inside the platform's dialog (often an iframe on another site).
 */
import { randomBytes } from 'node:crypto';
import { importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import type { Locale } from '../../engine/index.ts';
import { findPlatformById, listToolKeys } from '../repos/lti.ts';
import type { Db } from '../repos/types.ts';
import { targetOf, type Catalogue, type LinkTarget } from './catalogue.ts';
import { CLAIM, type DeepLinkingClaims } from './lti-claims.ts';
import { platformOrigins } from './lti-http.ts';
import { ltiFail, type LtiFailure } from './lti-problems.ts';
import { signingKey, TOOL_KEY_ALG } from './tool-keys.ts';

/** How long the picker may stay open. */
const PICKER_SECONDS = 30 * 60;
const PICKER_AUDIENCE = 'candystorm:lti-picker';

/** The platform's request, as the picker form carries it. */
interface PickerRequest {
  platformId: string;
  deploymentId: string;
  returnUrl: string;
  data?: string | undefined;
}

/** Signs what the answer to this deep-linking request will need. */
export async function pickerToken(db: Db, platformId: string, claims: DeepLinkingClaims): Promise<string> {
  const settings = claims[CLAIM.deepLinkingSettings];
  const request: PickerRequest = { platformId, deploymentId: claims[CLAIM.deploymentId], returnUrl: settings.deep_link_return_url, data: settings.data };
  const { kid, key } = await signingKey(db);
  return new SignJWT({ req: request })
    .setProtectedHeader({ alg: TOOL_KEY_ALG, kid })
    .setAudience(PICKER_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${PICKER_SECONDS}s`)
    .sign(key);
}

/** The picker's request back, if we signed it and it has not expired. */
async function readPickerToken(db: Db, token: string): Promise<PickerRequest | undefined> {
  for (const row of await listToolKeys(db)) {
    try {
      const key = await importJWK(JSON.parse(row.public_jwk) as JWK, TOOL_KEY_ALG);
      const { payload } = await jwtVerify(token, key, { audience: PICKER_AUDIENCE, algorithms: [TOOL_KEY_ALG] });
      const req = payload['req'] as PickerRequest | undefined;
      if (req && typeof req.platformId === 'string' && typeof req.returnUrl === 'string' && typeof req.deploymentId === 'string') return req;
    } catch {
      // another key, or not ours: try the next
    }
  }
  return undefined;
}

/** The auto-submitted form's target and its signed JWT. */
/** `frameAncestors`: the platform's origins, which may show the answer in their dialog. */
export type DeepLinkAnswer = { ok: true; returnUrl: string; jwt: string; title: string; frameAncestors: string } | LtiFailure;

/** Builds the signed LtiDeepLinkingResponse for the picked item (`scenario:<id>` or `module:<n>`). */
export async function answerDeepLink(db: Db, catalogue: Catalogue, form: { request?: string | undefined; item?: string | undefined; lang?: string | undefined }, launchUrl: string): Promise<DeepLinkAnswer> {
  const request = form.request ? await readPickerToken(db, form.request) : undefined;
  if (!request) return ltiFail('lti-deep-link-invalid');
  const platform = await findPlatformById(db, request.platformId);
  if (!platform) return ltiFail('lti-platform-unknown');
  const [kind, value] = (form.item ?? '').split(':');
  const target: LinkTarget | undefined = kind === 'scenario' || kind === 'module' ? targetOf(catalogue, { [kind]: value }) : undefined;
  if (!target) return ltiFail('lti-deep-link-invalid');
  const lang: Locale = form.lang === 'en' ? 'en' : 'de';
  const module = catalogue.find((m) => m.module === target.module)!;
  const title = target.kind === 'scenario' ? module.scenarios.find((s) => s.id === target.scenarioId)!.title[lang] : `${target.module}. ${module.title[lang]}`;
  const custom: Record<string, string> = target.kind === 'scenario' ? { scenario: target.scenarioId, lang } : { module: String(target.module), lang };
  const { kid, key } = await signingKey(db);
  const jwt = await new SignJWT({
    nonce: randomBytes(16).toString('base64url'),
    [CLAIM.messageType]: 'LtiDeepLinkingResponse',
    [CLAIM.version]: '1.3.0',
    [CLAIM.deploymentId]: request.deploymentId,
    ...(request.data !== undefined ? { [CLAIM.deepLinkingData]: request.data } : {}),
    [CLAIM.contentItems]: [
      {
        type: 'ltiResourceLink',
        title,
        url: launchUrl,
        custom,
        // A line item per link, so the platform's gradebook gets a column the scores go to (0-100).
        lineItem: { scoreMaximum: 100, label: title },
      },
    ],
  })
    .setProtectedHeader({ alg: TOOL_KEY_ALG, kid, typ: 'JWT' })
    .setIssuer(platform.client_id)
    .setAudience(platform.issuer)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);
  return { ok: true, returnUrl: request.returnUrl, jwt, title, frameAncestors: platformOrigins(platform) };
}
