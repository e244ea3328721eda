import type { ExtensionApi } from '../browser/api';
import type { ExportService } from './service';

export const SEND_TABLE_MENU_ID = 'roster-sync-send-table';

/** The menu item's English, under labels.menu in locales/en.yml; the background passes it in the browser's language. */
export const TABLE_MENU_WORDS = { sendTable: 'Send this table to mOS' } as const;

/** Adds "Send this table to mOS" to the page's context menu; called when the extension is installed or updated. */
export function createTableMenu(api: ExtensionApi, title: string = TABLE_MENU_WORDS.sendTable): void {
  api.contextMenus.create({
    id: SEND_TABLE_MENU_ID,
    title,
    contexts: ['page', 'selection', 'link', 'image'],
  });
}

/** The menu exports the table nearest the right-click, exactly as the popup would (the click grants activeTab). */
export function listenToTableMenu(api: ExtensionApi, service: Pick<ExportService, 'start'>): void {
  api.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SEND_TABLE_MENU_ID || tab?.id === undefined || tab.id < 0) return;
    void service.start(tab.id, { nearest: true });
  });
}
