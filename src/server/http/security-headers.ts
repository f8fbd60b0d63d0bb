/**
 * Headers on every response. The Content-Security-Policy allows nothing from anywhere but this
 * site: no third-party scripts, styles, fonts, images, media or connections. Inline scripts run
 * only when their hash is listed (the build's own: inline-script-hashes.ts). Inline styles stay
 * allowed: the stylesheets are inlined into each page and the meter sets style attributes.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "media-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    // The offline service worker (/sw.js) and the web app manifest come from this site only.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(scriptHashes: readonly string[]): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy(scriptHashes),
    'x-content-type-options': 'nosniff',
    // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts, and
    // Astro's cross-site check then refuses every form. Other sites still get no referrer.
    'referrer-policy': 'same-origin',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}
