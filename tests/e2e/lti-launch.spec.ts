/**
 * The LTI journey a browser makes, in a real Chromium: a course in a learning platform (the test
 * simulator, tests/support/lti-platform.ts, on another port) launches Candystorm through the
 * auto-submitted OIDC login and launch forms; the learner lands on the lesson's simulator with the
 * device token stored and gone from the address bar, plays the scenario to an ending, and the score
 * reaches the platform's line item. A teacher picks a scenario in the deep-linking picker with the
 * keyboard (axe finds nothing on it) and the platform receives the signed answer. Everything else about LTI is tested on the API (tests/api/lti.test.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { startApiServer, type ApiServer } from '../support/api-server.ts';
import { INSTRUCTOR, LEARNER, registerPlatform, startLtiPlatform, type LtiPlatform } from '../support/lti-platform.ts';
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

test('a teacher picks a scenario in the deep-linking picker by keyboard, and the platform receives the signed link', async ({ page }) => {
  await page.goto(platform.startUrl({ sub: 'browser-teacher', roles: [INSTRUCTOR], messageType: 'LtiDeepLinkingRequest', locale: 'en-GB' }));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose content for the course');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);
  const radio = page.locator(`input[value="scenario:${SCENARIO}"]`);
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await page.getByRole('button', { name: 'Add to the course' }).focus();
  await page.keyboard.press('Enter');
  // The answer page sends itself to the platform's return URL (a script file of the site).
  const returned = page.locator('#returned');
  await expect(returned).not.toBeEmpty();
  const payload = await platform.verifyToolJwt((await returned.textContent())!);
  const [item] = payload['https://purl.imsglobal.org/spec/lti-dl/claim/content_items'] as Array<{ custom: Record<string, string> }>;
  expect(item!.custom).toEqual({ scenario: SCENARIO, lang: 'en' });
});
