import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MOS_HEADER, activate, cell, download, gridRow, importIntoEditor, saved } from './support/editor';
import { startRestartableSession, type RestartableSession } from './support/extension';

const FIXTURE = new URL('./fixtures/editor-people.csv', import.meta.url).pathname;

/** The CSV after the edits below: Janet's new name, Eve excluded, Tom on the Masterclass. */
const EXPECTED_CSV = [
  MOS_HEADER,
  'EXT00001,Janet,Doe,jane.doe@example.com,Account Executive,TRUE,FALSE,',
  'EXT00002,Ana,Lima,ana.lima@example.com,Engineer,TRUE,FALSE,',
  'EXT00003,Tom,Brown,tom.brown@example.com,Sales Engineer,TRUE,FALSE,meddpicc-masterclass',
].join('\n');

async function openDraft(session: RestartableSession, draftId: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.extensionUrl(`editor.html?draft=${draftId}`));
  await page.waitForSelector('[data-testid=draft-rows] tbody tr');
  return page;
}

async function expectEdits(page: Page): Promise<void> {
  await expect.poll(() => cell(page, 0, 'first_name').textContent()).toContain('Janet');
  expect(await gridRow(page, 4).getAttribute('class')).toContain('excluded');
  expect(await cell(page, 5, 'course_enrollments').textContent()).toContain('MEDDPICC Masterclass');
}

async function editText(page: Page, row: number, column: string, text: string): Promise<void> {
  await activate(page, row, column);
  await page.keyboard.press('Enter');
  await cell(page, row, column).locator('input').fill(text);
  await page.keyboard.press('Enter');
}

describe('drafts are kept safe', () => {
  let session: RestartableSession;
  let draftId: string;
  beforeAll(async () => {
    session = await startRestartableSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps every edit across a reload, a stopped background worker and a browser restart', async () => {
    const imported = await importIntoEditor(session, FIXTURE);
    draftId = imported.draftId;
    let page = imported.page;
    await editText(page, 0, 'first_name', 'Janet');
    await cell(page, 4, 'include').locator('input').click();
    await cell(page, 5, 'course_enrollments').locator('button').click();
    // The picker names the person it is for.
    expect(await page.getByTestId('program-picker').textContent()).toContain('Programs for Tom Brown');
    await page.getByTestId('program-picker').locator('[data-slug="meddpicc-masterclass"] input').click();
    await page.getByTestId('apply-programs').click();
    // Rows 2 and 3 are left as they are: the bad email and the duplicate stay out of the file.
    await saved(page);

    await page.reload();
    await page.waitForSelector('[data-testid=draft-rows] tbody tr');
    await expectEdits(page);

    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.reload();
    await page.waitForSelector('[data-testid=draft-rows] tbody tr');
    await expectEdits(page);

    await session.restart();
    page = await openDraft(session, draftId);
    await expectEdits(page);
    expect((await download(page, 'download-csv')).text).toBe(EXPECTED_CSV);
    await page.close();
  });

  it('shows one tab’s edits in another at once, and never lets one overwrite the other silently', async () => {
    const a = await openDraft(session, draftId);
    const b = await openDraft(session, draftId);
    await expect.poll(() => b.getByTestId('save-state').textContent()).toContain('also open in another tab');

    await editText(a, 1, 'job_title', 'Sales Director');
    await expect.poll(() => cell(b, 1, 'job_title').textContent()).toContain('Sales Director');
    // Row 3 repeats row 2's email, so it starts left out; B puts it back, then leaves it out again.
    const repeat = cell(b, 3, 'include').locator('input');
    expect(await gridRow(a, 3).getAttribute('class')).toContain('excluded');
    await repeat.click();
    await expect.poll(() => repeat.isChecked()).toBe(true);
    await expect.poll(() => gridRow(a, 3).getAttribute('class')).not.toContain('excluded');
    await repeat.click();
    await expect.poll(() => repeat.isChecked()).toBe(false);
    await expect.poll(() => gridRow(a, 3).getAttribute('class')).toContain('excluded');

    // B starts editing a last name; A changes the same last name first.
    await activate(b, 2, 'last_name');
    await b.keyboard.press('Enter');
    await editText(a, 2, 'last_name', 'Lima-A');
    await saved(a);
    await cell(b, 2, 'last_name').locator('input').fill('Lima-B');
    await b.keyboard.press('Enter');
    const conflict = b.getByTestId('conflict');
    await expect.poll(() => conflict.textContent()).toContain('another tab saved “Lima-A” while you were changing it to “Lima-B”');
    expect(await cell(b, 2, 'last_name').textContent()).toContain('Lima-A');
    await conflict.getByTestId('use-mine').click();
    await saved(b);
    await expect.poll(() => cell(a, 2, 'last_name').textContent()).toContain('Lima-B');
    expect(await b.getByTestId('conflict').count()).toBe(0);

    // Both tabs' work is in the file.
    const csv = (await download(a, 'download-csv')).text;
    expect(csv).toContain('EXT00002,Ana,Lima-B,ana.lima@example.com,Engineer,TRUE,FALSE,');
    expect(csv).not.toContain('Lima-Twice');
    await a.close();
    await b.close();
  });

  it('says so when the disk is full, keeps everything saved before, and saves the change on retry', async () => {
    const page = await openDraft(session, draftId);
    await page.evaluate(() => {
      // The page under test meets a full disk on its next write.
      const realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        IDBObjectStore.prototype.put = realPut;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await editText(page, 0, 'job_title', 'Chief of Staff');
    const alert = page.getByTestId('save-error');
    await expect.poll(() => alert.textContent()).toContain('no more storage space');
    expect(await alert.textContent()).toContain('Everything saved before it is safe.');
    expect(await cell(page, 0, 'job_title').textContent()).toBe('Account Executive');

    const other = await openDraft(session, draftId);
    await expectEdits(other);
    expect(await cell(other, 0, 'job_title').textContent()).toBe('Account Executive');

    await alert.getByTestId('retry-save').click();
    await saved(page);
    await expect.poll(() => cell(other, 0, 'job_title').textContent()).toContain('Chief of Staff');
  });
});
