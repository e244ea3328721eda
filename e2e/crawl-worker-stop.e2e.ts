import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { downloadCsv, editorOpened, emailsOf, exportUnderWay as exportUnderWayOn } from './support/export-table';

/**
 * The browser stops an extension's service worker whenever it likes (idle, memory, updates). An export
 * under way then loses its worker: the rows read so far must survive, the popup must say where the
 * export stopped, and Resume must read on without taking anyone twice.
 */

/** Stops the extension's service worker as the browser does, through the DevTools protocol of an extension page. */
async function stopServiceWorker(extensionPage: Page): Promise<void> {
  const cdp = await extensionPage.context().newCDPSession(extensionPage);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.endsWith('/background.js') && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** Starts exporting a slow endless list and waits until at least `rows` rows are kept. */
function exportUnderWay(session: ExtensionSession, rows: number, run: string) {
  // Each run its own address: the popup finds its tab by address. Rows the background has written, not
  // merely counted: the page holds the newest few until they settle.
  return exportUnderWayOn(session, { list: `rows=140&delay=400&run=${run}`, rows, counted: 'data-kept' });
}

/** After the worker is stopped: the popup, reconnecting, says where the export stopped. */
async function interrupted(popup: Page): Promise<number> {
  const notice = popup.getByTestId('export-interrupted');
  await expect.poll(() => notice.count()).toBe(1);
  const rows = Number(await notice.getAttribute('data-rows'));
  expect(await notice.textContent()).toContain(`Export stopped after ${rows} rows on page 1.`);
  return rows;
}

describe('an export whose service worker is stopped', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps every row read before, says where it stopped, and makes a draft of them on request', async () => {
    const { popup, people } = await exportUnderWay(session, 40, 'keep');
    await stopServiceWorker(popup);
    const rows = await interrupted(popup);
    expect(rows).toBeGreaterThanOrEqual(40);
    const opened = editorOpened(session);
    await popup.getByTestId('export-keep').click();
    const editor = await opened;
    const emails = emailsOf((await downloadCsv(editor)).records);
    expect(emails).toEqual(people.slice(0, rows).map((p) => p.email));
    await expect.poll(() => editor.locator('body').innerText()).toContain(`Export stopped after ${rows} rows on page 1.`);
  });

  it('resumes where it stopped and ends with every person exactly once', async () => {
    const { hr, popup, people } = await exportUnderWay(session, 40, 'resume');
    await stopServiceWorker(popup);
    const before = await interrupted(popup);
    const opened = editorOpened(session);
    await popup.getByTestId('export-resume').click();
    // As with the toolbar popup, the page read stays in front (a hidden tab loads no more of an endless list).
    await hr.bringToFront();
    await expect.poll(() => popup.getByTestId('export-progress').count()).toBe(1);
    const editor = await opened;
    const emails = emailsOf((await downloadCsv(editor)).records);
    expect(before).toBeLessThan(people.length);
    expect(emails).toEqual(people.map((p) => p.email));
  });
});
