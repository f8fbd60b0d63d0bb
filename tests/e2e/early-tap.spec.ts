/**
 * No lost taps: on a slow phone the first choices are on screen before the islands' script has
 * run. Here the CPU is slowed 4x and the islands' script is held back until the test lets it go
 * (so the tap surely lands before hydration: states, not timing). The tap is answered exactly once
 * when the simulator comes alive.
 */
import { expect, test } from '@playwright/test';

const LESSON = '/module/deeskalieren/';
const SCENARIO = 'paket-verspaetet';

test('a tap on a choice before hydration is answered once the simulator is live, exactly once', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // The lesson as served, except that its islands' script waits for the test's signal. The script
  // changes, so its CSP hash would not match: the route drops the policy for this one response.
  await page.route(`**${LESSON}`, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const scripts = [...html.matchAll(/<script type="module">/g)].map((m) => m.index);
    const island = scripts.find((i) => html.slice(i, html.indexOf('</script>', i)).includes('data-island-props'));
    expect(island, 'the lesson carries its islands script inline').toBeDefined();
    const tag = '<script type="module">';
    const held = `${html.slice(0, island! + tag.length)}await new Promise((go) => (window.__hydrate = go));${html.slice(island! + tag.length)}`;
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['content-encoding'];
    delete headers['content-length'];
    await route.fulfill({ response, headers, body: held });
  });
  await page.goto(LESSON);
  const sim = page.locator(`.sim[data-scenario="${SCENARIO}"]`).first();
  const choice = sim.locator('button[data-choice]').first();
  const choiceId = (await choice.getAttribute('data-choice'))!;
  await choice.scrollIntoViewIfNeeded();
  await expect(sim).not.toHaveAttribute('data-live', '');

  await choice.click();
  await page.keyboard.press('Enter');
  // Nothing can answer yet: the page is still the server's HTML.
  await expect(sim.getByTestId('own-post').or(sim.getByTestId('move-note'))).toHaveCount(0);
  expect(await sim.evaluate((el) => el.hasAttribute('data-live'))).toBe(false);

  await page.waitForFunction(() => typeof (window as { __hydrate?: unknown }).__hydrate === 'function');
  await page.evaluate(() => (window as unknown as { __hydrate: () => void }).__hydrate());
  await expect(sim).toHaveAttribute('data-live', '');
  await expect(sim.getByTestId('own-post').or(sim.getByTestId('move-note'))).toHaveCount(1);
  const path = await page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { state?: { path?: unknown[] } }).state?.path, `candystorm:progress:${SCENARIO}`);
  expect(path).toEqual([choiceId]);
});
