import type { ExtensionApi } from '../browser/api';
import type { ExportService } from './service';

/** The manifest's command: exports the current tab's most employee-like table (suggested Alt+Shift+E). */
export const EXPORT_COMMAND = 'export-table';

/** Exports the tab's best-ranked table, as the popup's Export button would; false when there is none. */
export async function exportBestTable(service: Pick<ExportService, 'listTables' | 'start'>, tabId: number): Promise<boolean> {
  const { tables } = await service.listTables(tabId);
  const best = tables[0];
  if (!best) return false;
  await service.start(tabId, { index: best.index, signature: best.signature });
  return true;
}

export type CommandHandler = (command: string, tab?: { id?: number }) => Promise<boolean>;

/** What the keyboard command does; the key press grants activeTab on the tab in front. */
export function exportCommandHandler(api: ExtensionApi, service: Pick<ExportService, 'listTables' | 'start'>): CommandHandler {
  return async (command, tab) => {
    if (command !== EXPORT_COMMAND) return false;
    const tabId = tab?.id ?? (await api.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined || tabId < 0) return false;
    // A page with no table, or one the browser will not let us read, leaves the command without effect.
    return exportBestTable(service, tabId).catch(() => false);
  };
}

/** Registers the keyboard command; returns its handler. */
export function listenToExportCommand(api: ExtensionApi, service: Pick<ExportService, 'listTables' | 'start'>): CommandHandler {
  const handle = exportCommandHandler(api, service);
  api.commands?.onCommand.addListener((command, tab) => void handle(command, tab));
  return handle;
}
