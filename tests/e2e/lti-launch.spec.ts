/**
 * The LTI journey a browser makes, in a real Chromium: a course in a learning platform (the test
 * simulator, tests/support/lti-platform.ts, on another port) launches Candystorm through the
 * auto-submitted OIDC login and launch forms; the learner lands on the lesson's simulator with the
 * device token stored and gone from the address bar, plays the scenario to an ending, and the score
 * reaches the platform's line item. Everything else about LTI is tested on the API (tests/api/lti.test.ts).
 */
import { expect, test } from '@playwright/test';
import { startApiServer, type ApiServer } from '../support/api-server.ts';
import { LEARNER, registerPlatform, startLtiPlatform, type LtiPlatform } from '../support/lti-platform.ts';
import { loadContentScenario, pathsToEndings } from './scenario-paths.ts';
import { clickChoice } from './simulator.ts';

const SCENARIO = 'paket-verspaetet';
const path = [...pathsToEndings(loadContentScenario(SCENARIO)).values()][0]!;

let server: ApiServer;
let platform: LtiPlatform;

test.beforeAll(async () => {
  server = await startApiServer('sqlite', { env: { LTI_SCORE_INTERVAL_MS: '200' } });
  platform = await startLtiPlatform(server.url);
  await registerPlatform(server.env, platform);
});

test.afterAll(async () => {
  await platform?.close();
  await server?.dispose();
});

test('a launch from the course opens the scenario as a pseudonymous learner, and the played run becomes a grade', async ({ page }) => {
  await page.goto(platform.startUrl({ sub: 'browser-learner', roles: [LEARNER], resourceLinkId: 'e2e-link', custom: { scenario: SCENARIO, lang: 'de' }, lineItem: 'li-e2e' }));
  await page.waitForURL(/\/module\/[a-z-]+\/#simulator/);
  expect(page.url()).not.toContain('token');
  const sim = page.locator(`.sim[data-scenario="${SCENARIO}"]`);
  await sim.scrollIntoViewIfNeeded();
  await expect(sim).toHaveAttribute('data-live', '');
  for (const choice of path) await clickChoice(sim, choice);
  await expect.poll(() => platform.scores.find((s) => s.lineItem === 'li-e2e')?.body.userId, { timeout: 60_000 }).toBe('browser-learner');
});
