/**
 * The JavaScript each built page ships: inline scripts, module scripts, island components and
 * renderers and everything they import statically. Code loaded only on demand (`import()`, e.g.
 * howler on the first sound) is counted apart. The simulator's own share is what remains after
 * React (react, react-dom and Astro's React renderer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  rawBytes: number;
  gzipBytes: number;
}

export interface PageWeight extends Weight {
  page: string;
  files: string[];
  /** React itself: the part every island page shares. */
  react: Weight;
  /** Everything else loaded up front (island code, Astro's loader). */
  beyondReact: Weight;
  /** Loaded only when needed (dynamic import), e.g. the audio library. */
  onDemand: Weight & { files: string[] };
}

const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const zero = (): Weight => ({ rawBytes: 0, gzipBytes: 0 });
const add = (w: Weight, source: string | Buffer) => {
  w.rawBytes += Buffer.byteLength(source);
  w.gzipBytes += gzipSize(source);
};
/** Chunks of React and Astro's React renderer, by the names Vite gives them. */
const isReact = (file: string) => /^(client|react|react-dom|jsx-runtime)\.[\w-]+\.js$/.test(basename(file));

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

const LOCAL_JS = /(?:from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC_JS = /import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function scriptUrls(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];
  return urls.filter((u) => u.startsWith('/'));
}

/** Follows static imports from `entries`; returns the files and the dynamic imports found. */
function closure(entries: string[]): { files: Set<string>; dynamic: Set<string> } {
  const files = new Set<string>();
  const dynamic = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const dyn = [...source.matchAll(DYNAMIC_JS)].map((m) => resolve(dirname(file), m[1]!));
    dyn.forEach((d) => dynamic.add(d));
    for (const m of source.matchAll(LOCAL_JS)) {
      const target = resolve(dirname(file), m[1]!);
      if (!dyn.includes(target)) queue.push(target);
    }
  }
  return { files, dynamic };
}

export function measurePages(dist: string): PageWeight[] {
  return htmlFiles(dist).map((page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!) && m[2]!.trim())
      .map((m) => m[2]!);
    const upFront = closure(scriptUrls(html).map((u) => join(dist, u)));
    const later = closure([...upFront.dynamic].filter((f) => !upFront.files.has(f)));
    const react = zero();
    const beyondReact = zero();
    inline.forEach((s) => add(beyondReact, s));
    for (const file of upFront.files) add(isReact(file) ? react : beyondReact, readFileSync(file));
    const onDemand = { ...zero(), files: [...later.files].filter((f) => !upFront.files.has(f)).map((f) => relative(dist, f)).sort() };
    onDemand.files.forEach((f) => add(onDemand, readFileSync(join(dist, f))));
    return {
      page: `/${page}`,
      files: [...upFront.files].map((f) => relative(dist, f)).sort(),
      rawBytes: react.rawBytes + beyondReact.rawBytes,
      gzipBytes: react.gzipBytes + beyondReact.gzipBytes,
      react,
      beyondReact,
      onDemand,
    };
  });
}

/** One island's own code: its component chunk and what it imports, without React; plus on demand. */
export function islandWeight(dist: string, component: string): { upFront: Weight; onDemand: Weight } | undefined {
  const file = readdirSync(join(dist, '_astro')).find((f) => f.startsWith(`${component}.`) && f.endsWith('.js'));
  if (!file) return undefined;
  const upFront = closure([join(dist, '_astro', file)]);
  const later = closure([...upFront.dynamic].filter((f) => !upFront.files.has(f)));
  const own = zero();
  const onDemand = zero();
  for (const f of upFront.files) if (!isReact(f)) add(own, readFileSync(f));
  for (const f of later.files) if (!upFront.files.has(f)) add(onDemand, readFileSync(f));
  return { upFront: own, onDemand };
}
