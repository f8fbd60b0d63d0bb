/**
 * Where the site is, as its visitors see it, and who is asking: the settings PUBLIC_URL and
 * TRUST_PROXY (docs/deployment.md, "Behind HTTPS").
 *
 * Behind a TLS-terminating proxy the server sees plain http from the proxy. Request origins (the
 * cross-site check), the session cookie's `Secure`, HSTS, join links and QR codes must all come from
 * the public address, so they come from PUBLIC_URL when it is set, never from the request's Host.
 * Without PUBLIC_URL they come from the proxy's X-Forwarded-Proto/Host when TRUST_PROXY=1, else from
 * the connection and its Host header (fine on a single machine or in development).
 * With TRUST_PROXY=1 the client's address (for per-address limits) is the last X-Forwarded-For entry,
 * the one the proxy added; otherwise the connection's address.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** The deployment's public address and whether a proxy's forwarded headers are believed. */
export interface OriginSettings {
  /** PUBLIC_URL's origin, e.g. "https://candystorm.school.example"; undefined when unset. */
  publicOrigin: string | undefined;
  /** TRUST_PROXY=1: honour X-Forwarded-Proto, -Host and -For (set them in the proxy, see docs). */
  trustProxy: boolean;
}

/** PUBLIC_URL and TRUST_PROXY from the environment; throws a clear error for values that cannot be right. */
export function originSettingsFrom(env: Readonly<Record<string, string | undefined>>): OriginSettings {
  const raw = env['PUBLIC_URL']?.trim() ?? '';
  let publicOrigin: string | undefined;
  if (raw) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new Error(`PUBLIC_URL must be an address like https://candystorm.school.example, not "${raw}".`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_URL must start with https:// (or http://), not "${url.protocol}".`);
    if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
      throw new Error(`PUBLIC_URL is the site's origin only (scheme, host, optional port), without a path or query: "${raw}".`);
    }
    publicOrigin = url.origin;
  }
  const trust = env['TRUST_PROXY']?.trim() ?? '';
  if (!['', '0', '1'].includes(trust)) throw new Error(`TRUST_PROXY is 1 (behind a proxy you control) or 0, not "${trust}".`);
  return { publicOrigin, trustProxy: trust === '1' };
}

/** The first value of a header that may be repeated or a comma-separated list. */
function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(',')[0]?.trim() || undefined;
}

/** A Host value that is just a host name or address and an optional port (no user part, no path). */
const HOST = /^(?:[a-z0-9.-]{1,253}|\[[0-9a-f:.]{2,45}\])(?::\d{1,5})?$/i;

/**
 * The origin this request's pages are served at: PUBLIC_URL; else, with TRUST_PROXY, the proxy's
 * forwarded scheme and host; else the connection's scheme and the Host header. Undefined when
 * nothing usable is there (a malformed Host): callers then refuse rather than guess.
 */
export function requestOrigin(settings: OriginSettings, headers: IncomingHttpHeaders, encrypted: boolean): string | undefined {
  if (settings.publicOrigin) return settings.publicOrigin;
  let scheme = encrypted ? 'https' : 'http';
  let host = first(headers.host);
  if (settings.trustProxy) {
    const proto = first(headers['x-forwarded-proto'])?.toLowerCase();
    if (proto === 'https' || proto === 'http') scheme = proto;
    host = first(headers['x-forwarded-host']) ?? host;
  }
  return host && HOST.test(host) ? `${scheme}://${host.toLowerCase()}` : undefined;
}

/** The client's address: with TRUST_PROXY the one the proxy appended to X-Forwarded-For, else the socket's. */
export function clientAddressOf(settings: OriginSettings, headers: IncomingHttpHeaders, remoteAddress: string | undefined): string | undefined {
  if (settings.trustProxy) {
    const forwarded = Array.isArray(headers['x-forwarded-for']) ? headers['x-forwarded-for'].join(',') : headers['x-forwarded-for'];
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  return remoteAddress;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * True for a state-changing request another site could have sent: its Origin is not `expected`,
 * or it has none and could be a form (a form-like content type, or none). Astro's own check does
 * the same but compares with the URL it builds from the connection, which is http:// behind a TLS
 * proxy, so it is switched off (astro.config.mjs) and this one runs in front of every route.
 */
export function isCrossSite(method: string | undefined, headers: IncomingHttpHeaders, expected: string | undefined): boolean {
  if (SAFE_METHODS.has((method ?? 'GET').toUpperCase())) return false;
  const origin = first(headers.origin);
  if (origin !== undefined) return origin !== expected;
  const type = (headers['content-type'] ?? '').toLowerCase();
  return !type || FORM_TYPES.some((form) => type.includes(form));
}

/** What routes and pages need to know about the request's public side (passed as locals). */
export interface PublicSide {
  /** The public origin (see requestOrigin); undefined only for a malformed Host without PUBLIC_URL. */
  publicOrigin: string | undefined;
  /** The client's address for per-address limits. */
  clientKey: string | undefined;
}
