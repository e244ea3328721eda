import { i18n } from '#i18n';
import { deleteExpiredDrafts, rosterDbConnector, scheduleRetention } from '@/lib/drafts';
import { handlePanelRequest } from '@/lib/mos-panel/requests';
import { mosTab } from '@/lib/mos-panel/mos-tab';
import { panelError } from '@/lib/mos-panel/wording';
import { syncMosContentScript } from '@/lib/extension/mos-content-script';
import { setUpTableExport } from '@/lib/export/background';
import { setUpHrButton } from '@/lib/export/hr-button';
import { listenToExportCommand } from '@/lib/export/command';
import { isFromMosAdapter, recordInvitationsSeen } from '@/lib/mos-panel/invitations';
import {
  invitationsSeenSchema,
  isFromExtensionPage,
  mosPanelTokenSchema,
  panelRequestSchema,
  panelTokenSchema,
  type MosPageRequest,
} from '@/lib/messages';
import { mosOriginPatterns } from '@/lib/extension/mos-patterns';
import { urlMatchesAny } from '@/lib/mos-page/origins';
import { grantedMosPatterns, panelBindings } from '@/lib/settings/items';
import { createPanelBindings } from '@/lib/mos-panel/binding';
import { withoutPatterns } from '@/lib/settings/mos-origins';
import { readOrgSettings, rowPolicyOf } from '@/lib/settings/org';
import { completeSiteGrants, openWelcomeOnInstall } from '@/lib/extension/site-grant';
import { siteGrantDeps } from '@/lib/settings/pending-grant';

const PANEL_PAGE = '/mos-panel.html';

const mosPatterns = () => mosOriginPatterns();

export default defineBackground(() => {
  openWelcomeOnInstall(browser);
  // A site the admin allowed from the popup is listed even if the popup closed while the browser asked.
  completeSiteGrants(browser, siteGrantDeps());
  const sync = async () => syncMosContentScript(browser, await mosPatterns());
  void sync();
  grantedMosPatterns.watch(() => void sync());
  // Access taken back in the browser's own settings ends the panel there too.
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    void grantedMosPatterns.getValue().then((granted) => grantedMosPatterns.setValue(withoutPatterns(granted, origins)));
  });

  const db = rosterDbConnector();
  // Old rosters go even if no editor page is ever opened: at browser start and every few hours.
  void scheduleRetention(browser, async () => deleteExpiredDrafts(await db(), (await readOrgSettings()).retentionDays));
  const tableExport = setUpTableExport(browser, db, () => i18n.t('labels.menu.sendTable'));
  setUpHrButton(browser, tableExport);
  const runCommand = listenToExportCommand(browser, tableExport);
  // Tests cannot press a browser-level shortcut, so the test build (only) lets them run the command's handler.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { runExtensionCommand: runCommand });
  const extensionUrl = new URL(browser.runtime.getURL('/'));
  const extensionHost = extensionUrl.host;
  const bindings = createPanelBindings(panelBindings, { extensionId: browser.runtime.id, extensionOrigin: extensionUrl.origin, patterns: mosPatterns });
  browser.tabs.onRemoved.addListener((tabId) => void bindings.forgetTab(tabId));
  browser.runtime.onMessage.addListener((message, sender) => {
    const panelToken = mosPanelTokenSchema.safeParse(message);
    if (panelToken.success) return bindings.register(sender, panelToken.data.token).then((ok) => ({ ok }));
    const seen = invitationsSeenSchema.safeParse(message);
    if (seen.success) {
      void mosPatterns().then(async (patterns) => {
        if (isFromMosAdapter(sender, browser.runtime.id, patterns)) await recordInvitationsSeen(await db(), sender.tab!.id!, seen.data.emails);
      });
      return undefined;
    }
    // Firefox's extension URL host is a per-install UUID, not the id.
    if (!isFromExtensionPage(sender, browser.runtime.id, PANEL_PAGE, extensionHost)) return undefined;
    const request = panelRequestSchema.safeParse(message);
    const tabId = sender.tab?.id;
    if (!request.success || tabId === undefined) return Promise.resolve(panelError('malformedRequest'));
    return mosPatterns().then(async (patterns) => {
      // The panel only serves tabs on origins the admin granted as mOS.
      if (!urlMatchesAny(sender.tab?.url, patterns)) return panelError('notMosOrigin');
      // And only the frame the tab's page adapter made, never a copy another frame in the tab made.
      const bound = await bindings.check(sender, panelTokenSchema.safeParse(message).data?.token);
      if (!bound.ok) return panelError('notBound');
      if (request.data.type === 'panel/hello') return { ok: true, origin: bound.origin };
      const ask = (mosRequest: MosPageRequest) => browser.tabs.sendMessage(tabId, mosRequest, { frameId: 0 });
      return handlePanelRequest(request.data, await db(), mosTab(tabId, ask), rowPolicyOf(await readOrgSettings()));
    });
  });
});
