import { describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { SEND_TABLE_MENU_ID, createTableMenu, listenToTableMenu } from './context-menu';

type Api = typeof browser;

function fakeApi() {
  const created: unknown[] = [];
  let onClicked: ((info: { menuItemId: string | number }, tab?: { id?: number }) => void) | undefined;
  const api = {
    contextMenus: {
      create: (props: unknown) => created.push(props),
      onClicked: { addListener: (l: typeof onClicked) => (onClicked = l) },
    },
  } as unknown as Api;
  return { api, created, click: (info: { menuItemId: string | number }, tab?: { id?: number }) => onClicked?.(info, tab) };
}

describe('the page menu', () => {
  it('adds "Send this table to mOS" to the page, selection, link and image menus', () => {
    const { api, created } = fakeApi();
    createTableMenu(api);
    expect(created).toEqual([{ id: SEND_TABLE_MENU_ID, title: 'Send this table to mOS', contexts: ['page', 'selection', 'link', 'image'] }]);
  });

  it('is titled in the words it is given, the browser’s language', () => {
    const { api, created } = fakeApi();
    createTableMenu(api, 'Diese Tabelle an mOS senden');
    expect(created).toMatchObject([{ id: SEND_TABLE_MENU_ID, title: 'Diese Tabelle an mOS senden' }]);
  });

  it('exports the table nearest the right-click in the clicked tab, and nothing for other items', () => {
    const { api, click } = fakeApi();
    const started: unknown[] = [];
    listenToTableMenu(api, { start: async (tabId, table) => void started.push({ tabId, table }) });
    click({ menuItemId: SEND_TABLE_MENU_ID }, { id: 12 });
    click({ menuItemId: 'something-else' }, { id: 12 });
    click({ menuItemId: SEND_TABLE_MENU_ID });
    click({ menuItemId: SEND_TABLE_MENU_ID }, { id: -1 });
    expect(started).toEqual([{ tabId: 12, table: { nearest: true } }]);
  });
});
