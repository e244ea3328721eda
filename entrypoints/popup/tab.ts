import type { PopupProbes } from '@/lib/extension/popup-mode';
import { mosOriginPatterns } from '@/lib/extension/mos-patterns';
import { MOS_SCRIPT_FILE } from '@/lib/extension/mos-content-script';
import { mosPageClient, type SendToMosPage } from '@/lib/sources/invite/page-client';
import { pageTablesSchema, type PageTables } from '@/lib/messages';
import { urlMatchesAny } from '@/lib/mos-page/origins';
import { heldPatterns } from '@/lib/settings/grants';
import { grantedHrPatterns } from '@/lib/settings/hr-sites';
import { mosOriginPattern } from '@/lib/settings/mos-origins';
import { browserHolds } from '@/lib/extension/mos-patterns';

const LOOK_SCRIPT_FILE = '/content-scripts/mos-look.js';

/** The tab's site as a match pattern; the popup sees the address only where the click or a grant lets it. */
async function sitePattern(tabId: number): Promise<string | undefined> {
  const { url } = await browser.tabs.get(tabId);
  if (!url || !/^https?:/.test(url)) return undefined;
  return mosOriginPattern(url);
}

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
  const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: ['/scrape.js'] });
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
    sitePattern: () => sitePattern(tabId),
    async looksLikeMyOrganization() {
      const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [LOOK_SCRIPT_FILE] });
      return injection?.result === true;
    },
    isGrantedHr: async () => urlMatchesAny((await browser.tabs.get(tabId)).url, await heldPatterns(await grantedHrPatterns.getValue(), browserHolds)),
  };
}

export function editorUrl(draftId?: string): string {
  return browser.runtime.getURL(draftId ? `/editor.html?draft=${encodeURIComponent(draftId)}` : '/editor.html');
}
