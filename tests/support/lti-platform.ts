/**
 * A learning platform for the LTI tests, as small as the protocol allows: its own RS256 keys and
 * JWKS endpoint, the OIDC authorisation endpoint (an auto-submitted form post back to the tool, as
 * Moodle does), signed launches (resource link and deep linking), the token endpoint (checks the
 * tool's client assertion against the tool's /lti/jwks) and line items whose score endpoint
 * records every post. Tests drive a launch with `launch()` like a browser would, or open
 * `startUrl()` in a real browser.
 *
 *   const platform = await startLtiPlatform(toolUrl);
 *   await registerPlatform(server.env, platform);   // npm run lti -- add …
 *   const res = await platform.launch({ sub: 'u1', roles: [LEARNER], custom: { scenario: 'paket-verspaetet' } });
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import { freePort } from './throwaway-postgres.ts';
import { ROOT } from './api-server.ts';

const execFileAsync = promisify(execFile);

export const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';
export const INSTRUCTOR = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor';
export const SCORE_SCOPE = 'https://purl.imsglobal.org/spec/lti-ags/scope/score';
const CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';

export interface LaunchOptions {
  sub?: string;
  roles?: string[];
  messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  contextId?: string;
  contextTitle?: string;
  resourceLinkId?: string;
  custom?: Record<string, string>;
  /** Adds the AGS claim with this line item (created on the platform if new). */
  lineItem?: string;
  locale?: string;
  /** Changes to the id_token's payload after it is built (to test refusals). */
  tamperPayload?: (payload: Record<string, unknown>) => void;
  /** Sign with another key than the published one. */
  foreignKey?: boolean;
  /** Flip a character of the signature. */
  breakSignature?: boolean;
  /** Send this state instead of the one the tool gave. */
  state?: string;
  /** Send this id_token instead of a new one (a replay). */
  idToken?: string;
  acceptLanguage?: string;
}

export interface LaunchResult {
  status: number;
  location: string | null;
  text: string;
  headers: Headers;
  /** The id_token sent (to replay it). */
  idToken: string;
  /** The Cookie header for the tool that the launch set (trainer session). */
  cookies: string;
}

export interface RecordedScore {
  lineItem: string;
  body: { userId: string; scoreGiven: number; scoreMaximum: number; activityProgress: string; gradingProgress: string; timestamp: string };
}

export interface LtiPlatform {
  url: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  authUrl: string;
  tokenUrl: string;
  jwksUrl: string;
  /** Scores the tool posted, in order. */
  scores: RecordedScore[];
  /** Access tokens handed out. */
  tokensIssued: number;
  /** Answer the next N score posts with 503 (to test retries). */
  failNextScores(n: number): void;
  lineItemUrl(id: string): string;
  launch(options?: LaunchOptions): Promise<LaunchResult>;
  /** Verifies a deep-linking response JWT the tool signed, with the tool's public keys. */
  verifyToolJwt(jwt: string): Promise<Record<string, unknown>>;
  /** A URL that starts a launch in a browser (auto-submitted login form). */
  startUrl(options: LaunchOptions): string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * One request on a connection of its own (no keep-alive): a pooled connection that sat idle while a
 * test waited can be closed by the server just as it is reused ("other side closed").
 */
function send(target: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; headers: Headers; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(target, { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (Array.isArray(value)) for (const v of value) headers.append(name, v);
          else if (value !== undefined) headers.set(name, value);
        }
        resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startLtiPlatform(toolUrl: string, options: { clientId?: string; deploymentId?: string } = {}): Promise<LtiPlatform> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const clientId = options.clientId ?? `client-${randomUUID().slice(0, 8)}`;
  const deploymentId = options.deploymentId ?? 'deployment-1';
  const kid = randomUUID();
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256');
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const toolKeys = createRemoteJWKSet(new URL(`${toolUrl}/lti/jwks`));
  const scores: RecordedScore[] = [];
  const accessTokens = new Set<string>();
  /** Launches waiting for the browser to come back to /auth, by login_hint. */
  const pending = new Map<string, LaunchOptions>();
  let failScores = 0;

  async function idToken(launch: LaunchOptions, nonce: string): Promise<string> {
    const type = launch.messageType ?? 'LtiResourceLinkRequest';
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      iss: url,
      aud: clientId,
      iat: now,
      exp: now + 300,
      sub: launch.sub ?? 'user-1',
      nonce,
      locale: launch.locale ?? 'de-DE',
      [`${CLAIM}message_type`]: type,
      [`${CLAIM}version`]: '1.3.0',
      [`${CLAIM}deployment_id`]: deploymentId,
      [`${CLAIM}target_link_uri`]: `${toolUrl}/lti/launch`,
      [`${CLAIM}roles`]: launch.roles ?? [LEARNER],
      [`${CLAIM}context`]: { id: launch.contextId ?? 'course-1', title: launch.contextTitle ?? 'Kurs 9b Medienbildung', label: '9b' },
    };
    if (launch.custom) payload[`${CLAIM}custom`] = launch.custom;
    if (type === 'LtiResourceLinkRequest') {
      payload[`${CLAIM}resource_link`] = { id: launch.resourceLinkId ?? 'link-1', title: 'Candystorm' };
      if (launch.lineItem) payload['https://purl.imsglobal.org/spec/lti-ags/claim/endpoint'] = { scope: [SCORE_SCOPE], lineitem: `${url}/lineitems/${launch.lineItem}/lineitem` };
    } else {
      payload['https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings'] = {
        deep_link_return_url: `${url}/deep-link-return`,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['window', 'iframe'],
        data: 'opaque-platform-data',
      };
    }
    launch.tamperPayload?.(payload);
    const jwt = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .sign(launch.foreignKey ? (foreign.privateKey as CryptoKey) : (privateKey as CryptoKey));
    if (!launch.breakSignature) return jwt;
    const [h, p, s] = jwt.split('.') as [string, string, string];
    return `${h}.${p}.${s.startsWith('A') ? 'B' : 'A'}${s.slice(1)}`;
  }

  const server: Server = createServer((req, res) => {
    void (async () => {
      const target = new URL(req.url ?? '/', url);
      const body = req.method === 'POST' ? await readBody(req) : '';
      if (target.pathname === '/jwks') return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [publicJwk] }));
      if (target.pathname === '/start') {
        // A browser's start: the platform's auto-submitted login form to the tool.
        const hint = target.searchParams.get('hint') ?? '';
        const fields = { iss: url, login_hint: hint, target_link_uri: `${toolUrl}/lti/launch`, client_id: clientId, lti_deployment_id: deploymentId };
        const inputs = Object.entries(fields).map(([k, v]) => `<input type="hidden" name="${k}" value="${esc(v)}">`).join('');
        return res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><form method="post" action="${toolUrl}/lti/login">${inputs}</form><script>document.forms[0].submit()</script>`);
      }
      if (target.pathname === '/auth') {
        const p = target.searchParams;
        const launch = pending.get(p.get('login_hint') ?? '');
        if (!launch || p.get('client_id') !== clientId || p.get('response_mode') !== 'form_post' || p.get('scope') !== 'openid' || p.get('redirect_uri') !== `${toolUrl}/lti/launch`) {
          return res.writeHead(400, { 'content-type': 'text/plain' }).end('bad authentication request');
        }
        const token = await idToken(launch, p.get('nonce') ?? '');
        const state = p.get('state') ?? '';
        return res
          .writeHead(200, { 'content-type': 'text/html' })
          .end(`<!doctype html><form method="post" action="${esc(p.get('redirect_uri')!)}"><input type="hidden" name="id_token" value="${esc(token)}"><input type="hidden" name="state" value="${esc(state)}"></form><script>document.forms[0].submit()</script>`);
      }
      if (target.pathname === '/token' && req.method === 'POST') {
        const form = new URLSearchParams(body);
        try {
          if (form.get('grant_type') !== 'client_credentials' || form.get('scope') !== SCORE_SCOPE) throw new Error('grant');
          if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') throw new Error('assertion type');
          const { payload } = await jwtVerify(form.get('client_assertion') ?? '', toolKeys, { issuer: clientId, subject: clientId, audience: `${url}/token` });
          if (!payload.jti) throw new Error('jti');
        } catch (error) {
          return res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_client', detail: String(error) }));
        }
        const access = randomUUID();
        accessTokens.add(access);
        platform.tokensIssued++;
        return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: access, token_type: 'Bearer', expires_in: 3600, scope: SCORE_SCOPE }));
      }
      const scoresPath = /^\/lineitems\/([\w-]+)\/lineitem\/scores$/.exec(target.pathname);
      if (scoresPath && req.method === 'POST') {
        if (!accessTokens.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))) return res.writeHead(401).end();
        if (req.headers['content-type'] !== 'application/vnd.ims.lis.v1.score+json') return res.writeHead(415).end();
        if (failScores > 0) {
          failScores--;
          return res.writeHead(503).end();
        }
        scores.push({ lineItem: scoresPath[1]!, body: JSON.parse(body) as RecordedScore['body'] });
        return res.writeHead(204).end();
      }
      if (target.pathname === '/deep-link-return' && req.method === 'POST') {
        return res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Platform</title><p id="returned">${esc(new URLSearchParams(body).get('JWT') ?? '')}</p>`);
      }
      return res.writeHead(404).end();
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  const platform: LtiPlatform = {
    url,
    issuer: url,
    clientId,
    deploymentId,
    authUrl: `${url}/auth`,
    tokenUrl: `${url}/token`,
    jwksUrl: `${url}/jwks`,
    scores,
    tokensIssued: 0,
    failNextScores: (n) => void (failScores = n),
    lineItemUrl: (id) => `${url}/lineitems/${id}/lineitem`,
    async launch(launch = {}) {
      const hint = randomUUID();
      pending.set(hint, launch);
      // 1. Third-party initiated login at the tool.
      const login = await send(`${toolUrl}/lti/login?${new URLSearchParams({ iss: url, login_hint: hint, target_link_uri: `${toolUrl}/lti/launch`, client_id: clientId, lti_deployment_id: deploymentId })}`);
      if (login.status !== 302) throw new Error(`login answered ${login.status}`);
      const auth = new URL(login.headers.get('location')!);
      const stateCookie = login.headers.getSetCookie().map((c) => c.split(';')[0]!).find((c) => c.startsWith('cs_lti_state='));
      // 2. The platform's authorisation endpoint checks the request and signs the id_token.
      if (auth.origin + auth.pathname !== `${url}/auth` || auth.searchParams.get('client_id') !== clientId) throw new Error(`login redirected to ${auth.href}`);
      const token = launch.idToken ?? (await idToken(launch, auth.searchParams.get('nonce') ?? ''));
      // 3. The auto-submitted form post back to the tool, from the platform's origin.
      const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: url, 'accept-language': launch.acceptLanguage ?? 'de-DE,de;q=0.9' };
      if (stateCookie && launch.state === undefined) headers['cookie'] = stateCookie;
      const response = await send(`${toolUrl}/lti/launch`, {
        method: 'POST',
        headers,
        body: new URLSearchParams({ id_token: token, state: launch.state ?? auth.searchParams.get('state') ?? '' }).toString(),
      });
      const text = response.text;
      const cookies = response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0]!)
        .filter((c) => !c.endsWith('='))
        .join('; ');
      return { status: response.status, location: response.headers.get('location'), text, headers: response.headers, idToken: token, cookies };
    },
    async verifyToolJwt(jwt) {
      const { payload } = await jwtVerify(jwt, toolKeys, { issuer: clientId, audience: url });
      return payload as Record<string, unknown>;
    },
    startUrl(launch) {
      const hint = randomUUID();
      pending.set(hint, launch);
      return `${url}/start?hint=${hint}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return platform;
}

/** Registers the platform with the server's database through `npm run lti -- add`. */
export async function registerPlatform(env: Record<string, string>, platform: LtiPlatform): Promise<string> {
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      join(ROOT, 'scripts', 'lti.ts'),
      'add',
      `--issuer=${platform.issuer}`,
      `--client-id=${platform.clientId}`,
      `--deployment-id=${platform.deploymentId}`,
      `--auth-url=${platform.authUrl}`,
      `--token-url=${platform.tokenUrl}`,
      `--jwks-url=${platform.jwksUrl}`,
    ],
    { cwd: ROOT, env },
  );
  return stdout;
}
