import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { makeZip } from './support/zip';

/** A CSV of 1,210 lines whose line 1,204 opens a quote that never closes. */
function csvWithUnclosedQuoteAtLine1204(): Buffer {
  const lines = ['First Name,Last Name,Email'];
  for (let i = 2; i <= 1210; i++) {
    lines.push(i === 1204 ? `"Broken,Row,broken${i}@example.com` : `Person,${i},person${i}@example.com`);
  }
  return Buffer.from(lines.join('\n'));
}

const BAD_FILES: { name: string; buffer: Buffer; says: string }[] = [
  { name: 'report.pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), says: 'report.pdf looks like a PDF' },
  {
    name: 'export.zip',
    buffer: makeZip([{ name: 'people.csv', data: 'Email\nana@example.com\n' }]),
    says: 'export.zip is a ZIP archive, not a spreadsheet. Unzip it first',
  },
  { name: 'big.csv', buffer: csvWithUnclosedQuoteAtLine1204(), says: 'big.csv: line 1,204 has an unclosed quote.' },
  {
    name: 'notes.txt',
    buffer: Buffer.from('Dear team,\nplease find the list of new joiners attached.\nThanks\n'),
    says: 'notes.txt: no header row found',
  },
  {
    name: 'bomb.xlsx',
    buffer: makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2_000_000), deflate: true, declaredSize: 4_000_000_000 },
    ]),
    says: 'bomb.xlsx unpacks to more data than any roster needs',
  },
  { name: 'photo.png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), says: 'photo.png is an image' },
  { name: 'empty.csv', buffer: Buffer.from(''), says: 'empty.csv is empty' },
];

async function openEditor(session: ExtensionSession): Promise<Page> {
  const editor = await session.context.newPage();
  await editor.goto(session.extensionUrl('editor.html'));
  return editor;
}

describe('files that cannot be read', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(BAD_FILES)('$name gets a message naming the problem, and no draft', async ({ name, buffer, says }) => {
    const editor = await openEditor(session);
    await editor.setInputFiles('input[type=file][data-testid=import-file]', { name, mimeType: 'application/octet-stream', buffer });
    await expect.poll(() => editor.getByRole('alert').textContent()).toContain(says);
    expect(editor.url()).not.toContain('draft=');
    // The page still works: the next file goes through.
    await editor.setInputFiles('input[type=file][data-testid=import-file]', {
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Email,First name\nana@example.com,Ana\n'),
    });
    await editor.waitForURL(/editor\.html\?draft=/);
    await editor.close();
  });
});
