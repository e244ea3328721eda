import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { downloadCsv, editorOpened, emailsOf, waitForCandidates } from './support/export-table';

/**
 * HR pages that fight the export: a cell far past what the export carries, and a page whose main thread
 * blocks for good when asked for its next page. The export keeps what it read and always ends.
 */

const PEOPLE = [
  ['Jane Doe', 'jane@example.com', 'short note'],
  ['John Smith', 'john@example.com', 'x'.repeat(150_000)],
  ['Ana Lima', 'ana@example.com', 'another note'],
];

function tableOf(rows: string[][]): string {
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr><th>Name</th><th>Email</th><th>Notes</th></tr></thead><tbody>${body}</tbody></table>`;
}

// The Next button's handler logs, then never returns: the page's thread (and the export's script in it) is stuck.
const BLOCKING_PAGE = `<!doctype html><title>People</title><h1>People</h1>${tableOf(PEOPLE.map(([n, e]) => [n!, e!, 'note']))}
  <nav><button type="button" id="next">Next</button> <span>1–3 of 6</span></nav>
  <script>document.getElementById('next').addEventListener('click', () => { console.log('blocking'); for (;;) {} });</script>`;

async function setStallMs(session: ExtensionSession, ms: number): Promise<void> {
  await session.serviceWorker.evaluate((value: number) => (globalThis as unknown as { setExportStallMs(ms: number): void }).setExportStallMs(value), ms);
}

/** Opens a page of the given HTML, lists its tables in the popup and starts the export. */
async function startExport(session: ExtensionSession, path: string, html: string): Promise<{ hr: Page; popup: Page }> {
  const hr = await session.context.newPage();
  const url = `${session.demoOrigin}/hostile/${path}`;
  await hr.route(url, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await hr.goto(url);
  const popup = await session.openPopupFor(hr);
  await waitForCandidates(popup);
  await popup.click('[data-testid=export-table]');
  await hr.bringToFront();
  return { hr, popup };
}

describe('an export against hostile HR pages', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps every row of a page with a cell past the limit, the cell clipped', async () => {
    const opened = editorOpened(session);
    const { popup } = await startExport(session, 'long-cell.html', `<!doctype html><title>People</title>${tableOf(PEOPLE)}`);
    const { records } = await downloadCsv(await opened);
    expect(emailsOf(records)).toEqual(PEOPLE.map((p) => p[1]));
    const result = popup.locator('[data-testid=export-result]');
    await expect.poll(() => result.getAttribute('data-end')).toBe('complete');
    expect(await result.getAttribute('data-rows')).toBe('3');
  });

  it('ends an export whose page stopped answering, keeping what was read, and says so', async () => {
    const stallMs = inject('exportStallMs');
    await setStallMs(session, stallMs);
    const opened = editorOpened(session);
    const { hr, popup } = await startExport(session, 'blocking.html', BLOCKING_PAGE);
    const { records } = await downloadCsv(await opened);
    expect(emailsOf(records)).toEqual(PEOPLE.map((p) => p[1]));
    const result = popup.locator('[data-testid=export-result]');
    await expect.poll(() => result.getAttribute('data-end')).toBe('stalled');
    expect(await result.textContent()).toContain(`The page stopped answering for ${Math.round(stallMs / 1000)} seconds, so the export ended.`);
    expect(await result.textContent()).toContain('The 3 rows read so far are in the draft.');
    await hr.close({ runBeforeUnload: false });
  });

  it('Stop ends the export even while the page is stuck', async () => {
    // A budget the test never reaches: only Stop can end this export.
    await setStallMs(session, 10 * 60_000);
    const opened = editorOpened(session);
    const hr = await session.context.newPage();
    const blocked = hr.waitForEvent('console', { predicate: (m) => m.text() === 'blocking' });
    const url = `${session.demoOrigin}/hostile/blocking-stop.html`;
    await hr.route(url, (route) => route.fulfill({ contentType: 'text/html', body: BLOCKING_PAGE }));
    await hr.goto(url);
    const popup = await session.openPopupFor(hr);
    await waitForCandidates(popup);
    await popup.click('[data-testid=export-table]');
    await hr.bringToFront();
    await blocked;
    await popup.bringToFront();
    await popup.click('[data-testid=export-stop]');
    const { records } = await downloadCsv(await opened);
    expect(emailsOf(records)).toEqual(PEOPLE.map((p) => p[1]));
    const result = popup.locator('[data-testid=export-result]');
    await expect.poll(() => result.getAttribute('data-end')).toBe('stopped');
    await hr.close({ runBeforeUnload: false });
  });
});
