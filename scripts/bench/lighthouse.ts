/**
 * Lighthouse scores of the built site, served by our own server: the home page, a module page, the
 * glossary and the trainer's class dashboard (signed in, a class with learners and results), each
 * under Lighthouse's mobile preset and under a harsh profile (RTT 300 ms, 700 kbit/s, CPU 6x), the
 * latter both simulated (Lighthouse's default) and applied in the browser; median of 3 runs.
 * Lighthouse drives the machine's Chromium over the DevTools protocol.
 *
 * Alone: `node scripts/bench/lighthouse.ts` (needs dist/).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions } from '../../tests/e2e/browser.ts';
import { useChromium } from '../ensure-chromium.ts';
import { completePaths, scenariosOfModule, setUpClass, startServer, type BenchServer } from './bench-server.ts';
import { parseCliArgs } from '../cli-args.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseProfile {
  name: string;
  /** simulate (Lighthouse's default: a model replays the page's requests on the profile's
   * network) or devtools (the browser itself is throttled while the page loads). */
  method: 'simulate' | 'devtools';
  /** Lighthouse's throttling settings; undefined keeps the mobile preset's own. */
  throttling?: { rttMs: number; throughputKbps: number; cpuSlowdownMultiplier: number; requestLatencyMs: number; downloadThroughputKbps: number; uploadThroughputKbps: number };
  /** Only these pages (by name); all when absent. */
  pages?: string[];
}

/** The harsh profile's network; in the browser, Lighthouse's factors (latency x3.75, throughput x0.9). */
const HARSH = { rttMs: 300, throughputKbps: 700, cpuSlowdownMultiplier: 6, requestLatencyMs: 300 * 3.75, downloadThroughputKbps: 700 * 0.9, uploadThroughputKbps: 700 * 0.9 };

export const LIGHTHOUSE_PROFILES: LighthouseProfile[] = [
  { name: 'mobile', method: 'simulate' },
  { name: 'harsh', method: 'simulate', throttling: HARSH },
  // The same harsh network applied in the browser, for the module page: it is painted as its HTML
  // streams in, which the simulation does not model (it paints only once the whole document is in).
  { name: 'harsh, in the browser', method: 'devtools', throttling: HARSH, pages: ['module page'] },
];

/** Runs per page and profile; scores are the median (Lighthouse's own advice against its noise). */
const REPEATS = 3;

export interface LighthouseResult {
  page: string;
  path: string;
  profile: string;
  scores: Record<Category, number>;
  /** Core timings in ms, for seeing why a score moved. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number; speedIndex: number };
  /** Audits that fell short (score below 1), by id, for the categories other than performance. */
  failed: string[];
  /** Performance score of every run, the median of which is `scores.performance`. */
  performanceRuns: number[];
}

/** Chromium flags that keep it off a network it cannot reach here (see MACHINE-NOTES). */
const CHROME_FLAGS = ['--headless=new', ...(chromiumLaunchOptions().args ?? [])];

/** Signs a trainer in, fills a class with learners and runs, and returns the dashboard's path. */
async function dashboardWithData(server: BenchServer): Promise<{ path: string; cookie: string }> {
  const { cookie, classId, tokens } = await setUpClass(server.origin, [4], 12);
  const [scenario] = scenariosOfModule(4);
  if (!scenario) throw new Error('module 4 has no scenario');
  const paths = completePaths(scenario, 6);
  await Promise.all(
    tokens.map(async (token, i) => {
      const body = JSON.stringify({ id: crypto.randomUUID(), scenarioId: scenario.id, scenarioVersion: scenario.version, path: paths[i % paths.length], finishedAt: new Date().toISOString() });
      const res = await fetch(`${server.origin}/api/runs`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      if (!res.ok) throw new Error(`a bench run was refused: ${res.status} ${await res.text()}`);
    }),
  );
  return { path: `/trainer/klasse/${classId}/`, cookie };
}

export async function measureLighthouse(options: { profiles?: LighthouseProfile[] } = {}): Promise<LighthouseResult[]> {
  const chromePath = useChromium();
  const server = await startServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'candystorm-lighthouse-'));
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, userDataDir, logLevel: 'silent' });
  try {
    const dashboard = await dashboardWithData(server);
    const pages = [
      { page: 'home', path: '/' },
      { page: 'module page', path: '/module/deeskalieren/' },
      { page: 'glossary', path: '/glossar/' },
      { page: 'trainer dashboard', path: dashboard.path, headers: { cookie: dashboard.cookie } },
    ];
    const results: LighthouseResult[] = [];
    for (const profile of options.profiles ?? LIGHTHOUSE_PROFILES) {
      for (const { page, path, headers } of pages.filter((p) => !profile.pages || profile.pages.includes(p.page))) {
        const runs: NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'][] = [];
        for (let i = 0; i < REPEATS; i++) {
          const run = await lighthouse(server.origin + path, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
            throttlingMethod: profile.method,
            ...(headers ? { extraHeaders: headers } : {}),
            ...(profile.throttling ? { throttling: profile.throttling } : {}),
          });
          if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
          if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
          runs.push(run.lhr);
        }
        const score = (lhr: (typeof runs)[number], c: Category) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
        // The run with the median performance score stands for the page; other categories rarely vary.
        const byPerformance = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
        const lhr = byPerformance[Math.floor(byPerformance.length / 2)]!;
        const metric = (id: string) => Math.round((lhr.audits[id]?.numericValue ?? NaN) * (id === 'cumulative-layout-shift' ? 1000 : 1)) / (id === 'cumulative-layout-shift' ? 1000 : 1);
        const failed = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
          (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => `${c}:${ref.id}`),
        );
        results.push({
          page,
          path: page === 'trainer dashboard' ? '/trainer/klasse/<id>/' : path,
          profile: profile.name,
          scores: Object.fromEntries(CATEGORIES.map((c) => [c, score(lhr, c)])) as Record<Category, number>,
          metrics: {
            fcp: metric('first-contentful-paint'),
            lcp: metric('largest-contentful-paint'),
            tbt: metric('total-blocking-time'),
            cls: metric('cumulative-layout-shift'),
            speedIndex: metric('speed-index'),
          },
          failed,
          performanceRuns: runs.map((r) => score(r, 'performance')),
        });
      }
    }
    return results;
  } finally {
    chrome.kill();
    rmSync(userDataDir, { recursive: true, force: true });
    await server.stop();
  }
}

if (import.meta.main) {
  parseCliArgs({
    usage: `Usage: node scripts/bench/lighthouse.ts   (needs dist/)
Lighthouse scores (median of 3) of the home page, a module page, the glossary and a trainer
dashboard on the built server, under the mobile preset and a harsh profile.`,
  });
  for (const r of await measureLighthouse()) {
    console.log(
      `${r.profile.padEnd(22)} ${r.page.padEnd(18)} ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}; FCP ${r.metrics.fcp} ms, LCP ${r.metrics.lcp} ms, TBT ${r.metrics.tbt} ms, CLS ${r.metrics.cls}${r.failed.length ? `; failed: ${r.failed.join(' ')}` : ''}`,
    );
  }
}
