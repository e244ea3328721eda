import { mayAskMosPage, mosPageRequestSchema, type MosPageRequest } from '@/lib/messages';
import { attachCsvToImportDialog, fillInviteDialog, hostPanel, readMemberList, waitForMyOrganizationScreen } from '@/lib/mos-page';

const RUNNING = Symbol.for('roster-sync.mos-adapter');

async function handle(request: MosPageRequest) {
  switch (request.type) {
    case 'mos/read-members':
      return { ok: true, members: readMemberList(document) };
    case 'mos/attach-csv': {
      const file = new File([request.csv], request.fileName, { type: 'text/csv' });
      return attachCsvToImportDialog(document, file);
    }
    case 'mos/probe':
      return { ok: true, myOrganization: await waitForMyOrganizationScreen(document) };
    case 'mos/fill-invite':
      return fillInviteDialog(document, request.people, { pressInvite: request.pressInvite });
  }
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // Registered and injected into open tabs both: run once per page.
    const marked = window as unknown as Record<symbol, boolean>;
    if (marked[RUNNING]) return;
    marked[RUNNING] = true;

    const host = hostPanel(document, browser.runtime.getURL('/mos-panel.html'));
    ctx.onInvalidated(() => host.stop());
    // Firefox's extension URL host is a per-install UUID, not the id.
    const extensionHost = new URL(browser.runtime.getURL('/')).host;
    browser.runtime.onMessage.addListener((message, sender) => {
      const request = mosPageRequestSchema.safeParse(message);
      if (!request.success || !mayAskMosPage(request.data.type, sender, browser.runtime.id, extensionHost)) return undefined;
      return handle(request.data);
    });
  },
});
