import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, waitForMockEvents, type ExtensionSession } from './support/extension';

describe('no data leaves the browser', () => {
  let session: ExtensionSession;
  const requests: Request[] = [];
  beforeAll(async () => {
    session = await startSession();
    session.context.on('request', (r) => requests.push(r));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes no request beyond the pages themselves in export, import, download, send and sync', async () => {
    const { context } = session;
    const hr = await context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const popup = await session.openPopupFor(hr);
    const [editor] = await Promise.all([
      context.waitForEvent('page', (p) => p.url().includes('editor.html?draft=')),
      popup.click('[data-testid=export-table]'),
    ]);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);

    const start = await context.newPage();
    await start.goto(session.extensionUrl('editor.html'));
    await start.setInputFiles('[data-testid=import-file]', {
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First Name,Last Name,Email\nAda,Lovelace,ada@acme.example'),
    });
    await start.waitForURL(/draft=/);

    const mos = await context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.locator('[data-testid=sync-report] [data-email]').first().waitFor();
    await panel.getByTestId('send-to-mos').click();
    await waitForMockEvents(mos, 1);

    const demo = new URL(session.demoOrigin).origin;
    const offenders = requests
      .map((r) => ({ url: r.url(), method: r.method() }))
      .filter(({ url }) => !url.startsWith('chrome-extension://') && !url.startsWith('data:') && !url.startsWith('blob:'))
      .filter(({ url }) => new URL(url).origin !== demo);
    expect(offenders).toEqual([]);
    // The pages' own requests are reads; nothing was posted anywhere.
    expect(requests.filter((r) => r.method() !== 'GET').map((r) => r.url())).toEqual([]);
    // The background's own fetches, seen from inside it.
    const workerFetches = await session.serviceWorker.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(workerFetches.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
  });
});
