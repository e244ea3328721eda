import { isFromExtensionCore, mosPageRequestSchema, type MosPageRequest } from '@/lib/messages';
import {
  attachCsvToImportDialog,
  highlightMember,
  hostPanel,
  openImportDialog,
  readMemberList,
  readSampleTemplateHeader,
} from '@/lib/mos-page';

const RUNNING = Symbol.for('roster-sync.mos-adapter');

function handle(request: MosPageRequest) {
  switch (request.type) {
    case 'mos/read-members':
      return Promise.resolve({ ok: true, members: readMemberList(document) });
    case 'mos/highlight-member':
      return Promise.resolve({ ok: true, found: highlightMember(document, request.email) });
    case 'mos/read-template':
      return openImportDialog(document).then(async (opened) => ({
        ok: true,
        header: (opened.ok && (await readSampleTemplateHeader(document, opened.dialog))) || null,
      }));
    case 'mos/attach-csv': {
      const file = new File([request.csv], request.fileName, { type: 'text/csv' });
      return attachCsvToImportDialog(document, file);
    }
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
    browser.runtime.onMessage.addListener((message, sender) => {
      if (!isFromExtensionCore(sender, browser.runtime.id)) return undefined;
      const request = mosPageRequestSchema.safeParse(message);
      return request.success ? handle(request.data) : undefined;
    });
  },
});
