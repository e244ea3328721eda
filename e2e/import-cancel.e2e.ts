import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { holdDatabase, storedCounts } from './support/database';

/** Where a draft's records go: a cancelled job must leave none behind. */
const DRAFT_STORES = ['drafts', 'sources', 'rows'] as const;

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };

/** A roster big enough that reading and saving it takes a while on any machine. */
function bigRoster(rows: number): Buffer {
  const lines = ['Employee ID,First Name,Last Name,Work Email,Job Title,Department'];
  for (let i = 0; i < rows; i++) lines.push(`E${100000 + i},Person${i},Surname${i},person${i}@example.com,Account Executive,Sales`);
  return Buffer.from(lines.join('\n'));
}

describe('cancelling a file import', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows how far the import is, and Cancel leaves no draft behind', async () => {
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    const before = await storedCounts(editor, DRAFT_STORES);
    // Held by a write as from another tab, the database keeps the import from ending before Cancel lands.
    const release = await holdDatabase(editor);
    const bar = editor.getByRole('progressbar', { name: 'Import progress' });
    try {
      await editor.setInputFiles('[data-testid=import-file]', { name: 'big-roster.csv', mimeType: 'text/csv', buffer: bigRoster(150_000) });
      await bar.waitFor();
      expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
      await editor.getByTestId('import-cancel').click();
    } finally {
      // Cancel tidies up in the database too, so it may wait for the hold as well.
      await release();
    }
    await bar.waitFor({ state: 'detached' });
    await expect.poll(() => editor.getByTestId('import-cancel').count()).toBe(0);
    expect(editor.url()).not.toContain('draft=');
    // The worker is gone, so nothing can still be written; the database is as it was.
    expect(await storedCounts(editor, DRAFT_STORES)).toEqual(before);
    await expect.poll(() => editor.getByTestId('import-file').isEnabled()).toBe(true);

    // And the next import works as ever.
    await editor.setInputFiles('[data-testid=import-file]', { name: 'small.csv', mimeType: 'text/csv', buffer: bigRoster(3) });
    await editor.waitForURL(/editor\.html\?draft=/);
    expect((await storedCounts(editor, DRAFT_STORES)).drafts).toBe(before.drafts + 1);
  });

  it('on the mOS panel too: Cancel stops reading the dropped file and adds no draft', async () => {
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
      .toBeGreaterThan(0);
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.locator('[data-testid=import-file]').waitFor({ state: 'attached' });
    const draftsBefore = await panel.locator('[data-testid=draft-select] option').count();
    await panel
      .locator('[data-testid=import-file]')
      .setInputFiles({ name: 'huge-roster.csv', mimeType: 'text/csv', buffer: bigRoster(300_000) });

    const bar = panel.getByRole('progressbar', { name: 'Import progress' });
    await bar.waitFor();
    await panel.getByTestId('import-cancel').click();
    await bar.waitFor({ state: 'detached' });
    expect(await panel.getByRole('alert').filter({ hasText: 'huge-roster' }).count()).toBe(0);
    expect(await panel.getByText('Saving').count()).toBe(0);
    expect(await panel.locator('[data-testid=draft-select] option').count()).toBe(draftsBefore);
    await mos.close();
  });
});
