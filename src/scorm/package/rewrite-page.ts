/**
 * Makes a built page work inside a SCORM package, where it is served from some folder of the LMS
 * rather than from our site's root: every root-relative URL (`/_astro/…`, `/sounds/…`, page links)
 * becomes relative to the page's place in the package; a lesson's links to the other packaged pages
 * (help, law, glossary) open in a new tab; links to pages the package does not hold lose their href
 * (they would lead into the LMS's own site); canonical and alternate links go; a
 * Content-Security-Policy keeps every request on the package's own origin; and a lesson page gets
 * the reporter as its first script. Pure string work on our own build's HTML.
 */

export interface ReporterTag {
  /** Package-relative path of the reporter script, e.g. `scorm-reporter.js`. */
  src: string;
  version: '1.2' | '2004';
  scenarioIds: readonly string[];
  withText: boolean;
}

export interface RewriteOptions {
  /** The page's path in the package, e.g. `module/deeskalieren/index.html`. */
  pagePath: string;
  /** Every page the package holds (paths like `hilfe/index.html`). */
  pages: ReadonlySet<string>;
  /** Assets' path prefixes, without slashes (`_astro`, `sounds`, `favicon.svg`). */
  assets: readonly string[];
  reporter?: ReporterTag | undefined;
}

/** The only origin the page may talk to: its own (the LMS that serves the package). */
export const PACKAGE_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; connect-src 'self' data: blob:; worker-src 'self' blob:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `../` as often as the page is deep. */
function upFrom(pagePath: string): string {
  return '../'.repeat(pagePath.split('/').length - 1);
}

/** Where a root-relative page URL lives in the package (`/hilfe/#x` → `hilfe/index.html#x`), if held. */
export function packagedPage(url: string, pages: ReadonlySet<string>): string | undefined {
  const match = /^\/([^?#]*?)\/?([?#].*)?$/.exec(url);
  if (!match) return undefined;
  const [, dir = '', rest = ''] = match;
  const file = dir === '' ? 'index.html' : dir.endsWith('.html') ? dir : `${dir}/index.html`;
  return pages.has(file) ? file + rest.replace(/^\?[^#]*/, '') : undefined;
}

/** The page's HTML as the package holds it. */
export function rewritePage(html: string, options: RewriteOptions): string {
  const up = upFrom(options.pagePath);
  const assetPattern = new RegExp(`(["'\`(])/(${options.assets.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=[/"'\`)])`, 'g');
  let out = html
    // Canonical and language alternates point at our public site: not part of a package.
    .replace(/<link rel="(?:canonical|alternate)"[^>]*>/g, '')
    // Assets, wherever they are named (attributes, inline scripts' strings, CSS url()).
    .replace(assetPattern, (_m, quote: string, asset: string) => `${quote}${up}${asset}`)
    // Page links: to the packaged copy, or no link at all.
    .replace(/(<a\b[^>]*?)\shref="(\/[^"]*)"/g, (_m, start: string, url: string) => {
      const target = packagedPage(url.replace(/&amp;/g, '&'), options.pages);
      if (target === undefined) return start;
      // From a lesson (a SCO), another page opens beside it: leaving the SCO's page would end its
      // session with the platform (pagehide → Terminate), and a platform need not allow a second one.
      const beside = options.reporter && target !== options.pagePath ? ' target="_blank" rel="noopener"' : '';
      return `${start} href="${escapeAttribute(up + target)}"${beside}`;
    });
  const head = [`<meta http-equiv="Content-Security-Policy" content="${PACKAGE_CSP}">`];
  if (options.reporter) {
    const { src, version, scenarioIds, withText } = options.reporter;
    head.push(`<script src="${escapeAttribute(up + src)}" data-version="${version}" data-scenarios="${escapeAttribute(scenarioIds.join(','))}"${withText ? ' data-with-text="true"' : ''}></script>`);
  }
  // Right after <meta charset>: the policy must come before anything it governs, the reporter before the islands.
  out = out.replace(/(<head[^>]*>(?:\s*<meta charset="[^"]*"\s*\/?>)?)/i, (m) => m + head.join(''));
  return out;
}
