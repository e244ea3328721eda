import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

export const MOS_SCRIPT_ID = 'mos-page';
export const MOS_SCRIPT_FILE = '/content-scripts/mos.js';

/**
 * Registers the mOS page adapter for exactly the granted origins, and injects it into tabs
 * already open there so the panel shows without a reload.
 */
export async function syncMosContentScript(api: ExtensionApi, patterns: readonly string[]): Promise<void> {
  const registered = await api.scripting.getRegisteredContentScripts({ ids: [MOS_SCRIPT_ID] });
  if (registered.length > 0) await api.scripting.unregisterContentScripts({ ids: [MOS_SCRIPT_ID] });
  if (patterns.length === 0) return;
  await api.scripting.registerContentScripts([
    { id: MOS_SCRIPT_ID, matches: [...patterns], js: [MOS_SCRIPT_FILE], runAt: 'document_idle', allFrames: false },
  ]);
  const tabs = await api.tabs.query({ url: [...patterns] });
  await Promise.allSettled(
    tabs.map((tab) =>
      tab.id === undefined
        ? Promise.resolve()
        : api.scripting.executeScript({ target: { tabId: tab.id }, files: [MOS_SCRIPT_FILE] }),
    ),
  );
}
