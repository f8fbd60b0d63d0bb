/**
 * Time to first choice: from navigation until the first choice of a lesson's simulator is on screen
 * and answers clicks (the island has hydrated and set its performance mark). Measured in a real
 * Chromium over the DevTools protocol with the cache off, throttled network and a slowed CPU; each
 * run in a fresh browser context so nothing is cached or stored between runs.
 *
 * Alone: `node scripts/bench/first-choice.ts [--runs=5] [/module/<slug>/]` (needs dist/).
 */
import { chromium, type Browser } from '@playwright/test';
import { SIMULATOR_LIVE_MARK } from '../../src/islands/Simulator/live-mark.ts';
import { chromiumLaunchOptions } from '../../tests/e2e/browser.ts';
import { useChromium } from '../ensure-chromium.ts';
import { percentile } from './load-runs.ts';
import { startServer } from './bench-server.ts';
import { parseCliArgs } from '../cli-args.ts';

export interface NetworkProfile {
  name: string;
  /** Added to every request, as Chromium's DevTools throttling does (ms). */
  latencyMs: number;
  downloadKbit: number;
  uploadKbit: number;
  cpuSlowdown: number;
  targetMs: number;
}

/** Lighthouse's "slow 4G" mobile profile and an overloaded school Wi-Fi. */
export const PROFILES: NetworkProfile[] = [
  { name: 'mobile', latencyMs: 562.5, downloadKbit: 1474.56, uploadKbit: 675, cpuSlowdown: 4, targetMs: 1500 },
  { name: 'weak school Wi-Fi', latencyMs: 1125, downloadKbit: 630, uploadKbit: 300, cpuSlowdown: 6, targetMs: 3000 },
];

export interface FirstChoiceResult {
  page: string;
  profile: NetworkProfile;
  runsMs: number[];
  medianMs: number;
  /** When the page first showed content (median): the lesson's text comes before its script. */
  firstContentfulPaintMs: number;
  /** Bytes on the wire (headers and compressed bodies) until the first choice was live. */
  bytesTransferred: number;
  requests: number;
}

/** One page load in a fresh context; resolves with the mark's time since navigation start. */
async function oneRun(browser: Browser, url: string, profile: NetworkProfile) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: (profile.downloadKbit * 1024) / 8,
      uploadThroughput: (profile.uploadKbit * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime, SIMULATOR_LIVE_MARK, { timeout: 60_000, polling: 50 });
    const ms = (await handle.jsonValue()) as number;
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const choice = page.locator('.sim button[data-choice]').first();
    if (!(await choice.isVisible())) throw new Error(`${url}: the simulator is live but shows no choice`);
    return { ms, fcp, bytes, requests };
  } finally {
    await context.close();
  }
}

export async function measureFirstChoice(options: { page?: string; runs?: number; profiles?: NetworkProfile[] } = {}): Promise<FirstChoiceResult[]> {
  const path = options.page ?? '/module/deeskalieren/';
  const runs = options.runs ?? 5;
  useChromium();
  const server = await startServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const results: FirstChoiceResult[] = [];
    for (const profile of options.profiles ?? PROFILES) {
      await oneRun(browser, server.origin + path, { ...profile, latencyMs: 0, cpuSlowdown: 1 }); // warms the server
      const measured = [];
      for (let i = 0; i < runs; i++) measured.push(await oneRun(browser, server.origin + path, profile));
      const runsMs = measured.map((r) => Math.round(r.ms));
      const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
      results.push({
        page: path,
        profile,
        runsMs,
        medianMs: median(runsMs),
        firstContentfulPaintMs: Math.round(median(measured.map((r) => r.fcp))),
        bytesTransferred: Math.max(...measured.map((r) => r.bytes)),
        requests: Math.max(...measured.map((r) => r.requests)),
      });
    }
    return results;
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.main) {
  const { options, positionals } = parseCliArgs({
    usage: `Usage: node scripts/bench/first-choice.ts [--runs=5] [/module/<slug>/]   (needs dist/)
Time to first choice on a lesson page in the machine's Chromium (cache off, throttled network and
CPU): navigation until the simulator's first choice is shown and hydrated.`,
    options: { runs: 'number' },
    maxPositionals: 1,
  });
  const runs = Number(options.get('runs') ?? 5);
  const page = positionals[0];
  for (const r of await measureFirstChoice({ runs, ...(page ? { page } : {}) })) {
    console.log(`${r.page} ${r.profile.name}: median ${r.medianMs} ms (target ≤ ${r.profile.targetMs}), runs ${r.runsMs.join(', ')}; first paint ${r.firstContentfulPaintMs} ms; ${(r.bytesTransferred / 1024).toFixed(1)} KB in ${r.requests} requests`);
  }
}
