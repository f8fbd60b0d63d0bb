/**
 * What the LTI routes share: reading a form body within the size limit, the public URLs of our
 * endpoints, and the state cookie (SameSite=None; Secure over HTTPS, so it survives the cross-site
 * POST of the launch; over plain http browsers refuse SameSite=None without Secure, so it is Lax
 * there and only same-site set-ups, such as tests on one host, send it back).
 */
import { MAX_BODY_BYTES, readLimited } from '../http/api.ts';
import { STATE_COOKIE, LOGIN_STATE_MS } from './login.ts';

/** The fields of a url-encoded form body (none for other types). */
export async function formFields(request: Request): Promise<URLSearchParams> {
  if (!(request.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) return new URLSearchParams();
  return new URLSearchParams(await readLimited(request, MAX_BODY_BYTES));
}

export function launchUrlOf(origin: string): string {
  return `${origin}/lti/launch`;
}

/** Set-Cookie for the login's state. */
export function stateCookie(state: string, secure: boolean): string {
  const site = secure ? 'SameSite=None; Secure' : 'SameSite=Lax';
  return `${STATE_COOKIE}=${state}; Path=/lti/; Max-Age=${LOGIN_STATE_MS / 1000}; HttpOnly; ${site}`;
}

/** Set-Cookie that removes the state cookie after the launch. */
export function clearStateCookie(secure: boolean): string {
  return `${STATE_COOKIE}=; Path=/lti/; Max-Age=0; HttpOnly; ${secure ? 'SameSite=None; Secure' : 'SameSite=Lax'}`;
}

/** A cookie's value from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** The platform's origins that may frame our dialog pages (its issuer and its authorisation host). */
export function platformOrigins(platform: { issuer: string; auth_url: string }): string {
  const origins = new Set<string>();
  for (const url of [platform.issuer, platform.auth_url]) {
    try {
      origins.add(new URL(url).origin);
    } catch {
      // an issuer need not be a URL
    }
  }
  return [...origins].join(' ') || "'none'";
}
