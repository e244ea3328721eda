import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importIntoEditor } from './support/editor';
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
    // Four people have a valid email, one of them "inaktiv"; Sören has none. Both are left out by default.
    await expect.poll(() => panel.locator('[data-testid=plan-to-import]').textContent()).toBe('3');
    expect(await panel.getByTestId('plan-left-out').textContent()).toContain('2 left out');
    // Send works once the panel has been wholly in view for a moment.
    await expect.poll(() => panel.locator('[data-testid=send-to-mos]').isEnabled()).toBe(true);

    await panel.locator('input[type=file][data-testid=import-file]').setInputFiles({
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n'),
    });
    await expect.poll(() => panel.getByRole('alert').filter({ hasText: 'scan.pdf' }).textContent()).toContain('scan.pdf looks like a PDF');
    await mos.close();
  });

  it('leaves out whom the file marks as gone, names contractors with a note, and follows the draft when one is put back', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.locator('input[type=file][data-testid=import-file]').setInputFiles(new URL('rippling.csv', CORPUS).pathname);
    await expect.poll(() => panel.locator('[data-testid=draft-select] option:checked').textContent()).toContain('rippling.csv');
    await expect.poll(() => panel.locator('[data-testid=plan-to-import]').textContent()).toBe('4');
    const leftOut = panel.getByTestId('plan-left-out');
    expect(await leftOut.textContent()).toContain('1 left out (Has left or account shut: 1)');
    expect(await panel.getByTestId('plan-noted').textContent()).toContain('Lucas Moreau · lucas.moreau@ripco.example (Employment type: Contractor)');

    const [editor] = await Promise.all([session.context.waitForEvent('page'), leftOut.getByTestId('plan-left-out-review').click()]);
    await editor.waitForURL(/editor\.html\?draft=/);
    await editor.getByTestId('put-back-kind').filter({ hasText: 'Has left or account shut' }).click();
    await expect.poll(() => editor.getByTestId('left-out-row').count()).toBe(0);

    // Back on the mOS page, the panel already knows, and sends Priya too.
    await expect.poll(() => panel.locator('[data-testid=plan-to-import]').textContent()).toBe('5');
    expect(await panel.getByTestId('plan-left-out').count()).toBe(0);
    await panel.locator('[data-testid=send-to-mos]').click();
    await expect
      .poll(() => mos.evaluate(() => (window as unknown as { mosMock: { received: { text: string }[] } }).mosMock.received.at(-1)?.text ?? ''))
      .toContain('priya.natarajan@ripco.example');
    await editor.close();
    await mos.close();
  });

  it('lists a draft made in another tab at once, and keeps the one picked', async () => {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    const options = panel.locator('[data-testid=draft-select] option');
    await expect.poll(() => options.count()).toBeGreaterThan(0);
    const before = await options.count();
    const picked = await panel.locator('[data-testid=draft-select] option:checked').textContent();

    const { page: editor } = await importIntoEditor(session, new URL('bamboohr.csv', CORPUS).pathname);
    await expect.poll(() => options.count()).toBe(before + 1);
    expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('bamboohr.csv')]));
    expect(await panel.locator('[data-testid=draft-select] option:checked').textContent()).toBe(picked);
    await Promise.all([editor.close(), mos.close()]);
  });
});
