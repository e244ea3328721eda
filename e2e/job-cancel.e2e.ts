import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { holdDatabase, storedCounts } from './support/database';

/** Where a draft's records go: a cancelled job must leave none behind. */
const DRAFT_STORES = ['drafts', 'rows'] as const;

const ROWS = 120_000;

const SLOW_JOB_MS = inject('slowJobMs');
const SLOW_TEST_MS = inject('slowTestMs');

/** A draft file of a roster big enough that reading, writing and checking it takes a while on any machine. */
function bigDraftFile(name: string): Buffer {
  const rows = [];
  for (let i = 0; i < ROWS; i++) {
    rows.push({ cells: [`E${100000 + i}`, `Person${i}`, `Surname${i}`, `person${i}@example.com`, 'Account Executive', 'Sales'], edits: {}, excluded: false });
  }
  return Buffer.from(
    JSON.stringify({
      format: 'roster-sync-draft',
      version: 1,
      draft: {
        name,
        origin: { kind: 'file', fileName: 'big-roster.csv', signature: 'employee id|first name|last name|work email|job title|department' },
        headers: ['Employee ID', 'First Name', 'Last Name', 'Work Email', 'Job Title', 'Department'],
        mapping: { first_name: 1, last_name: 2, email: 3, job_title: 4 },
        defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: [] },
        createdAt: 0,
        updatedAt: 0,
      },
      rows,
    }),
  );
}

/** Shows the bar, presses Cancel, and checks that the bar and Cancel go and the page is usable again. */
async function cancelWhileRunning(page: Page, barName: string, start: () => Promise<void>, message: string) {
  // Held by a write as from another tab, the database keeps the job from ending before Cancel lands.
  const release = await holdDatabase(page);
  const bar = page.getByRole('progressbar', { name: barName });
  try {
    await start();
    await bar.waitFor();
    const now = Number(await bar.getAttribute('aria-valuenow'));
    expect(now).toBeGreaterThanOrEqual(0);
    expect(now).toBeLessThanOrEqual(100);
    await page.getByTestId('job-cancel').click();
  } finally {
    // Cancel tidies up in the database too, so it may wait for the hold as well.
    await release();
  }
  await bar.waitFor({ state: 'detached' });
  expect(await page.getByTestId('job-cancel').count()).toBe(0);
  await expect.poll(() => page.getByRole('status').filter({ hasText: message }).count()).toBe(1);
}

describe('progress and Cancel for big draft jobs', () => {
  let session: ExtensionSession;
  let library: Page;
  const downloads: Download[] = [];
  // Set from disk, not sent through the browser protocol: 15 MB of it takes long on a busy machine.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-sync-job-cancel-'));
  const cancelledFile = path.join(dir, 'cancelled-draft.json');
  const bigFile = path.join(dir, 'big-draft.json');

  beforeAll(async () => {
    writeFileSync(cancelledFile, bigDraftFile('Cancelled import'));
    writeFileSync(bigFile, bigDraftFile('Big roster'));
    session = await startSession();
    library = await session.context.newPage();
    library.on('download', (d) => downloads.push(d));
    await library.goto(session.extensionUrl('editor.html'));
    await library.getByTestId('import-draft-json').waitFor({ state: 'attached' });
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a draft file with a progress bar; Cancel leaves no draft and no rows behind', async () => {
    const before = await storedCounts(library, DRAFT_STORES);
    await cancelWhileRunning(
      library,
      'Import progress',
      () => library.getByTestId('import-draft-json').setInputFiles(cancelledFile),
      'Import cancelled. Nothing was saved.',
    );
    expect(await storedCounts(library, DRAFT_STORES)).toEqual(before);
    expect(await library.getByTestId('draft-link').filter({ hasText: 'Cancelled import' }).count()).toBe(0);

    // Left to finish, the same import works, its bar showing on the way.
    await library.getByTestId('import-draft-json').setInputFiles(bigFile);
    await library.getByRole('progressbar', { name: 'Import progress' }).waitFor();
    await expect.poll(() => library.getByTestId('library-message').textContent(), { timeout: SLOW_JOB_MS }).toContain('Big roster');
    expect(await library.getByRole('progressbar').count()).toBe(0);
    expect((await storedCounts(library, DRAFT_STORES)).drafts).toBe(before.drafts + 1);
  }, SLOW_TEST_MS);

  it('exports a big draft from the library with a progress bar; Cancel saves no file', async () => {
    const item = library.getByTestId('draft-item').filter({ hasText: 'Big roster' });
    await cancelWhileRunning(library, 'Export progress', () => item.getByTestId('export-draft-json').click(), 'Cancelled. No file was saved.');
    expect(downloads).toHaveLength(0);

    const [exported] = await Promise.all([library.waitForEvent('download', { timeout: SLOW_JOB_MS }), item.getByTestId('export-draft-json').click()]);
    expect(exported.suggestedFilename()).toMatch(/^big-roster-draft-.*\.json$/);
    downloads.length = 0;
  }, SLOW_TEST_MS);

  it("downloads the mOS CSV and exports the draft from the editor with a progress bar; Cancel saves no file", async () => {
    const id = await library.getByTestId('draft-item').filter({ hasText: 'Big roster' }).getAttribute('data-draft-id');
    const editor = await session.context.newPage();
    const editorDownloads: Download[] = [];
    editor.on('download', (d) => editorDownloads.push(d));
    await editor.goto(session.extensionUrl(`editor.html?draft=${id}`));
    await editor.getByTestId('download-csv').waitFor({ timeout: SLOW_JOB_MS });
    await expect.poll(() => editor.getByTestId('download-csv').isEnabled(), { timeout: SLOW_JOB_MS }).toBe(true);

    await cancelWhileRunning(editor, 'Download progress', () => editor.getByTestId('download-csv').click(), 'Cancelled. No file was saved.');
    await cancelWhileRunning(editor, 'Export progress', () => editor.getByTestId('export-json').click(), 'Cancelled. No file was saved.');
    expect(editorDownloads).toHaveLength(0);

    // Not cancelled, the download arrives as ever.
    const [csv] = await Promise.all([editor.waitForEvent('download', { timeout: SLOW_JOB_MS }), editor.getByTestId('download-csv').click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    await expect.poll(() => editor.getByRole('progressbar', { name: 'Download progress' }).count()).toBe(0);
  }, SLOW_TEST_MS);
});
