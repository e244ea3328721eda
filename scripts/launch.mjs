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

/**
 * `profileDir` reuses a browser profile (to test a restart); the caller then owns it and `close()` keeps it.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId: string, serviceWorker: import('playwright-core').Worker, profile: string, close(): Promise<void> }>}
 */
/**
 * `locale` ('de', 'en') sets the browser's UI language, which the extension's own language follows.
 * `args` are further Chromium switches a test needs.
 */
export async function launchWithExtension({ executablePath, extensionDir = TEST_BUILD_DIR, headless = true, downloadsPath, profileDir, locale, args = [] } = {}) {
  const profile = profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'roster-sync-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    acceptDownloads: true,
    downloadsPath,
    viewport: { width: 1280, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...CHROMIUM_FLAGS,
      ...(locale ? [`--lang=${locale}`] : []),
      ...args,
    ],
    // On Linux Chromium takes its UI language from the environment; --lang covers the other platforms.
    ...(locale && { env: { ...process.env, LANGUAGE: locale, LC_ALL: '', LANG: `${locale}.UTF-8` } }),
    ...(locale && { locale }),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    profile,
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}
