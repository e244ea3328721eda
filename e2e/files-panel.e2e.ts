import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };

const CORPUS = new URL('./fixtures/hr-exports/', import.meta.url);

describe('importing an HR export from the panel on the mOS page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('turns a dropped or chosen file into a draft and picks it', async () => {
    // The background registers the mOS adapter at start-up; a page loaded before that has no panel.
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
      .toBeGreaterThan(0);
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.locator('input[type=file][data-testid=import-file]').setInputFiles(new URL('personio-de.csv', CORPUS).pathname);
    await expect.poll(() => panel.locator('[data-testid=draft-select] option:checked').textContent()).toContain('personio-de.csv');
    // Four people have a valid email; Sören has none and is left out.
    await expect.poll(() => panel.locator('[data-testid=plan-to-import]').textContent()).toBe('4');
    expect(await panel.locator('[data-testid=send-to-mos]').isEnabled()).toBe(true);

    await panel.locator('input[type=file][data-testid=import-file]').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n'),
    });
    await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'scan.pdf' }).textContent()).toContain('scan.pdf looks like a PDF');
    await mos.close();
  });
});
