import type { ExtensionApi } from '../browser/api';
import { appendCrawlRows, beginCrawl, draftOfExport, dropCrawl, listCrawls, readCrawlRows, type RosterDatabase } from '../drafts/index';
import { EXPORT_PORT, exportRequestSchema, isFromExtensionPage } from '../messages';
import { TABLE_MENU_WORDS, createTableMenu, listenToTableMenu } from './context-menu';
import { rememberExportOutcome } from './outcomes';
import { sourceDraftOptions } from '../settings/source-draft';
import { ExportService, type ServicePort } from './service';

type Badge = Pick<ExtensionApi['action'], 'setBadgeText' | 'setBadgeBackgroundColor'>;

/** The toolbar button's badge: `action` in MV3, `browserAction` in Firefox's MV2 build. */
function badgeOf(api: ExtensionApi): Badge | undefined {
  return api.action ?? (api as unknown as { browserAction?: Badge }).browserAction;
}

const AGENT_FILE = '/scrape.js';

function exportService(api: ExtensionApi, db: () => Promise<RosterDatabase>): ExportService {
  return new ExportService({
    extensionId: api.runtime.id,
    async injectAgent(tabId) {
      const [injection] = await api.scripting.executeScript({ target: { tabId }, files: [AGENT_FILE] });
      return injection?.result;
    },
    sendToTab: (tabId, message) => api.tabs.sendMessage(tabId, message, { frameId: 0 }),
    saveDraft: async (table, exportId) => draftOfExport(await db(), exportId, table, await sourceDraftOptions(table)),
    async openEditor(draftId, besideTabId) {
      const beside = await api.tabs.get(besideTabId).catch(() => undefined);
      await api.tabs.create({
        url: api.runtime.getURL(`/editor.html?draft=${encodeURIComponent(draftId)}`),
        ...(beside ? { index: beside.index + 1, openerTabId: besideTabId, windowId: beside.windowId } : {}),
      });
    },
    rememberOutcome: (draftId, outcome) => rememberExportOutcome(draftId, outcome),
    setBadge(tabId, text) {
      void badgeOf(api)
        ?.setBadgeText({ tabId, text })
        .catch(() => undefined);
    },
    newId: () => crypto.randomUUID(),
    // Rows go to the drafts database as they arrive: the worker may be stopped at any time.
    journal: {
      begin: async (record) => beginCrawl(await db(), record),
      append: async (crawlId, rows, progress) => appendCrawlRows(await db(), crawlId, rows, progress),
      list: async () => listCrawls(await db()),
      rows: async (crawlId) => readCrawlRows(await db(), crawlId),
      drop: async (crawlId) => dropCrawl(await db(), crawlId),
    },
    tabUrl: async (tabId) => (await api.tabs.get(tabId).catch(() => undefined))?.url,
  });
}

/** Popup ports: the popup watches its tab's export and starts or stops it; closing the popup leaves it running. */
function acceptPopupPort(api: ExtensionApi, service: ExportService, port: ServicePort): void {
  const popupHost = new URL(api.runtime.getURL('/')).host;
  if (!port.sender || !isFromExtensionPage(port.sender, api.runtime.id, '/popup.html', popupHost)) {
    port.disconnect();
    return;
  }
  const unwatch: (() => void)[] = [];
  port.onMessage.addListener((raw) => {
    const request = exportRequestSchema.safeParse(raw);
    if (!request.success) return;
    const { tabId } = request.data;
    if (request.data.type === 'export/watch') unwatch.push(service.watch(tabId, (state) => port.postMessage(state)));
    else if (request.data.type === 'export/start') void service.start(tabId, request.data.table);
    else if (request.data.type === 'export/resume') void service.resume(tabId);
    else if (request.data.type === 'export/keep') void service.keep(tabId);
    else service.stop(tabId);
  });
  port.onDisconnect.addListener(() => unwatch.forEach((stop) => stop()));
}

/**
 * Table export in the background: crawl ports from pages, popup ports, and the page context menu, whose
 * title `menuTitle` gives in the browser's language.
 */
export function setUpTableExport(
  api: ExtensionApi,
  db: () => Promise<RosterDatabase>,
  menuTitle: () => string = () => TABLE_MENU_WORDS.sendTable,
): ExportService {
  const service = exportService(api, db);
  void badgeOf(api)
    ?.setBadgeBackgroundColor({ color: '#1f5fbf' })
    .catch(() => undefined);
  api.runtime.onConnect.addListener((port) => {
    const servicePort = port as unknown as ServicePort;
    if (service.acceptCrawlPort(servicePort)) return;
    if (port.name === EXPORT_PORT) acceptPopupPort(api, service, servicePort);
  });
  api.tabs.onRemoved.addListener((tabId) => service.forget(tabId));
  api.runtime.onInstalled.addListener(() => createTableMenu(api, menuTitle()));
  listenToTableMenu(api, service);
  // Exports a stopped worker or a closed browser left unfinished.
  void service.restore();
  // Tests cannot wait a minute for a stalled page: the test build (only) lets them shorten the stall budget.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { setExportStallMs: (ms: number) => service.setStallMs(ms) });
  return service;
}
