import type { ExtensionApi, ScriptPublicPath } from '../browser/api';

export const MOS_SCRIPT_ID = 'mos-page';
export const MOS_SCRIPT_FILE = '/content-scripts/mos.js';

/**
 * Registers the mOS page adapter for exactly the granted origins, and injects it into tabs
 * already open there so the panel shows without a reload.
 */
export async function syncMosContentScript(api: ExtensionApi, patterns: readonly string[]): Promise<void> {
  await syncPageScript(api, { id: MOS_SCRIPT_ID, file: MOS_SCRIPT_FILE }, patterns);
}

/** Registers a content script for exactly these origins, and injects it into tabs already open there. */
export async function syncPageScript(api: ExtensionApi, script: { id: string; file: ScriptPublicPath }, patterns: readonly string[]): Promise<void> {
  const [registered] = await api.scripting.getRegisteredContentScripts({ ids: [script.id] });
  // The worker wakes often; re-registering each time would open a window where pages load without us.
  if (registered && sameSet(registered.matches ?? [], patterns)) return;
  if (registered) await api.scripting.unregisterContentScripts({ ids: [script.id] });
  if (patterns.length === 0) return;
  await api.scripting.registerContentScripts([
    { id: script.id, matches: [...patterns], js: [script.file], runAt: 'document_idle', allFrames: false },
  ]);
  const tabs = await api.tabs.query({ url: [...patterns] });
  await Promise.allSettled(
    tabs.map((tab) =>
      tab.id === undefined ? Promise.resolve() : api.scripting.executeScript({ target: { tabId: tab.id }, files: [script.file] }),
    ),
  );
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
