import type { browser } from 'wxt/browser';

type ExtensionApi = typeof browser;

export const MOS_SCRIPT_ID = 'mos-page';
export const MOS_SCRIPT_FILE = '/content-scripts/mos.js';

/**
 * Registers the mOS page adapter for exactly the granted origins, and injects it into tabs
 * already open there so the panel shows without a reload.
 */
export async function syncMosContentScript(api: ExtensionApi, patterns: readonly string[]): Promise<void> {
  const [registered] = await api.scripting.getRegisteredContentScripts({ ids: [MOS_SCRIPT_ID] });
  // The worker wakes often; re-registering each time would open a window where pages load without us.
  if (registered && sameSet(registered.matches ?? [], patterns)) return;
  if (registered) await api.scripting.unregisterContentScripts({ ids: [MOS_SCRIPT_ID] });
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

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
