/**
 * The JavaScript each built page ships: inline scripts, module scripts, island components and
 * renderers, and everything they import, statically or dynamically (islands load on hydration).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** Local JS files a chunk imports (`from "./x.js"`, `import("./x.js")`, `import "./x.js"`). */
function importsOf(file: string, source: string): string[] {
  const specs = [...source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s));
}

function scriptUrls(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return urls.filter((u) => u.startsWith('/'));
}

export function measurePages(dist: string): PageWeight[] {
  return htmlFiles(dist).map((page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .filter((s) => s.trim() && !/type="application\/(ld\+)?json"/.test(s));
    const seen = new Set<string>();
    const queue = scriptUrls(html).map((u) => join(dist, u));
    let rawBytes = inline.reduce((n, s) => n + Buffer.byteLength(s), 0);
    let gzipBytes = inline.reduce((n, s) => n + gzipSize(s), 0);
    while (queue.length) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const source = readFileSync(file);
      rawBytes += source.length;
      gzipBytes += gzipSize(source);
      queue.push(...importsOf(file, source.toString('utf8')));
    }
    return { page: `/${page}`, files: [...seen].map((f) => relative(dist, f)).sort(), rawBytes, gzipBytes };
  });
}
