import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { activate, cell, download, importIntoEditor } from './support/editor';
import { startSession, type ExtensionSession } from './support/extension';
import { downloadCsv, waitForCandidates } from './support/export-table';
import { makeZip } from './support/zip';

/**
 * Hostile input through the real extension: the file import box, the editor showing page-made
 * text, and the HR page export. A draft made first must stay byte-identical, and the XSS canary
 * (a global flag every payload would set) must never be set on any page.
 */

const CANARY_IMG = '<img src=x onerror="window.__hostileCanary=1">';
const CANARY_SCRIPT = '<script>window.__hostileCanary=1</script>';

/** The draft's records exactly as IndexedDB holds them, read in the extension's own origin. */
async function draftRecords(page: Page, draftId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('roster-sync');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
      });
    const mine = (records: unknown[]) => records.filter((r) => (r as { id?: string; draftId?: string }).id === id || (r as { draftId?: string }).draftId === id);
    const snapshot = JSON.stringify({ drafts: mine(await all('drafts')), rows: mine(await all('rows')), sources: mine(await all('sources')) });
    db.close();
    return snapshot;
  }, draftId);
}

const canaryFired = (page: Page) => page.evaluate(() => (window as { __hostileCanary?: unknown }).__hostileCanary !== undefined);

const HOSTILE_FILES: { name: string; buffer: () => Buffer; says: string }[] = [
  { name: 'empty.csv', buffer: () => Buffer.alloc(0), says: 'empty.csv is empty: no header row found' },
  { name: 'header-only.csv', buffer: () => Buffer.from('First name,Last name,Email\n'), says: 'header-only.csv has a header row but no people below it' },
  { name: 'binary.csv', buffer: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), says: 'binary.csv is not a text or spreadsheet file' },
  { name: 'quote.csv', buffer: () => Buffer.from('First name,Email\nJane,jane@example.com\n"John,john@example.com\n'), says: 'quote.csv: line 3 has an unclosed quote' },
  {
    name: 'liar.xlsx',
    buffer: () =>
      makeZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3_000_000), deflate: true, declaredSize: 100 },
      ]),
    says: 'liar.xlsx is a damaged Excel file',
  },
  {
    // 1 GiB of zeros owned up to in an image part: refused from the sizes alone, nothing unpacked.
    name: 'image-bomb.xlsx',
    buffer: () =>
      makeZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        { name: 'xl/media/image1.png', data: Buffer.alloc(1000), deflate: true, declaredSize: 1024 ** 3 },
      ]),
    says: 'image-bomb.xlsx unpacks to more data than any roster needs (its part “xl/media/image1.png”)',
  },
  {
    // The same zeros declared as nothing, so that no sum of declared sizes counts them.
    name: 'image-zero.xlsx',
    buffer: () =>
      makeZip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'xl/workbook.xml', data: '<workbook/>' },
        { name: 'xl/media/image1.png', data: Buffer.alloc(20_000_000), deflate: true, declaredSize: 0 },
      ]),
    says: 'image-zero.xlsx is a damaged Excel file: its part “xl/media/image1.png” does not unpack to the size it declares',
  },
];

describe('hostile input through the extension', () => {
  let session: ExtensionSession;
  let base: { page: Page; draftId: string };
  let before: string;
  beforeAll(async () => {
    session = await startSession();
    base = await importIntoEditor(session, { name: 'base.csv', mimeType: 'text/csv', buffer: Buffer.from('First name,Last name,Email\nAna,Lima,ana@example.com\n') });
    before = await draftRecords(base.page, base.draftId);
    expect(before).toContain('ana@example.com');
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(HOSTILE_FILES)('the import box answers $name with a plain message and leaves the saved draft as it was', async ({ name, buffer, says }) => {
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.setInputFiles('input[type=file][data-testid=import-file]', { name, mimeType: 'application/octet-stream', buffer: buffer() });
    await expect.poll(() => editor.getByRole('alert').textContent()).toContain(says);
    expect(editor.url()).not.toContain('draft=');
    expect(await draftRecords(editor, base.draftId)).toBe(before);
    await editor.close();
  });

  it('imports a ~50 MB file as a new draft of its own', async () => {
    const filler = 'x'.repeat(900);
    const lines = ['First name,Last name,Email,Job title'];
    for (let i = 0, size = 0; size < 50 * 1024 * 1024; i++) {
      const line = `P${i},Big,p${i}@example.com,Engineer ${filler}`;
      lines.push(line);
      size += line.length + 1;
    }
    // Made here and removed after: Playwright takes a file this large only from disk.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-sync-hostile-'));
    const file = path.join(dir, 'huge.csv');
    writeFileSync(file, lines.join('\n'));
    try {
      const { page, draftId } = await importIntoEditor(session, file);
      expect(draftId).not.toBe(base.draftId);
      expect(await cell(page, 0, 'email').textContent()).toContain('p0@example.com');
      expect(await draftRecords(page, base.draftId)).toBe(before);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, inject('slowTestMs'));

  it('cuts a 6 MB cell of an 8 MB file, says where, and shows the cell cut with a note', async () => {
    const lines = ['First name,Last name,Email,Job title'];
    lines.push(`Long,Title,long@example.com,"${'T'.repeat(6 * 1024 * 1024)}"`);
    for (let i = 0, size = lines[1]!.length; size < 8 * 1024 * 1024; i++) {
      const line = `P${i},Filler,p${i}@example.com,Clerk`;
      lines.push(line);
      size += line.length + 1;
    }
    // From disk, as a browser takes a big file: sent through the browser protocol, 8 MB takes long on a busy machine.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'roster-sync-long-cell-'));
    const file = path.join(dir, 'long-cell.csv');
    writeFileSync(file, lines.join('\n'));
    const { page } = await importIntoEditor(session, file).finally(() => rmSync(dir, { recursive: true, force: true }));
    await expect.poll(() => page.getByTestId('read-summary').textContent()).toContain('Cut 1 cell longer than 10,000 characters to its first 10,000 (row 1, column “Job title”).');
    const title = cell(page, 0, 'job_title');
    await expect.poll(() => title.textContent()).toContain('This value was cut to its first 10,000 characters when the file was read.');
    // The grid shows the start of the value, never the whole of it.
    expect(((await title.textContent()) ?? '').length).toBeLessThan(1000);
    await page.close();
  }, inject('slowTestMs'));

  it('the editor shows markup, formulas and hidden characters as plain text, never running them', async () => {
    const csv = [
      'First name,Last name,Email,Job title',
      `"${CANARY_SCRIPT}",Doe,jane@example.com,"${CANARY_IMG.replace(/"/g, '""')}"`,
      `"=HYPERLINK(""http://evil.example"",""Click"")",Smith,john@example.com,@SUM(1+1)`,
      `Zero,Width,ze\u200bro@example.com,Clerk`,
      `Look,Alike,j\u0430ne@example.com,Clerk`,
    ].join('\n');
    const { page } = await importIntoEditor(session, { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    expect(await cell(page, 0, 'first_name').textContent()).toContain(CANARY_SCRIPT);
    expect(await cell(page, 0, 'job_title').textContent()).toContain(CANARY_IMG);
    expect(await page.locator('[data-testid=draft-rows] img, [data-testid=draft-rows] script').count()).toBe(0);
    expect(await cell(page, 2, 'email').textContent()).toContain('hidden character U+200B');
    expect(await cell(page, 3, 'email').textContent()).toContain('mixes Latin and Cyrillic letters');
    await activate(page, 2, 'email');
    await expect.poll(() => page.locator('body').textContent()).toMatch(/Row 3, [^:]+: .*hidden character U\+200B/);
    const { text } = await download(page, 'download-csv');
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).toContain(`'@SUM(1+1)`);
    expect(await canaryFired(page)).toBe(false);
    expect(await draftRecords(page, base.draftId)).toBe(before);
    await page.close();
  });

  it('a page of 3,000 tables with script in its cells exports the roster, and no payload runs', async () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `<table><tr><th>Key ${i}</th><th>Value</th></tr><tr><td>k</td><td>${i}</td></tr></table>`).join('');
    const roster = `<table><thead><tr><th>Name</th><th>Email</th><th>Job title</th></tr></thead><tbody>
      <tr><td>Jane Doe</td><td>jane@example.com</td><td>&lt;img src=x onerror="window.__hostileCanary=1"&gt;</td></tr>
      <tr><td>John Smith</td><td>john@example.com</td><td>&lt;script&gt;window.__hostileCanary=1&lt;/script&gt;</td></tr></tbody></table>`;
    const url = `${session.demoOrigin}/hostile/many-tables.html`;
    const hr = await session.context.newPage();
    await hr.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>People</title><h1>People</h1>${roster}${filler}` }));
    await hr.goto(url);
    const popup = await session.openPopupFor(hr);
    const listed = await waitForCandidates(popup);
    expect(listed).toBeLessThanOrEqual(200);
    // The popup says the list is cut, and from how many.
    const capped = popup.getByTestId('tables-capped');
    expect(Number(await capped.getAttribute('data-found'))).toBeGreaterThanOrEqual(3001);
    expect(await capped.textContent()).toMatch(new RegExp(`^Showing the ${listed} most employee-like of 3,\\d{3} tables\\.$`));
    // However long the list, Export stays in view within a browser popup's 600 px.
    await popup.setViewportSize({ width: 380, height: 600 });
    const fit = await popup.evaluate(() => {
      const button = document.querySelector('[data-testid=export-table]')!.getBoundingClientRect();
      return { height: document.documentElement.scrollHeight, inView: button.top >= 0 && button.bottom <= 600 };
    });
    expect(fit).toEqual({ height: 600, inView: true });
    const [editor] = await Promise.all([
      session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/editor.html?draft='), timeout: inject('slowJobMs') }),
      popup.click('[data-testid=export-table]').then(() => hr.bringToFront()),
    ]);
    const { records } = await downloadCsv(editor);
    expect(records.map((r) => [r.email, r.job_title])).toEqual([
      ['jane@example.com', '<img src=x onerror="window.__hostileCanary=1">'],
      ['john@example.com', '<script>window.__hostileCanary=1</script>'],
    ]);
    for (const page of [hr, popup, editor]) expect(await canaryFired(page)).toBe(false);
    expect(await draftRecords(editor, base.draftId)).toBe(before);
  });
});
