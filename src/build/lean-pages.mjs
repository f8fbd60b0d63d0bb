// @ts-check
/**
 * Lean twins of the island pages, for repeat visits with the service worker (docs/deployment.md,
 * "Repeat visits"). A first visit keeps the one-request page: HTML with the islands' script, the
 * stylesheet and the islands' props inline. Once the worker is installed it has all of those in its
 * precache, so it fetches only what is particular to a page and puts the page together itself:
 *
 * - the islands' script (one inline module script per island page; the build fails naming the page
 *   if not) becomes a hashed file, `/_astro/islands.<hash>.js`, one per distinct script (lesson pages
 *   share one, the few other island pages another: docs/architecture.md), and the twin loads it with
 *   `<script type="module" src>` (from the worker's cache, where the browser also keeps its
 *   compiled code);
 * - the inline stylesheet and the islands' props (`<script type="application/json"
 *   data-island-props>`) become hashed files under `/_astro/parts/` (the stylesheet one shared
 *   file, the props one file per page); the twin keeps the element empty, marked
 *   `data-part="<url>"` or `"<url>#<n>"`, and the worker fills it back in (fillParts) byte for byte.
 *
 * The twin of `module/x/index.html` is `module/x/index.lean.html`. The worker serves it under the
 * page's own URL, so the learner sees the same page; the only difference in the document is the
 * islands' script element, which now has a `src`. Pages without islands stay as they are.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NEVER_CACHED } from '../offline/cache-names.mjs';

/** Where the parts live: under /_astro/, so the server sends them as immutable. */
export const PARTS_DIR = '_astro/parts';
/**
 * Whether a file under dist/client (path relative to it, `/` separated) exists only for the lean
 * twins: packages that carry pages as built (SCORM) leave these out.
 * @param {string} file
 */
export const isLeanPagesFile = (file) => /^_astro\/(?:parts\/|islands\.[0-9a-f]{16}\.js$)|(?:^|\/)index\.lean\.html$/.test(file);

/** Below this, a part costs more to look up than it saves on the wire. */
const MIN_PART_BYTES = 512;

const ISLANDS_SCRIPT = /<script type="module">([\s\S]*?)<\/script>/g;
const PART_CANDIDATE = /<(style|script)((?: type="application\/json" data-island-props)?)>([\s\S]*?)<\/\1>/g;

/** @param {string} text */
const hashOf = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * The page's twin with the parts filled back in: `readPart(url)` gives a part file's text, or
 * undefined when it is not at hand, and then the result is undefined too (the caller takes the
 * whole page). A marker `url#n` stands for entry n of a page's props file (a JSON array).
 * Runs in the service worker as well (copied in as text by sw-pages.mjs): plain ES2020, no closures.
 * @param {string} twin
 * @param {(url: string) => Promise<string | undefined>} readPart
 * @returns {Promise<string | undefined>}
 */
export async function fillParts(twin, readPart) {
  const part = /<(style|script)([^>]*?) data-part="([^"#]+)(?:#(\d+))?"><\/\1>/g;
  const urls = [...new Set([...twin.matchAll(part)].map((m) => String(m[3])))];
  const texts = new Map(await Promise.all(urls.map(async (url) => /** @type {const} */ ([url, await readPart(url)]))));
  if ([...texts.values()].some((text) => text === undefined)) return undefined;
  /** @type {Map<string, string[]>} */
  const lists = new Map();
  return twin.replace(part, (_, tag, attributes, url, index) => {
    let text = texts.get(url);
    if (index !== undefined) {
      if (!lists.has(url)) lists.set(url, JSON.parse(String(text)));
      text = lists.get(url)?.[Number(index)];
    }
    return `<${tag}${attributes}>${text}</${tag}>`;
  });
}

/**
 * Splits one island page: its twin, and the part files it refers to (url → text). A stylesheet is
 * a file of its own (every page shares it: one file in the worker's cache); a page's props go into
 * one file per page, because the worker precaches file by file, one request after the other.
 * @param {string} html the page as built
 * @param {string} islandsUrl where the islands' script is served
 */
export function splitPage(html, islandsUrl) {
  /** @type {Map<string, string>} */
  const parts = new Map();
  /** @type {string[]} */
  const props = [];
  const PAGE_PROPS = '\u0000page-props';
  let twin = html
    .replace(ISLANDS_SCRIPT, `<script type="module" src="${islandsUrl}"></script>`)
    .replace(PART_CANDIDATE, (element, tag, attributes, text) => {
      // Only stylesheets and islands' props: a script that runs stays where it is.
      if (tag === 'script' && !attributes) return element;
      if (tag === 'script') return `<${tag}${attributes} data-part="${PAGE_PROPS}#${props.push(text) - 1}"></${tag}>`;
      if (text.length < MIN_PART_BYTES) return element;
      const url = `/${PARTS_DIR}/${hashOf(text)}.css`;
      parts.set(url, text);
      return `<${tag}${attributes} data-part="${url}"></${tag}>`;
    });
  if (props.length) {
    const bundle = JSON.stringify(props);
    const url = `/${PARTS_DIR}/${hashOf(bundle)}.json`;
    twin = twin.replaceAll(PAGE_PROPS, url);
    parts.set(url, bundle);
  }
  return { twin, parts };
}

/**
 * The page's islands' script (its one inline module script); throws naming the page if it has none or several.
 * @param {string} page
 * @param {string} html
 */
export function islandsScriptOf(page, html) {
  const scripts = [...html.matchAll(ISLANDS_SCRIPT)].map((m) => String(m[1]));
  if (scripts.length !== 1) throw new Error(`lean pages: ${page} has ${scripts.length} inline module scripts, expected the islands' script alone`);
  return /** @type {string} */ (scripts[0]);
}

/**
 * The URL path a page file stands for: `module/x/index.html` → `/module/x/`.
 * @param {string} file
 */
export const pagePathOf = (file) => `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`;

/**
 * Writes the islands' script, the parts and a twin for every island page under `client`.
 * Returns the page paths that have a twin, one islands' script URL (the worker's sign that its
 * precache is in place: every islands' file is precached together) and every file written.
 * @param {string} client dist/client
 * @param {readonly string[]} pageFiles HTML files under `client` (relative)
 */
export async function writeLeanPages(client, pageFiles) {
  /** @type {Map<string, string>} */
  const pages = new Map();
  for (const file of pageFiles) {
    if (!file.endsWith('index.html') || NEVER_CACHED.test(pagePathOf(file))) continue;
    const html = await readFile(join(client, file), 'utf8');
    if (html.includes('data-island=')) pages.set(file, html);
  }
  if (pages.size === 0) return { pagePaths: [], islandsUrl: undefined, written: [] };
  /** @type {Map<string, string>} file (relative) → content */
  const out = new Map();
  /** @type {string | undefined} */
  let islandsUrl;
  for (const [file, html] of pages) {
    const script = islandsScriptOf(file, html);
    const url = `/_astro/islands.${hashOf(script)}.js`;
    islandsUrl ??= url;
    out.set(url.slice(1), script);
    const { twin, parts } = splitPage(html, url);
    // The worker must give back exactly this page, its script element aside.
    const restored = await fillParts(twin, async (part) => parts.get(part));
    if (restored !== html.replace(ISLANDS_SCRIPT, `<script type="module" src="${url}"></script>`)) throw new Error(`lean pages: ${file} does not survive the round trip through its twin`);
    out.set(file.replace(/index\.html$/, 'index.lean.html'), twin);
    for (const [part, text] of parts) out.set(part.slice(1), text);
  }
  mkdirSync(join(client, PARTS_DIR), { recursive: true });
  await Promise.all([...out].map(([file, content]) => writeFile(join(client, file), content)));
  return { pagePaths: [...pages.keys()].map(pagePathOf).sort(), islandsUrl, written: [...out.keys()].map((file) => join(client, file)) };
}
