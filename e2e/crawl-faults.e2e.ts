import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { downloadCsv, editorOpened, emailsOf, exportUnderWay as exportUnderWayOn } from './support/export-table';

/** Faults in the middle of an export: the page's tab closed or navigated away. */

/** Starts exporting a slow endless list and waits until at least `rows` rows are read. */
function exportUnderWay(session: ExtensionSession, rows: number) {
  return exportUnderWayOn(session, { list: 'rows=400&delay=300', rows });
}

describe('an export interrupted', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('by closing the tab keeps the rows read in a draft and says where it stopped', async () => {
    const { hr, popup, people } = await exportUnderWay(session, 40);
    const opened = editorOpened(session);
    await hr.close();
    const editor = await opened;
    const { records } = await downloadCsv(editor);
    const emails = emailsOf(records);
    expect(emails.length).toBeGreaterThanOrEqual(10);
    expect(emails).toEqual(people.slice(0, emails.length).map((p) => p.email));
    // The popup's tab is gone, so the editor carries the outcome.
    await expect.poll(() => editor.locator('body').innerText()).toContain(
      `Export stopped after ${emails.length} rows on page 1. The page was closed or left before the export finished. The ${emails.length} rows read so far are in the draft`,
    );
    expect(popup.isClosed()).toBe(false);
  });

  it('by navigating the tab elsewhere keeps the rows read in a draft and says where it stopped', async () => {
    const { hr, popup, people } = await exportUnderWay(session, 40);
    const opened = editorOpened(session);
    await hr.goto(`${session.demoOrigin}/help.html`);
    const { records } = await downloadCsv(await opened);
    const emails = emailsOf(records);
    expect(emails.length).toBeGreaterThanOrEqual(10);
    expect(emails).toEqual(people.slice(0, emails.length).map((p) => p.email));
    const result = popup.locator('[data-testid=export-result]');
    await expect.poll(() => result.getAttribute('data-end')).toBe('page-closed');
    expect(await result.textContent()).toContain(`The ${emails.length} rows read so far are in the draft`);
  });
});
