/**
 * What each page type costs on the wire, measured in a real Chromium against the built server:
 * every byte transferred (headers and compressed bodies) from navigation until the page has loaded,
 * its islands are live and the network has been quiet for half a second; the JavaScript it runs
 * (inline and in files), fonts and images by format. Each page in a fresh browser context, so
 * nothing comes from a cache.
 *
 * Alone: `node scripts/bench/page-transfer.ts` (needs dist/).
 */
import { chromium, type Browser } from '@playwright/test';
import { brotliCompressSync } from 'node:zlib';
import { chromiumLaunchOptions } from '../../tests/e2e/browser.ts';
import { builtPages } from '../../tests/e2e/built-pages.ts';
import { useChromium } from '../ensure-chromium.ts';
import { setUpClass, startServer } from './bench-server.ts';
import { parseCliArgs } from '../cli-args.ts';

export interface PageTransfer {
  type: string;
  path: string;
  /** Everything on the wire, headers included. */
  bytes: number;
  requests: number;
  /** JavaScript the page runs: inline scripts and script files, uncompressed and as brotli. */
  js: { rawBytes: number; brotliBytes: number };
  fonts: number;
  /** Images by content type. */
  images: Record<string, number>;
}

export interface PageTypeSummary {
  type: string;
  pages: number;
  /** The heaviest page of the type. */
  max: PageTransfer;
  medianBytes: number;
  budgetBytes?: number;
  /** Pages without an interactive part must ship no JavaScript. */
  mustHaveNoJs: boolean;
}

/** Lessons carry the simulator; the budget for them, compressed, in bytes. */
export const LESSON_BUDGET_BYTES = 110 * 1024;

function pageType(path: string): string {
  if (/^\/(en\/)?$/.test(path)) return 'home';
  if (/^\/(en\/)?module\/$/.test(path)) return 'module overview';
  if (/\/module\/[^/]+\/trainer\/$/.test(path)) return 'trainer notes';
  if (/\/module\/[^/]+\/$/.test(path)) return 'lesson with simulator';
  if (/^\/(glossar|en\/glossary)\/$/.test(path)) return 'glossary';
  if (/^\/(beitreten|en\/join)\/$/.test(path)) return 'join page';
  return path;
}

async function measure(browser: Browser, origin: string, path: string, type: string, headers: Record<string, string> = {}): Promise<PageTransfer> {
  const context = await browser.newContext({ extraHTTPHeaders: headers });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const kinds = new Map<string, { type: string; mime: string }>();
    let bytes = 0;
    let requests = 0;
    let lastActivity = Date.now();
    cdp.on('Network.responseReceived', (e) => kinds.set(e.requestId, { type: e.type, mime: e.response.mimeType }));
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
      requests += 1;
      lastActivity = Date.now();
    });
    const scriptFiles: string[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'script') scriptFiles.push(await response.text());
    });
    await page.goto(origin + path, { waitUntil: 'load' });
    await page.waitForFunction(() => [...document.querySelectorAll('[data-island]')].every((root) => root.querySelector(':scope > [data-live]')));
    while (Date.now() - lastActivity < 500) await page.waitForTimeout(100);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => s.textContent ?? ''),
    );
    const sources = [...inline, ...scriptFiles].filter((s) => s.trim());
    const images: Record<string, number> = {};
    let fonts = 0;
    for (const { type: kind, mime } of kinds.values()) {
      if (kind === 'Font') fonts += 1;
      if (kind === 'Image') images[mime] = (images[mime] ?? 0) + 1;
    }
    return {
      type,
      path,
      bytes,
      requests,
      js: {
        rawBytes: sources.reduce((n, s) => n + Buffer.byteLength(s), 0),
        brotliBytes: sources.reduce((n, s) => n + brotliCompressSync(s).length, 0),
      },
      fonts,
      images,
    };
  } finally {
    await context.close();
  }
}

export async function measurePageTransfer(): Promise<{ pages: PageTransfer[]; types: PageTypeSummary[] }> {
  useChromium();
  const server = await startServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const pages: PageTransfer[] = [];
    for (const path of builtPages()) pages.push(await measure(browser, server.origin, path, pageType(path)));
    pages.push(await measure(browser, server.origin, '/gibt-es-nicht/', 'not found (404)'));
    pages.push(await measure(browser, server.origin, '/trainer/', 'trainer sign-in'));
    pages.push(await measure(browser, server.origin, '/en/trainer/', 'trainer sign-in'));
    const { cookie, classId } = await setUpClass(server.origin, [1, 4], 30);
    pages.push(await measure(browser, server.origin, `/trainer/klasse/${classId}/`, 'trainer dashboard', { cookie }));
    pages.push(await measure(browser, server.origin, `/en/trainer/class/${classId}/`, 'trainer dashboard', { cookie }));

    const types = [...new Set(pages.map((p) => p.type))].map((type): PageTypeSummary => {
      const ofType = pages.filter((p) => p.type === type).sort((a, b) => a.bytes - b.bytes);
      return {
        type,
        pages: ofType.length,
        max: ofType.at(-1)!,
        medianBytes: ofType[Math.floor((ofType.length - 1) / 2)]!.bytes,
        ...(type === 'lesson with simulator' ? { budgetBytes: LESSON_BUDGET_BYTES } : {}),
        // The home page shows this browser's progress per module (a 2 KB inline script, docs/design.md).
        mustHaveNoJs: type !== 'lesson with simulator' && type !== 'join page' && type !== 'home',
      };
    });
    return { pages, types };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.main) {
  parseCliArgs({
    usage: `Usage: node scripts/bench/page-transfer.ts   (needs dist/)
Bytes on the wire per page type (headers and compressed bodies, cache off) in the machine's
Chromium against the built server, with the JavaScript, fonts and images each page loads.`,
  });
  const { types } = await measurePageTransfer();
  for (const t of types) console.log(t.type, t.pages, t.max.path, t.max.bytes, t.medianBytes, t.max.js, t.max.fonts, t.max.images);
}
