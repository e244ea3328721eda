import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

describe('Delete all data in the options page', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('removes every draft and setting, even with the mOS panel open, and the extension keeps working', async () => {
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.setInputFiles('[data-testid=import-file]', {
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First Name,Last Name,Email\nAda,Lovelace,ada@acme.example'),
    });
    await editor.waitForURL(/draft=/);
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await expect.poll(() => panel.getByTestId('draft-select').locator('option').count()).toBe(1);
    await panel.getByTestId('panel-toggle').click();
    await expect.poll(() => session.readLocalStorage('panelCollapsed')).toBe(true);

    const options = await session.context.newPage();
    await options.goto(session.extensionUrl('options.html'));
    await options.getByTestId('delete-all').click();
    await options.getByTestId('delete-all-confirm').click();
    await expect.poll(() => options.getByRole('status').last().textContent()).toContain('Everything is deleted');
    expect(await session.readLocalStorage('panelCollapsed')).toBeUndefined();

    await editor.goto(session.extensionUrl('editor.html'));
    await expect.poll(() => editor.locator('body').textContent()).toContain('No drafts yet');
    // The background reopens its database: the panel works and lists nothing.
    await mos.reload();
    await expect.poll(() => mos.frameLocator('[data-testid=mos-import-panel]').locator('body').textContent()).toContain(
      'No drafts yet',
    );
  });
});
