import { openRosterDb } from '@/lib/drafts';
import { handlePanelRequest, type MosTab } from '@/lib/extension/panel-service';
import { syncMosContentScript } from '@/lib/extension/mos-content-script';
import { setUpTableExport } from '@/lib/extension/export-background';
import {
  attachResponseSchema,
  isFromExtensionPage,
  panelRequestSchema,
  readMembersResponseSchema,
  type MosPageRequest,
} from '@/lib/messages';
import { LOOPBACK_TEST_PATTERNS, urlMatchesAny } from '@/lib/mos-page/origins';
import { grantedMosPatterns } from '@/lib/settings/items';

const PANEL_PAGE = '/mos-panel.html';

async function mosPatterns(): Promise<string[]> {
  const granted = await grantedMosPatterns.getValue();
  // The test build treats loopback as a granted mOS origin, and nothing else differs.
  return import.meta.env.MODE === 'test' ? [...granted, ...LOOPBACK_TEST_PATTERNS] : granted;
}

function mosTab(tabId: number): MosTab {
  const ask = (request: MosPageRequest) => browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  return {
    async readMembers() {
      return readMembersResponseSchema.parse(await ask({ type: 'mos/read-members' })).members;
    },
    async attachCsv(fileName, csv) {
      return attachResponseSchema.parse(await ask({ type: 'mos/attach-csv', fileName, csv }));
    },
  };
}

export default defineBackground(() => {
  const sync = async () => syncMosContentScript(browser, await mosPatterns());
  void sync();
  grantedMosPatterns.watch(() => void sync());

  const db = openRosterDb();
  setUpTableExport(browser, db);
  const extensionHost = new URL(browser.runtime.getURL('/')).host;
  browser.runtime.onMessage.addListener((message, sender) => {
    // Firefox's extension URL host is a per-install UUID, not the id.
    if (!isFromExtensionPage(sender, browser.runtime.id, PANEL_PAGE, extensionHost)) return undefined;
    const request = panelRequestSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!request.success || tabId === undefined) return Promise.resolve({ ok: false, error: 'Malformed request.' });
    return mosPatterns().then(async (patterns) => {
      // The panel only serves tabs on origins the admin granted as mOS.
      if (!urlMatchesAny(sender.tab?.url, patterns)) return { ok: false, error: 'This page is not a granted mOS origin.' };
      return handlePanelRequest(request.data, await db, mosTab(tabId));
    });
  });
});
