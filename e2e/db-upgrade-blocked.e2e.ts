import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1_DRAFTS, V1_ROWS } from '../lib/drafts/fixtures/v1';
import { startSession, type ExtensionSession } from './support/extension';

/**
 * An update raises the drafts database's version while a tab of the older version still holds it
 * open. The new page must say which tabs to close, wait, and then upgrade with every draft kept.
 */
describe('a drafts database upgrade blocked by a tab of the older version', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('tells the admin to close other Roster Sync tabs, and loses no draft once they are closed', async () => {
    // The older version's tab: an extension page (the settings page opens no drafts) holding a
    // version 1 database with two drafts, and ignoring requests to let go, as a busy old tab would.
    const oldTab = await session.context.newPage();
    await oldTab.goto(session.extensionUrl('options.html'));
    const now = Date.now();
    const drafts = V1_DRAFTS.map((d) => ({ ...d, updatedAt: now }));
    await oldTab.evaluate(
      async ({ drafts, rows }) => {
        const request = (r: IDBRequest | IDBOpenDBRequest) =>
          new Promise<unknown>((resolve, reject) => {
            r.onsuccess = () => resolve(r.result);
            r.onerror = () => reject(r.error);
          });
        // Start from the older version: the background lets go of the current one when asked.
        await request(indexedDB.deleteDatabase('roster-sync'));
        const open = indexedDB.open('roster-sync', 1);
        open.onupgradeneeded = () => {
          const db = open.result;
          db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byUpdatedAt', 'updatedAt');
          db.createObjectStore('rows', { keyPath: ['draftId', 'index'] }).createIndex('byDraft', 'draftId');
          db.createObjectStore('orgs', { keyPath: 'orgKey' });
          db.createObjectStore('userIds', { keyPath: ['orgKey', 'email'] }).createIndex('byOrg', 'orgKey');
        };
        const db = (await request(open)) as IDBDatabase;
        const tx = db.transaction(['drafts', 'rows'], 'readwrite');
        for (const d of drafts) tx.objectStore('drafts').put(d);
        for (const r of rows) tx.objectStore('rows').put(r);
        await new Promise((resolve) => (tx.oncomplete = resolve));
        (window as unknown as { oldConnection: IDBDatabase }).oldConnection = db;
      },
      { drafts, rows: V1_ROWS },
    );

    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    const blocked = editor.getByTestId('db-upgrade-blocked');
    await expect.poll(() => blocked.count()).toBe(1);
    expect(await blocked.textContent()).toContain('Close other Roster Sync tabs');
    expect(await editor.getByTestId('draft-item').count()).toBe(0);

    await oldTab.close();
    await expect.poll(() => blocked.count()).toBe(0);
    const items = editor.getByTestId('draft-item');
    await expect.poll(() => items.count()).toBe(2);
    expect((await items.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-draft-id')))).sort()).toEqual(V1_DRAFTS.map((d) => d.id).sort());
    const october = editor.locator('[data-testid=draft-item][data-draft-id=draft-october] [data-testid=draft-rows-count]');
    expect(await october.textContent()).toBe('4');
  });
});
