// @ts-check
/**
 * Fills in the sizes the "save for offline" buttons show (src/components/SaveOffline.astro): a
 * page cannot know its own built size, so it leaves `<span data-offline-size-of='[urls]'></span>`
 * empty and this step writes the sum of what those pages transfer (their brotli twin, as the
 * server sends them; the plain file where there is none) in the page's language.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SLOT = /(<span\b[^>]*\bdata-offline-size-of="([^"]*)"[^>]*>)(<\/span>)/g;

/**
 * Bytes a page transfers: its brotli twin when the build made one.
 * @param {string} client
 * @param {string} url a page path such as /module/deeskalieren/
 */
export function transferSize(client, url) {
  const file = join(client, url, url.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`save for offline: ${url} was not built (${file})`);
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : statSync(file).size;
}

/**
 * "480 KB" / "1,2 MB" in the given language; at least 1 KB.
 * @param {number} bytes
 * @param {string} lang
 */
export function formatSize(bytes, lang) {
  const kb = bytes / 1000;
  if (kb < 1000) return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(kb)))} KB`;
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(kb / 1000)} MB`;
}

/**
 * `html` with every empty size slot filled in.
 * @param {string} html
 * @param {(url: string) => number} sizeOf
 */
export function fillSizes(html, sizeOf) {
  const lang = /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'de';
  return html.replace(SLOT, (_, open, urls, close) => {
    const list = /** @type {string[]} */ (JSON.parse(urls.replace(/&quot;/g, '"').replace(/&#34;/g, '"')));
    return `${open}${formatSize(list.reduce((sum, url) => sum + sizeOf(url), 0), lang)}${close}`;
  });
}

/**
 * Fills the slots in every built page that has them; returns the files it changed.
 * @param {string} client dist/client
 * @param {readonly string[]} pages paths of HTML files under `client`
 */
export async function writeOfflineSizes(client, pages) {
  const changed = [];
  for (const page of pages) {
    const file = join(client, page);
    const html = await readFile(file, 'utf8');
    if (!html.includes('data-offline-size-of')) continue;
    const filled = fillSizes(html, (url) => transferSize(client, url));
    if (filled !== html) {
      await writeFile(file, filled);
      changed.push(file);
    }
  }
  return changed;
}
