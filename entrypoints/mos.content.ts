import { mayAskMosPage, mosPageRequestSchema, type MosPageRequest } from '@/lib/page-messages';
import {
  attachCsvToImportDialog,
  fillInviteDialog,
  highlightMember,
  hostPanel,
  offersMyOrganization,
  openImportDialog,
  readMemberList,
  readSampleTemplateHeader,
  waitForMyOrganizationScreen,
  watchForInvitations,
  type InviteWatch,
  type PanelHost,
} from '@/lib/mos-page';
import { runtimeIsGone, takeOverFrom, type CopyRegistry } from '@/lib/extension/single-copy';

const MOS_ADAPTER = Symbol.for('roster-sync.mos-adapter');

let invitesWatch: InviteWatch | undefined;

/** After the admin presses Import, tells the background who now shows as invited. */
function watchInvites(emails: string[]) {
  invitesWatch?.stop();
  invitesWatch = watchForInvitations(document, emails, (seen) => {
    void browser.runtime.sendMessage({ type: 'mos/invitations-seen', emails: seen }).catch(() => undefined);
  });
}

async function handle(request: MosPageRequest, host: PanelHost) {
  switch (request.type) {
    case 'mos/read-members':
      return { ok: true, members: readMemberList(document) };
    case 'mos/highlight-member': {
      const shown = highlightMember(document, request.email);
      // The member's controls must not lie under the sheet: it steps aside to its launcher.
      if (shown) host.stepAsideFrom(shown);
      return { ok: true, found: shown !== undefined };
    }
    case 'mos/read-template': {
      const opened = await openImportDialog(document);
      return { ok: true, header: (opened.ok && (await readSampleTemplateHeader(document, opened.dialog))) || null };
    }
    case 'mos/attach-csv': {
      const file = new File([request.csv], request.fileName, { type: 'text/csv' });
      const attached = await attachCsvToImportDialog(document, file);
      if (attached.ok && request.watchEmails?.length) watchInvites(request.watchEmails);
      return attached;
    }
    case 'mos/probe':
      return { ok: true, myOrganization: await waitForMyOrganizationScreen(document), mosApp: offersMyOrganization(document) };
    case 'mos/fill-invite':
      return fillInviteDialog(document, request.people, { pressInvite: request.pressInvite });
  }
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Registered and also injected into tabs already open: a newer copy stops the older one through the
    // content scripts' own global, never a page event, so exactly one serves the page and the page cannot stop it.
    // Each panel frame gets a token of its own, which the background learns from us (this tab, top frame) first.
    const host = hostPanel(document, browser.runtime.getURL('/mos-panel.html'), {
      origin: new URL(browser.runtime.getURL('/')).origin,
      async issueToken() {
        const token = crypto.randomUUID();
        const answer = (await browser.runtime.sendMessage({ type: 'mos/panel-token', token }).catch(() => undefined)) as { ok?: boolean } | undefined;
        return answer?.ok ? token : undefined;
      },
    });
    // Firefox's extension URL host is a per-install UUID, not the id.
    const extensionHost = new URL(browser.runtime.getURL('/')).host;
    const listener = (message: unknown, sender: Parameters<typeof mayAskMosPage>[1]) => {
      const request = mosPageRequestSchema.safeParse(message);
      if (!request.success || !mayAskMosPage(request.data.type, sender, browser.runtime.id, extensionHost)) return undefined;
      return handle(request.data, host);
    };
    browser.runtime.onMessage.addListener(listener);
    const copy = {
      stop() {
        host.stop();
        invitesWatch?.stop();
        // An older copy's runtime may be gone after an update; its listener then goes with it.
        try {
          browser.runtime.onMessage.removeListener(listener);
        } catch {}
      },
    };
    takeOverFrom(window as unknown as CopyRegistry, MOS_ADAPTER, copy);
    // WXT's signal also fires on a "script started" event the page can forge: act only when our extension is really gone.
    ctx.onInvalidated(() => {
      if (runtimeIsGone(browser.runtime)) copy.stop();
    });
  },
});
