import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { inject } from 'vitest';
// @ts-expect-error plain JS helper shared with `npm start`
import { launchWithExtension } from '../../scripts/launch.mjs';
import { startDemoServer } from '../../scripts/demo-server.mjs';

/** The slice of the extension API the tests call inside the service worker. */
declare const chrome: {
  tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  demoOrigin: string;
  extensionUrl(path: string): string;
  /** The id chrome.tabs gives the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup as a page acting on `page`'s tab, as the automation surface allows. */
  openPopupFor(page: Page): Promise<Page>;
  /** A value from the extension's local storage area, read in its service worker. */
  readLocalStorage(key: string): Promise<unknown>;
  /** The granted mOS origins or HR sites, read in the service worker from where the extension keeps them. */
  readGrantedPatterns(kind: 'mos' | 'hr'): Promise<string[]>;
  close(): Promise<void>;
}

export interface RestartableSession extends ExtensionSession {
  /** Quits the browser and starts it again on the same profile, as a browser restart does. */
  restart(): Promise<void>;
}

/** A session whose browser profile survives `restart()`; the profile is removed on `close()`. */
export async function startRestartableSession(): Promise<RestartableSession> {
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'roster-sync-profile-'));
  let current = await startSession({ profileDir });
  const session: RestartableSession = Object.create(null);
  const expose = () =>
    Object.assign(session, current, {
      restart: async () => {
        await current.close();
        current = await startSession({ profileDir });
        expose();
      },
      close: async () => {
        await current.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    });
  expose();
  return session;
}

/** `locale` starts the browser in that UI language ('de'); the extension's screens follow it. `args`: more Chromium switches. */
export async function startSession({ profileDir, locale, args }: { profileDir?: string; locale?: string; args?: string[] } = {}): Promise<ExtensionSession> {
  const demo = await startDemoServer();
  const launched = await launchWithExtension({ executablePath: inject('chromePath'), profileDir, locale, args });
  const { context, extensionId, serviceWorker } = launched;
  // Every wait of Playwright's (actions, elements, events) takes its budget from the suite's config.
  context.setDefaultTimeout(inject('waitMs'));
  const session: ExtensionSession = {
    context,
    extensionId,
    serviceWorker,
    demoOrigin: demo.origin,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async tabIdOf(page) {
      const url = page.url();
      const id = await serviceWorker.evaluate(async (u: string) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      if (id === undefined) throw new Error(`No tab shows ${url}`);
      return id;
    },
    async openPopupFor(page) {
      const tabId = await session.tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
      return popup;
    },
    async readLocalStorage(key) {
      return serviceWorker.evaluate(async (k: string) => (await chrome.storage.local.get(k))[k], key);
    },
    async readGrantedPatterns(kind) {
      return serviceWorker.evaluate(
        (k: string) =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('roster-sync-grants');
            // Not made yet: leave its making to the extension.
            open.onupgradeneeded = () => open.transaction!.abort();
            open.onerror = () => resolve([]);
            open.onsuccess = () => {
              const db = open.result;
              const get = db.transaction('lists').objectStore('lists').get(k);
              get.onsuccess = () => {
                resolve((get.result as string[] | undefined) ?? []);
                db.close();
              };
            };
          }),
        kind,
      );
    },
    async close() {
      await launched.close();
      await demo.close();
    },
  };
  return session;
}

/** Resolves once the mOS mock has handled `count` events (files received, imports, invites). */
export async function waitForMockEvents(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.mosMockEvents ?? 0) >= n, count);
}

/** Chromium switches that let a test click the toolbar button (see clickToolbarButton) and reach `host` on the demo server. */
export const toolbarClickArgs = (host: string): string[] => ['--enable-unsafe-extension-debugging', `--host-resolver-rules=MAP ${host} 127.0.0.1`];

/**
 * Clicks the extension's toolbar button on `page`'s tab, as the admin does: the browser then grants activeTab for that
 * tab. Needs a session started with toolbarClickArgs.
 */
export async function clickToolbarButton(session: ExtensionSession, page: Page): Promise<void> {
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: Array<{ targetId: string; url: string }> };
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab shows ${page.url()}`);
  await cdp.send('Extensions.triggerAction' as never, { id: session.extensionId, targetId: tab.targetId } as never);
  await cdp.detach();
}
