/**
 * Lean twins of island pages (src/build/lean-pages.mjs): the twin plus its parts give back exactly
 * the page, its islands' script element aside; each distinct islands' script becomes its own file;
 * a page without exactly one inline module script stops the build by name; pages without islands
 * get no twin.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillParts, isLeanPagesFile, islandsScriptOf, splitPage, writeLeanPages } from '../../src/build/lean-pages.mjs';
import { swPagesSource } from '../../src/build/sw-pages.mjs';

const STYLE = `:root{--ink:#1c1b22}${'.x{color:red}'.repeat(60)}`;
const SCRIPT = `var e=Object.create;${'console.log("islands");'.repeat(20)}`;
const props = (n: number) => JSON.stringify({ scenario: { id: `s${n}`, text: `Text $& $1 ${n} \\u003c/script>`.repeat(40) } });

function islandPage(lesson: string, script = SCRIPT): string {
  return `<!DOCTYPE html><html lang="de"><head><style>${STYLE}</style><script type="module">${script}</script></head><body><h1>${lesson}</h1>
<script>(function(){var w=window})()</script><script type="application/json" data-island-props>${props(1)}</script><div data-island="Simulator"></div>
<script type="application/json" data-island-props>{"id":"q"}</script><div data-island="Quiz"></div>
<script type="application/json" data-island-props>${props(2)}</script><div data-island="Simulator"></div></body></html>`;
}

const ISLANDS_URL = '/_astro/islands.abc.js';
const asScriptFile = (html: string) => html.replace(/<script type="module">[\s\S]*?<\/script>/, `<script type="module" src="${ISLANDS_URL}"></script>`);

describe('lean twins', () => {
  it('keep the page but for the islands’ script element: parts fill back in byte for byte', async () => {
    const html = islandPage('Deeskalieren');
    const { twin, parts } = splitPage(html, ISLANDS_URL);
    expect(twin).not.toContain(STYLE);
    expect(twin).not.toContain(props(1));
    expect(twin).not.toContain(SCRIPT);
    expect(twin).toContain(`<script type="module" src="${ISLANDS_URL}"></script>`);
    // The classic inline script (early taps) stays: it must run before the islands arrive.
    expect(twin).toContain('<script>(function(){var w=window})()</script>');
    expect(twin.length).toBeLessThan(html.length / 3);
    // One stylesheet file, one props file for the page.
    expect([...parts.keys()].map((url) => url.replace(/[0-9a-f]{16}/, 'H'))).toEqual(['/_astro/parts/H.css', '/_astro/parts/H.json']);
    expect(await fillParts(twin, async (url) => parts.get(url))).toBe(asScriptFile(html));
  });

  it('give nothing when a part is missing, so the worker takes the whole page', async () => {
    const { twin, parts } = splitPage(islandPage('Deeskalieren'), ISLANDS_URL);
    const css = [...parts.keys()].find((url) => url.endsWith('.css'))!;
    expect(await fillParts(twin, async (url) => (url === css ? undefined : parts.get(url)))).toBeUndefined();
  });

  it('share one stylesheet file between pages; props files differ by page', () => {
    const a = splitPage(islandPage('A'), ISLANDS_URL).parts;
    const b = splitPage(islandPage('B').replace(props(2), props(3)), ISLANDS_URL).parts;
    const css = (parts: Map<string, string>) => [...parts.keys()].filter((url) => url.endsWith('.css'));
    const json = (parts: Map<string, string>) => [...parts.keys()].filter((url) => url.endsWith('.json'));
    expect(css(a)).toEqual(css(b));
    expect(json(a)).not.toEqual(json(b));
  });

  it('refuse a page without exactly one islands’ script, naming the page', () => {
    expect(islandsScriptOf('module/a/index.html', islandPage('A'))).toBe(SCRIPT);
    const twoScripts = islandPage('B').replace('</head>', '<script type="module">var other=1</script></head>');
    expect(() => islandsScriptOf('module/b/index.html', twoScripts)).toThrow(/module\/b\/index\.html has 2 inline module scripts/);
  });
});

describe('writeLeanPages', () => {
  const client = mkdtempSync(join(tmpdir(), 'lean-pages-'));
  afterAll(() => rmSync(client, { recursive: true, force: true }));

  it('writes the islands’ script once, a twin per island page and leaves other pages alone', async () => {
    const files: Record<string, string> = {
      'module/a/index.html': islandPage('A'),
      'en/module/b/index.html': islandPage('B'),
      'index.html': '<!DOCTYPE html><html><body>Start, no islands</body></html>',
      'lti/start/index.html': islandPage('LTI'),
    };
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(join(client, file, '..'), { recursive: true });
      writeFileSync(join(client, file), html);
    }
    const lean = await writeLeanPages(client, Object.keys(files));
    expect(lean.pagePaths).toEqual(['/en/module/b/', '/module/a/']);
    expect(lean.islandsUrl).toMatch(/^\/_astro\/islands\.[0-9a-f]{16}\.js$/);
    expect(readFileSync(join(client, lean.islandsUrl!), 'utf8')).toBe(SCRIPT);
    expect(existsSync(join(client, 'module/a/index.lean.html'))).toBe(true);
    expect(existsSync(join(client, 'index.lean.html'))).toBe(false);
    // Never-cached paths (LTI launches) get no twin: the worker does not answer them.
    expect(existsSync(join(client, 'lti/start/index.lean.html'))).toBe(false);
    const twin = readFileSync(join(client, 'module/a/index.lean.html'), 'utf8');
    const restored = await fillParts(twin, async (url) => readFileSync(join(client, url), 'utf8'));
    expect(restored).toBe(asScriptFile(files['module/a/index.html']!).replace(ISLANDS_URL, lean.islandsUrl!));
  });

  it('writes one file per distinct islands’ script: lesson pages and the other island pages each load their own', async () => {
    const other = `${SCRIPT}//join page`;
    const files: Record<string, string> = { 'module/c/index.html': islandPage('C'), 'beitreten/index.html': islandPage('Join', other) };
    for (const [file, html] of Object.entries(files)) {
      mkdirSync(join(client, file, '..'), { recursive: true });
      writeFileSync(join(client, file), html);
    }
    await writeLeanPages(client, Object.keys(files));
    const scriptOf = (twinFile: string) => /<script type="module" src="([^"]+)"><\/script>/.exec(readFileSync(join(client, twinFile), 'utf8'))![1]!;
    const [lesson, join_] = [scriptOf('module/c/index.lean.html'), scriptOf('beitreten/index.lean.html')];
    expect(lesson).not.toBe(join_);
    expect(readFileSync(join(client, lesson), 'utf8')).toBe(SCRIPT);
    expect(readFileSync(join(client, join_), 'utf8')).toBe(other);
  });
});

describe('the worker script', () => {
  it('is valid JavaScript with the twins’ page list and the fill-in function inside', () => {
    const source = swPagesSource({ pagePaths: ['/module/a/'], islandsUrl: '/_astro/islands.abc.js' });
    // Compiles as a classic script (importScripts runs it so); a syntax error would stop the worker installing.
    expect(() => new Function(source)).not.toThrow();
    expect(source).toContain('new Set(["/module/a/"])');
    expect(source).toContain(fillParts.toString());
  });
});

describe('isLeanPagesFile', () => {
  it('names the islands’ script, the parts and the twins, nothing else under dist/client', () => {
    expect(isLeanPagesFile('_astro/islands.530aa7902bbd3a59.js')).toBe(true);
    expect(isLeanPagesFile('_astro/parts/0123456789abcdef.json')).toBe(true);
    expect(isLeanPagesFile('module/deeskalieren/index.lean.html')).toBe(true);
    expect(isLeanPagesFile('_astro/howler.core.min.DDa3X4-6.js')).toBe(false);
    expect(isLeanPagesFile('_astro/analyser-worker-w8VbqtBA.js')).toBe(false);
    expect(isLeanPagesFile('module/deeskalieren/index.html')).toBe(false);
  });
});
