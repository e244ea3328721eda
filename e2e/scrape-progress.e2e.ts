import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, downloadCsv, editorOpened, emailsOf, exportUnderWay, waitForCandidates } from './support/export-table';

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box;
}

describe('export progress, Stop, a closed popup, the picked-table outline and the page menu', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows rows so far, and Stop keeps exactly the rows read until then', async () => {
    const { hr, popup, people } = await exportUnderWay(session, { list: 'rows=400&delay=300', rows: 40 });
    const progress = popup.locator('[data-testid=export-progress]');
    const opened = editorOpened(session);
    await popup.click('[data-testid=export-stop]');
    const editor = await opened;
    const { records } = await downloadCsv(editor);
    const emails = emailsOf(records);
    expect(emails.length).toBeGreaterThanOrEqual(40);
    expect(emails.length).toBeLessThan(people.length);
    expect(emails).toEqual(people.slice(0, emails.length).map((p) => p.email));
    const result = popup.locator('[data-testid=export-result]');
    await expect.poll(() => result.getAttribute('data-end')).toBe('stopped');
    expect(await result.textContent()).toContain(`The ${emails.length} rows read so far are in the draft`);
  });

  it('carries on when the popup closes, and opens the draft when done', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/aggrid.html?rows=3000`);
    const people = await demoPeople(hr);
    const popup = await session.openPopupFor(hr);
    await waitForCandidates(popup);
    const opened = editorOpened(session);
    await popup.click('[data-testid=export-table]');
    await popup.locator('[data-testid=export-progress]').waitFor();
    await popup.close();
    await hr.bringToFront();
    const { records } = await downloadCsv(await opened);
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
  });

  it('outlines the picked table on the page, and removes the outline when the popup closes', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const popup = await session.openPopupFor(hr);
    expect(await waitForCandidates(popup)).toBe(2);
    const outline = '[data-roster-sync-highlight]';
    const near = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      Math.abs(a.x - b.x) <= 2 && Math.abs(a.y - b.y) <= 2 && Math.abs(a.width - b.width) <= 2 && Math.abs(a.height - b.height) <= 2;

    await expect.poll(() => hr.locator(outline).count()).toBe(1);
    expect(near(await boxOf(hr, outline), await boxOf(hr, 'main table'))).toBe(true);

    await popup.locator('[data-testid=table-candidate] input[type=radio]').nth(1).check();
    await expect.poll(async () => near(await boxOf(hr, outline), await boxOf(hr, 'aside table'))).toBe(true);
    expect(await hr.locator(outline).count()).toBe(1);

    await popup.close();
    await expect.poll(() => hr.locator(outline).count()).toBe(0);
  });

  it('outlines the table picked even when a table the list leaves off comes before it', async () => {
    const hr = await session.context.newPage();
    // Its own address: the popup is opened for the tab found by its address.
    await hr.goto(`${session.demoOrigin}/hr/directory.html?too-wide-first`);
    // A people-like table of a thousand columns, first on the page: too wide to list, so the list's positions
    // are no longer the page's own numbers for its tables.
    await hr.evaluate(() => {
      const table = document.createElement('table');
      table.id = 'too-wide';
      const head = table.createTHead().insertRow();
      const body = table.createTBody();
      body.insertRow();
      body.insertRow();
      ['Name', 'Email', 'Title', ...Array.from({ length: 1000 }, (_, i) => `Extra column number ${i + 1}`)].forEach((name, col) => {
        head.appendChild(document.createElement('th')).textContent = name;
        Array.from(body.rows).forEach((row, r) => {
          row.insertCell().textContent = col === 0 ? `Wide Person ${r}` : col === 1 ? `wide${r}@example.com` : `value ${col}`;
        });
      });
      document.body.prepend(table);
    });
    const popup = await session.openPopupFor(hr);
    expect(await waitForCandidates(popup)).toBe(2);
    const outline = '[data-roster-sync-highlight]';
    const near = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      Math.abs(a.x - b.x) <= 2 && Math.abs(a.y - b.y) <= 2 && Math.abs(a.width - b.width) <= 2 && Math.abs(a.height - b.height) <= 2;
    for (const [position, selector] of [[1, 'aside table'], [0, 'main table']] as const) {
      await popup.locator('[data-testid=table-candidate] input[type=radio]').nth(position).check();
      await expect.poll(async () => near(await boxOf(hr, outline), await boxOf(hr, selector))).toBe(true);
    }
    await popup.close();
    await hr.close();
  });

  it('registers "Send this table to mOS", which exports the table under the mouse', async () => {
    const menuExists = await session.serviceWorker.evaluate(async () => {
      const menus = (globalThis as unknown as { chrome: { contextMenus: { update(id: string, props: object): Promise<void> } } }).chrome.contextMenus;
      return menus.update('roster-sync-send-table', {}).then(
        () => true,
        () => false,
      );
    });
    expect(menuExists).toBe(true);

    // The menu starts the same export the popup does, for the table nearest the right-click.
    const hr = await session.context.newPage();
    // Its own address: tabs are told apart by address, and the outline test has the directory open too.
    await hr.goto(`${session.demoOrigin}/hr/directory.html?menu`);
    const tabId = await session.tabIdOf(hr);
    const page = await session.context.newPage();
    await page.goto(session.extensionUrl(`popup.html?tab=${tabId}`));
    await waitForCandidates(page);
    // The admin right-clicks the holidays table, in the tab in front.
    await hr.bringToFront();
    const holidays = await boxOf(hr, 'aside table');
    await hr.mouse.move(holidays.x + 20, holidays.y + holidays.height / 2);
    await hr.waitForFunction(() => document.querySelector('aside table:hover') !== null);
    const opened = editorOpened(session);
    await page.evaluate((tab) => {
      const port = (globalThis as unknown as { chrome: { runtime: { connect(o: object): { postMessage(m: object): void } } } }).chrome.runtime.connect({ name: 'roster-export' });
      port.postMessage({ type: 'export/start', tabId: tab, table: { nearest: true } });
    }, tabId);
    const editor = await opened;
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    expect(await editor.getByTestId('draft-name').textContent()).toContain('Employee directory');
    expect(await editor.getByTestId('draft-source').textContent()).toContain('3 rows');
    expect(await editor.locator('[data-testid=draft-rows] tbody tr').count()).toBe(3);
  });
});
