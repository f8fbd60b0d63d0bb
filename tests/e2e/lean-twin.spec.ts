/**
 * Repeat visits (issue 17, item 2): with the service worker in control, another lesson is answered
 * from its lean twin (src/build/lean-pages.mjs): the worker takes the twin, fills in the
 * stylesheet and the islands' props from its precache and the page loads the islands' script from
 * the cache. The learner sees the same page and it works: a move is made; offline too (the twins
 * are precached). No timing assertions.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

test.describe.configure({ timeout: 120_000 });

const FIRST = '/module/dialog-statt-durchsage/';
const SECOND = { path: '/module/deeskalieren/', scenario: 'paket-verspaetet' };

async function workerInControl(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** What the document looks like where twin and whole page may differ. */
const shape = (page: Page) =>
  page.evaluate(() => ({
    title: document.title,
    styles: [...document.querySelectorAll('style')].map((s) => s.textContent?.length ?? 0),
    props: [...document.querySelectorAll('script[data-island-props]')].map((s) => s.textContent ?? ''),
    parts: document.querySelectorAll('[data-part]').length,
    islands: document.querySelectorAll('[data-island]').length,
    // The lesson's text; simulators shuffle their choices per run, so they are compared by count.
    text: (() => {
      const main = document.querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
      main?.querySelectorAll('.sim, script, style').forEach((el) => el.remove());
      return (main?.textContent ?? '').replace(/\s+/g, ' ');
    })(),
    simulators: document.querySelectorAll('.sim').length,
  }));

test('with the worker in control, another lesson comes as its lean twin and works', async ({ browser, baseURL }) => {
  // The same lesson as a first visit (no worker): the whole page with the islands' script inline.
  const plain = await browser.newContext({ serviceWorkers: 'block', reducedMotion: 'reduce' });
  const plainPage = await plain.newPage();
  await plainPage.goto(`${baseURL}${SECOND.path}`);
  await expect(plainPage.locator('script[type="module"]:not([src])')).toHaveCount(1);
  const whole = await shape(plainPage);
  await plain.close();

  const context = await browser.newContext({ reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}${FIRST}`);
    await workerInControl(page);

    const responses: { url: string; fromWorker: boolean; status: number }[] = [];
    page.on('response', (r) => responses.push({ url: new URL(r.url()).pathname, fromWorker: r.fromServiceWorker(), status: r.status() }));
    await page.goto(`${baseURL}${SECOND.path}`);
    const sim = page.locator(`.sim[data-scenario="${SECOND.scenario}"]`).first();
    await sim.scrollIntoViewIfNeeded();
    await expect(sim).toHaveAttribute('data-live', '');

    // The twin: the islands' script is a file, answered by the worker from its cache.
    const src = await page.locator('script[type="module"][src]').getAttribute('src');
    expect(src).toMatch(/^\/_astro\/islands\.[0-9a-f]{16}\.js$/);
    await expect(page.locator('script[type="module"]:not([src])')).toHaveCount(0);
    expect(responses.find((r) => r.url === SECOND.path)).toMatchObject({ fromWorker: true, status: 200 });
    expect(responses.find((r) => r.url === src)).toMatchObject({ fromWorker: true, status: 200 });
    expect(page.url()).toBe(`${baseURL}${SECOND.path}`);

    // The same page as the whole one: styles and props filled back in, no marker left.
    expect(await shape(page)).toEqual(whole);
    expect(whole.parts).toBe(0);

    // And it works: the first move of a path to an ending is answered.
    const path = [...pathsToEndings(loadContentScenario(SECOND.scenario)).values()].sort((a, b) => a.length - b.length)[0]!;
    await expect(sim.getByTestId('own-post').or(sim.getByTestId('move-note'))).toHaveCount(0);
    await clickChoice(sim, path[0]!);
    await expect(sim.getByTestId('own-post').or(sim.getByTestId('move-note'))).toHaveCount(1);

    // The twin is precached: offline it opens the same way, and the move made is still there.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('script[type="module"][src]')).toHaveAttribute('src', src!);
    const offline = page.locator(`.sim[data-scenario="${SECOND.scenario}"]`).first();
    await offline.scrollIntoViewIfNeeded();
    await expect(offline).toHaveAttribute('data-live', '');
    await expect(offline.getByTestId('own-post').or(offline.getByTestId('move-note'))).toHaveCount(1);
    expect(await shape(page)).toEqual(whole);
  } finally {
    await context.close();
  }
});
