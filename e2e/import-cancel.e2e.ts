import type { Page } from 'playwright-core';
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

/** Resolves with the ids of the first drafts an extension page hears were deleted (on the drafts channel). */
function draftsRemovedIn(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const channel = new BroadcastChannel('roster-sync-drafts');
        channel.onmessage = (event: MessageEvent<{ type?: string; deleted?: string[] }>) => {
          if (event.data.type !== 'list' || !event.data.deleted?.length) return;
          channel.close();
          resolve(event.data.deleted);
        };
      }),
  );
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

  /** The mOS page with its panel, and a drafts page beside it to hold and count the database from. */
  async function panelBesideDraftsPage() {
    const mos = await session.context.newPage();
    await mos.goto(`${session.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.locator('[data-testid=import-file]').waitFor({ state: 'attached' });
    const draftsBefore = await panel.locator('[data-testid=draft-select] option').count();
    const other = await session.context.newPage();
    await other.goto(session.extensionUrl('editor.html'));
    return { mos, panel, draftsBefore, other, before: await storedCounts(other, DRAFT_STORES) };
  }

  it('on the mOS panel too: Cancel while a big file is read adds no draft', async () => {
    await expect
      .poll(() => session.serviceWorker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length))
      .toBeGreaterThan(0);
    const { mos, panel, draftsBefore, other, before } = await panelBesideDraftsPage();
    // Should the file be read before Cancel lands, the held database keeps the save from ending first.
    const release = await holdDatabase(other);
    const bar = panel.getByRole('progressbar', { name: 'Import progress' });
    try {
      await panel.locator('[data-testid=import-file]').setInputFiles({ name: 'huge-roster.csv', mimeType: 'text/csv', buffer: bigRoster(150_000) });
      await bar.waitFor();
      await panel.getByTestId('import-cancel').click();
      await bar.waitFor({ state: 'detached' });
    } finally {
      await release();
    }
    // Read before Cancel landed, the file may still reach the background, be saved and then removed: the zone
    // stays busy until the background has answered for it, so nothing of this test is still at work after it.
    await panel.locator('[data-testid=file-drop-zone]:not([aria-busy])').waitFor();
    await expect.poll(() => storedCounts(other, DRAFT_STORES)).toEqual(before);
    expect(await panel.getByRole('alert').filter({ hasText: 'huge-roster' }).count()).toBe(0);
    // The list follows the removal once the drafts channel settles.
    await expect.poll(() => panel.locator('[data-testid=draft-select] option').count()).toBe(draftsBefore);
    await Promise.all([mos.close(), other.close()]);
  });

  it('on the mOS panel too: Cancel while the draft is being saved leaves no draft', async () => {
    const { mos, panel, draftsBefore, other, before } = await panelBesideDraftsPage();
    // Another Roster Sync tab writing holds the database: the background's save waits while Cancel lands.
    const removed = draftsRemovedIn(other);
    // Heard at the end; a test failing earlier closes the page under it.
    removed.catch(() => undefined);
    const release = await holdDatabase(other);
    try {
      await panel.locator('[data-testid=import-file]').setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: bigRoster(2_000) });
      await panel.getByText(/^Saving 2,?000 rows as a draft/).waitFor();
      await panel.getByTestId('import-cancel').click();
      await panel.getByRole('progressbar', { name: 'Import progress' }).waitFor({ state: 'detached' });
    } finally {
      await release();
    }
    // The background saves it once the database is free, then removes it, and says so; or, when Cancel reached
    // the background before the rows did, it never makes the draft at all. The zone is busy until it has answered.
    await panel.locator('[data-testid=file-drop-zone]:not([aria-busy])').waitFor();
    const removedIds = await Promise.race([removed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 0))]);
    if (removedIds) expect(removedIds).toHaveLength(1);
    expect(await storedCounts(other, DRAFT_STORES)).toEqual(before);
    expect(await panel.getByRole('alert').filter({ hasText: 'roster.csv' }).count()).toBe(0);
    // The list follows the removal once the drafts channel settles.
    await expect.poll(() => panel.locator('[data-testid=draft-select] option').count()).toBe(draftsBefore);
    await Promise.all([mos.close(), other.close()]);
  });
});
