import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, downloadCsv, emailsOf, waitForCandidates } from './support/export-table';

/** Faults in the middle of an export: the page's tab closed or navigated away. */

function editorOpened(session: ExtensionSession): Promise<Page> {
  return session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/editor.html?draft='), timeout: 80_000 });
}

/** Starts exporting a slow endless list and waits until at least `rows` rows are read. */
async function exportUnderWay(session: ExtensionSession, rows: number) {
  const hr = await session.context.newPage();
  await hr.goto(`${session.demoOrigin}/hr/infinite.html?rows=400&delay=300`);
  const people = await demoPeople(hr);
  const popup = await session.openPopupFor(hr);
  await waitForCandidates(popup);
  await popup.click('[data-testid=export-table]');
  await hr.bringToFront();
  const progress = popup.locator('[data-testid=export-progress]');
  await expect.poll(() => progress.getAttribute('data-rows').then(Number), { timeout: 30_000 }).toBeGreaterThanOrEqual(rows);
  return { hr, popup, people };
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
