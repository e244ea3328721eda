// Starts Chromium with the built extension loaded, in a fresh profile. Shared by tests and `npm start`.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const TEST_BUILD_DIR = path.resolve(new URL('..', import.meta.url).pathname, '.output/chrome-mv3-test');

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string, serviceWorker: import('playwright-core').Worker, close(): Promise<void> }>} */
export async function launchWithExtension({ executablePath, extensionDir = TEST_BUILD_DIR, headless = true, downloadsPath } = {}) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'roster-sync-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    acceptDownloads: true,
    downloadsPath,
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
