/**
 * Which Chromium Playwright drives: CHROMIUM_PATH if set (scripts/ensure-chromium.ts sets it),
 * otherwise Playwright's own browser. Flags keep Chromium off the network it cannot reach here.
 */
import type { LaunchOptions } from '@playwright/test';

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env['CHROMIUM_PATH'];
  return {
    ...(executablePath ? { executablePath } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}
