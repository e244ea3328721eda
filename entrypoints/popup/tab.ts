import type { PopupProbes } from '@/lib/extension/popup-mode';
import { mosOriginPatterns } from '@/lib/extension/mos-patterns';
import { MOS_SCRIPT_FILE } from '@/lib/extension/mos-content-script';
import { mosPageClient, type SendToMosPage } from '@/lib/invite/page-client';
import { pageTablesSchema, type PageTables } from '@/lib/messages';
import { urlMatchesAny } from '@/lib/mos-page/origins';

const tabParam = new URLSearchParams(location.search).get('tab');

/** Opened as a page (`popup.html?tab=T`) rather than from the toolbar. */
export const openedAsPage = Boolean(tabParam);

/** The tab the popup acts on: `?tab=` when opened as a page, else the active tab. */
export async function targetTabId(): Promise<number> {
  if (tabParam && /^\d+$/.test(tabParam)) return Number(tabParam);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to read.');
  return tab.id;
}

/** The tables on the tab, best first, as the page agent lists them. */
export async function listTabTables(tabId: number): Promise<PageTables> {
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/scrape.js'] });
  return pageTablesSchema.parse(injection?.result);
}

/** Our mOS adapter in the tab's top frame; a web page can never answer in its place. */
export function sendToMosPage(tabId: number): SendToMosPage {
  return (request) => browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

export async function tabHost(tabId: number): Promise<string> {
  const { url } = await browser.tabs.get(tabId).catch(() => ({ url: undefined }));
  return url ? new URL(url).host : 'mOS';
}

export function popupProbes(tabId: number): PopupProbes {
  return {
    probeMos: () => mosPageClient(sendToMosPage(tabId)).probe(),
    isGrantedMos: async () => urlMatchesAny((await browser.tabs.get(tabId)).url, await mosOriginPatterns()),
    injectMos: () => browser.scripting.executeScript({ target: { tabId }, files: [MOS_SCRIPT_FILE] }),
    scrape: () => listTabTables(tabId),
  };
}

export function editorUrl(draftId?: string): string {
  return browser.runtime.getURL(draftId ? `/editor.html?draft=${encodeURIComponent(draftId)}` : '/editor.html');
}
