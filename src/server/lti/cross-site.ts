/**
 * The only routes that take a cross-site POST: the platform's auto-submitted forms arrive at the
 * OIDC login and at the launch from the platform's origin. Both check what they receive themselves
 * (a registered issuer; a signed id_token with a one-time state and nonce), which is what the
 * origin check protects every other route with. Everything else keeps the check.
 */
export const LTI_CROSS_SITE_PATHS: ReadonlySet<string> = new Set(['/lti/login', '/lti/login/', '/lti/launch', '/lti/launch/']);

export function acceptsCrossSite(path: string): boolean {
  return LTI_CROSS_SITE_PATHS.has(path);
}
