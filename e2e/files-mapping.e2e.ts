import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { openFold } from './support/editor';

const CORPUS = new URL('./fixtures/hr-exports/', import.meta.url);

// A home-made report: nothing in its headers says "first name" or "last name".
const CUSTOM_REPORT = [
  'Colleague,Reach me at,Job',
  'Jane Doe,jane.doe@example.com,Engineer II',
  '"Smith, John",john.smith@example.com,Legal Assistant',
  'Ludwig van Beethoven,lvb@example.com,Composer',
].join('\n');

async function openEditor(session: ExtensionSession): Promise<Page> {
  const editor = await session.context.newPage();
  await editor.goto(session.extensionUrl('editor.html'));
  return editor;
}

async function importFile(editor: Page, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await editor.setInputFiles('input[type=file][data-testid=import-file]', file);
  await editor.waitForURL(/editor\.html\?draft=/);
  await openFold(editor, 'mapping-slot');
}

async function downloadedRows(editor: Page): Promise<string[][]> {
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
  const csv = await readFile((await download.path())!, 'utf8');
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).map((r) => r.slice(1, 5));
}

const fieldRow = (editor: Page, field: string) => editor.locator(`[data-testid=mapping-field][data-field=${field}]`);

/** Waits for the mapping change to be remembered, as closing the tab sooner could lose it. */
const mappingSaved = (editor: Page) => editor.locator('[data-testid=mapping-editor]:not([aria-busy])').waitFor();

describe('the mapping in the editor', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows each field’s source, confidence and examples, and the preferred name beside the legal one', async () => {
    const editor = await openEditor(session);
    await importFile(editor, new URL('bamboohr.csv', CORPUS).pathname);
    const first = fieldRow(editor, 'first_name');
    await expect.poll(() => first.locator('select option:checked').textContent()).toBe('“First Name”, else “Preferred Name”');
    expect(await first.locator('.confidence').textContent()).toMatch(/^Sure · \d+%$/);
    expect(await first.locator('.samples').textContent()).toContain('Jennifer (preferred name Jen)');
    expect(await fieldRow(editor, 'email').locator('select option:checked').textContent()).toBe('“Work Email”');
    expect(await editor.locator('[data-testid=draft-rows] tr[data-row="0"]').textContent()).toContain('Jennifer (preferred name Jen)');
    expect((await downloadedRows(editor))[0]!.slice(0, 2)).toEqual(['Jennifer', 'Caldwell']);
    await editor.close();
  });

  it('uses preferred first names once the organisation setting says so, with the legal one beside them', async () => {
    const editor = await openEditor(session);
    await importFile(editor, new URL('bamboohr.csv', CORPUS).pathname);
    const firstRow = editor.locator('[data-testid=draft-rows] tr[data-row="0"]');
    await expect.poll(() => firstRow.textContent()).toContain('Jennifer (preferred name Jen)');
    const setPreferred = async (on: boolean) => {
      await editor.getByTestId('open-settings').click();
      await editor.getByTestId('setting-preferred-names').setChecked(on);
      await editor.getByRole('button', { name: 'Done' }).click();
    };
    await setPreferred(true);
    await expect.poll(() => firstRow.textContent()).toContain('Jen (legal name Jennifer)');
    expect((await downloadedRows(editor)).map((r) => r[0])).toEqual(['Jen', 'Ryan', 'Ashley', 'Chris']);
    await setPreferred(false);
    await expect.poll(() => firstRow.textContent()).toContain('Jennifer (preferred name Jen)');
    expect((await downloadedRows(editor)).map((r) => r[0])).toEqual(['Jennifer', 'Ryan', 'Ashley', 'Christopher']);
    await editor.close();
  });

  it('takes names as HR holds them and programs from a Training column, into the downloaded file', async () => {
    const editor = await openEditor(session);
    await importFile(editor, new URL('bamboohr-training.csv', CORPUS).pathname);
    expect(await fieldRow(editor, 'course_enrollments').getAttribute('data-source')).toBe('6');
    const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    const rows = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => [r[1], r[2], r[7]])).toEqual([
      ['Thi Mai', 'Nguyen', 'meddpicc-masterclass,meddicc-value-program'],
      ['Quoc Bao', 'Tran', 'meddpicc-leadership-and-enablement-program'],
      ['Aoife', 'Kavanagh', 'Meddicc-go-live-plan'],
      ['Omar', 'Haddad', ''],
      ['Anna', 'Schmidt', 'value-pyramid-program,meddpicc-masterclass'],
    ]);
    // The status after the name leaves the person out by default, the reason named by its column.
    const sam = editor.getByTestId('left-out-row').filter({ hasText: 'Sam' });
    await expect.poll(() => sam.textContent()).toContain('Employee Name: Terminated');
    await editor.close();
  });

  it('flags a program name that is not an mOS program on its cell, offering the nearest, and splits full names as HR holds them', async () => {
    const editor = await openEditor(session);
    await importFile(editor, new URL('workday-learning.csv', CORPUS).pathname);
    const lee = editor.locator('[data-testid=draft-rows] tr[data-row="5"]');
    await expect.poll(() => lee.textContent()).toContain('"Masterclass" is not an mOS program. Did you mean "MEDDPICC Masterclass"?');
    expect(await lee.locator('[aria-invalid=true]').count()).toBe(1);
    expect((await downloadedRows(editor)).map((r) => r.slice(0, 2))).toEqual([
      ['Pieter', 'van der Berg'],
      ['Ciarán', 'Ó Súilleabháin'],
      ['Aoife', 'Kavanagh'],
      ['Hannah', 'Weber'],
      ['Jonas', 'Weber'],
    ]);

    // One click puts the program meant in place of the wrong name, and Lee goes into the file with it.
    await lee.getByTestId('use-nearest-program').click();
    await expect.poll(() => lee.locator('[aria-invalid=true]').count()).toBe(0);
    expect(await lee.locator('.cell-course_enrollments').textContent()).toContain('MEDDPICC Masterclass');
    await editor.locator('[data-testid=save-state]').filter({ hasText: 'All changes saved' }).waitFor();
    const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    const csv = Papa.parse<string[]>(await readFile((await download.path())!, 'utf8'), { skipEmptyLines: true }).data;
    const at = (field: string) => csv[0]!.indexOf(field);
    const leeRow = csv.find((r) => r[at('email')] === 'lee.chan@gms.example');
    expect([leeRow?.[at('first_name')], leeRow?.[at('last_name')], leeRow?.[at('course_enrollments')]]).toEqual(['Lee', 'Chan', 'meddpicc-masterclass']);
    await editor.close();
  });

  it('lists every column the mapping does not use, and uses one in one click', async () => {
    const editor = await openEditor(session);
    await importFile(editor, new URL('bamboohr-training.csv', CORPUS).pathname);
    const unused = editor.locator('[data-testid=unused-column]');
    await expect.poll(() => unused.allTextContents()).toEqual([expect.stringContaining('“Location”')]);
    expect(await unused.first().textContent()).toContain('not used');
    await unused.first().getByTestId('use-column-as').selectOption('job_title');
    await expect.poll(() => fieldRow(editor, 'job_title').getAttribute('data-source')).toBe('5');
    await expect.poll(() => unused.allTextContents()).toEqual([expect.stringContaining('“Job Title”')]);
    expect((await downloadedRows(editor))[0]![3]).toBe('Lindon');
    await mappingSaved(editor);
    await editor.close();
  });

  it('lets the admin change a field, re-checks the rows, and remembers the change for the next file', async () => {
    const editor = await openEditor(session);
    const file = { name: 'team-list.csv', mimeType: 'text/csv', buffer: Buffer.from(CUSTOM_REPORT) };
    await importFile(editor, file);
    // The email column is found from its values; the names are not, so every row lacks them.
    expect(await fieldRow(editor, 'email').getAttribute('data-source')).toBe('1');
    expect(await fieldRow(editor, 'first_name').getAttribute('data-source')).toBe('');

    await fieldRow(editor, 'first_name').locator('select').selectOption({ label: 'first name in “Colleague”' });
    await expect.poll(() => fieldRow(editor, 'first_name').getAttribute('data-source')).toBe('{"column":0,"part":"given"}');
    await fieldRow(editor, 'last_name').locator('select').selectOption({ label: 'last name in “Colleague”' });
    await expect.poll(() => editor.locator('[data-testid=draft-rows] tr[data-row="2"]').textContent()).toContain('van Beethoven');
    expect(await fieldRow(editor, 'last_name').locator('.confidence').textContent()).toBe('Set by you');
    expect(await downloadedRows(editor)).toEqual([
      ['Jane', 'Doe', 'jane.doe@example.com', 'Engineer II'],
      ['John', 'Smith', 'john.smith@example.com', 'Legal Assistant'],
      ['Ludwig', 'van Beethoven', 'lvb@example.com', 'Composer'],
    ]);
    await mappingSaved(editor);
    await editor.close();

    // The same kind of report again, next month: mapped the admin's way with no clicks.
    const again = await openEditor(session);
    await importFile(again, { ...file, name: 'team-list-june.csv' });
    expect(await fieldRow(again, 'last_name').locator('.confidence').textContent()).toBe('Remembered from last time');
    expect((await downloadedRows(again)).map((r) => r.slice(0, 2))).toEqual([
      ['Jane', 'Doe'],
      ['John', 'Smith'],
      ['Ludwig', 'van Beethoven'],
    ]);

    // Back to the suggestion, and forgotten for next time.
    await again.click('[data-testid=reset-mapping]');
    await expect.poll(() => fieldRow(again, 'first_name').getAttribute('data-source')).toBe('');
    await mappingSaved(again);
    await again.close();
    const third = await openEditor(session);
    await importFile(third, { ...file, name: 'team-list-july.csv' });
    expect(await fieldRow(third, 'first_name').getAttribute('data-source')).toBe('');
    await third.close();
  });

  it('remembers a change for tables exported from the same site', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/directory.html`);
    const exportTable = async () => {
      const popup = await session.openPopupFor(hr);
      await popup.waitForSelector('[data-testid=table-candidate]');
      const [editor] = await Promise.all([
        session.context.waitForEvent('page', (p) => p.url().includes('/editor.html?draft=')),
        popup.click('[data-testid=export-table]'),
      ]);
      await popup.close();
      await openFold(editor, 'mapping-slot');
      return editor;
    };
    const first = await exportTable();
    expect(await fieldRow(first, 'job_title').locator('select option:checked').textContent()).toBe('“Job Title”');
    await fieldRow(first, 'job_title').locator('select').selectOption({ label: '“Department”' });
    await expect.poll(() => fieldRow(first, 'job_title').getAttribute('data-source')).toBe('4');
    await mappingSaved(first);
    await first.close();

    const second = await exportTable();
    expect(await fieldRow(second, 'job_title').locator('select option:checked').textContent()).toBe('“Department”');
    expect(await fieldRow(second, 'job_title').locator('.confidence').textContent()).toBe('Remembered from last time');
    await second.close();
    await hr.close();
  });

  it('leaves out by default whom the file marks as gone, with the reason shown, and puts one back in one click', async () => {
    const editor = await openEditor(session);
    await importFile(editor, new URL('rippling.csv', CORPUS).pathname);
    const leftOut = editor.getByTestId('left-out-row');
    await expect.poll(() => leftOut.count()).toBe(1);
    expect(await leftOut.first().textContent()).toContain('Priya Natarajan');
    expect(await leftOut.first().textContent()).toContain('Has left or account shut (Employment status: Terminated)');
    // Contractors and later starters stay in, with a note.
    expect(await editor.getByTestId('left-in-notes').textContent()).toContain('Contractor: 1');
    expect((await downloadedRows(editor)).map((r) => r[2])).toEqual([
      'alex.kim@ripco.example',
      'sam.rivera@ripco.example',
      'lucas.moreau@ripco.example',
      'grace.oconnor@ripco.example',
    ]);

    await openFold(editor, 'left-out');
    await leftOut.first().getByTestId('put-back').click();
    await expect.poll(() => leftOut.count()).toBe(0);
    expect((await downloadedRows(editor)).map((r) => r[2])).toContain('priya.natarajan@ripco.example');
    await editor.close();
  });

  it('reads another sheet of a workbook when the admin picks it', async () => {
    const editor = await openEditor(session);
    const workbook = new URL('workday.xlsx', CORPUS).pathname;
    await importFile(editor, workbook);
    const firstUrl = editor.url();
    expect(await editor.locator('[data-testid=read-summary]').textContent()).toContain('Excel sheet “Workers”');
    await editor.locator('[data-testid=sheet-switcher] select').selectOption({ label: 'Prompts (2 rows)' });
    await editor.setInputFiles('[data-testid=sheet-file]', workbook);
    await editor.waitForURL((url) => url.href !== firstUrl && url.search.includes('draft='));
    await openFold(editor, 'mapping-slot');
    expect(await editor.locator('[data-testid=read-summary]').textContent()).toContain('Excel sheet “Prompts”');
    expect(await editor.locator('[data-testid=draft-rows] tbody tr').count()).toBe(2);
    // The untouched draft of the first sheet made way for this one.
    await editor.goto(session.extensionUrl('editor.html'));
    await expect.poll(() => editor.locator('[data-testid=draft-item]', { hasText: 'workday.xlsx' }).count()).toBe(1);
    await editor.close();
  });

  it('imports a file dropped on the drop zone', async () => {
    const editor = await openEditor(session);
    await editor.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['Email,Name\nana@example.com,Ana Lima\n'], 'dropped.csv', { type: 'text/csv' }));
      document.querySelector('[data-testid=file-drop-zone]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    await editor.waitForURL(/editor\.html\?draft=/);
    await openFold(editor, 'mapping-slot');
    expect(await downloadedRows(editor)).toEqual([['Ana', 'Lima', 'ana@example.com', '']]);
    await editor.close();
  });
});
