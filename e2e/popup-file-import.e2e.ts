import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { openFold } from './support/editor';

const CORPUS = new URL('./fixtures/hr-exports/', import.meta.url);

/** first_name, last_name, email, job_title of the people the corpus says a file holds. */
function expectedPeople(name: string): string[][] {
  const text = readFileSync(new URL(`${name.replace(/\.[^.]+$/, '')}.expected.csv`, CORPUS), 'utf8');
  return Papa.parse<string[]>(text.trim(), { skipEmptyLines: true })
    .data.slice(1)
    .filter((row) => !row[4])
    .map((row) => row.slice(0, 4));
}

async function downloadedPeople(editor: Page): Promise<string[][]> {
  await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
  const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
  const csv = await readFile((await download.path())!, 'utf8');
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1).map((r) => r.slice(1, 5));
}

describe('importing a file from the popup', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  async function popupElsewhere(): Promise<Page> {
    const page = await session.context.newPage();
    await page.goto(`${session.demoOrigin}/help.html`);
    const popup = await session.openPopupFor(page);
    await popup.waitForSelector('[data-testid=drafts-elsewhere]');
    // The file door is loaded after the rest of the popup; a drop before it is there would fall on nothing.
    await popup.waitForSelector('[data-testid=popup-file-drop]');
    return popup;
  }

  /** The popup's result, then the draft it links to, downloaded. */
  async function resultPeople(popup: Page): Promise<{ rows: number; errors: number; leftOut: number; people: string[][]; name: string }> {
    const result = popup.locator('[data-testid=popup-import-result]');
    await result.waitFor();
    const rows = Number(await result.getAttribute('data-rows'));
    const errors = Number(await result.getAttribute('data-errors'));
    const leftOut = Number(await result.getAttribute('data-left-out'));
    const name = (await result.textContent()) ?? '';
    const editor = await session.context.newPage();
    await editor.goto((await popup.getAttribute('[data-testid=popup-import-open]', 'href'))!);
    const people = await downloadedPeople(editor);
    await editor.close();
    return { rows, errors, leftOut, people, name };
  }

  it('turns a file set on its picker into a draft of exactly the expected people', async () => {
    const popup = await popupElsewhere();
    await popup.setInputFiles('input[type=file][data-testid=import-file]', new URL('bamboohr.csv', CORPUS).pathname);
    const { rows, errors, leftOut, people, name } = await resultPeople(popup);
    expect(name).toContain('bamboohr.csv');
    // Every row of the file is in the draft; the inactive one and the one with only a home email are left out.
    const sourceRows = readFileSync(new URL('bamboohr.csv', CORPUS), 'utf8').trim().split('\n').length - 1;
    expect(rows).toBe(sourceRows);
    expect(errors).toBe(0);
    expect(leftOut).toBe(sourceRows - expectedPeople('bamboohr.csv').length);
    expect(people).toEqual(expectedPeople('bamboohr.csv'));
    // The popup stays where it is, and the new draft is listed next time it opens.
    expect(popup.url()).toContain('popup.html?tab=');
    await popup.close();
  });

  it('turns a file dropped on it into a draft of exactly the expected people', async () => {
    const popup = await popupElsewhere();
    const text = readFileSync(new URL('gusto.csv', CORPUS), 'utf8');
    await popup.evaluate((csv) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([csv], 'gusto.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[data-testid=popup-file-drop]')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    const { people } = await resultPeople(popup);
    expect(people).toEqual(expectedPeople('gusto.csv'));
    await popup.close();
  });

  it('explains a file it cannot read, and makes no draft', async () => {
    const popup = await popupElsewhere();
    await popup.setInputFiles('[data-testid=import-file]', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('\n\n') });
    await expect.poll(() => popup.getByRole('alert').textContent()).toContain('empty.csv is empty');
    expect(await popup.locator('[data-testid=popup-import-result]').count()).toBe(0);
    await popup.close();
  });

  it('from the toolbar, the picker opens the drafts page ready to choose the file', async () => {
    // Opened without ?tab= the popup behaves as from the toolbar, where a file dialog would close it.
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const [editor] = await Promise.all([session.context.waitForEvent('page'), popup.click('[data-testid=popup-pick-file]')]);
    await editor.waitForURL(/editor\.html\?pick=1/);
    const input = editor.locator('input[type=file][data-testid=import-file]');
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.setInputFiles(new URL('okta.csv', CORPUS).pathname);
    await editor.waitForURL(/editor\.html\?draft=/);
    expect(await downloadedPeople(editor)).toEqual(expectedPeople('okta.csv'));
    await editor.close();
  });

  it('opens a workbook on the sheet picked for it last time, in another tab', async () => {
    const workbook = new URL('workday.xlsx', CORPUS).pathname;
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.setInputFiles('input[type=file][data-testid=import-file]', workbook);
    await editor.waitForURL(/editor\.html\?draft=/);
    const firstUrl = editor.url();
    // The line the file's notes fold into names the sheet and how many the workbook has.
    await expect.poll(() => editor.getByTestId('mapping-slot-toggle').textContent()).toContain('sheet “Workers” of');
    await openFold(editor, 'mapping-slot');
    await editor.locator('[data-testid=sheet-switcher] select').selectOption({ label: 'Prompts (2 rows)' });
    await editor.setInputFiles('[data-testid=sheet-file]', workbook);
    await editor.waitForURL((url) => url.href !== firstUrl && url.search.includes('draft='));
    const picked = await downloadedPeople(editor);
    await editor.close();

    const popup = await popupElsewhere();
    await popup.setInputFiles('input[type=file][data-testid=import-file]', workbook);
    const { rows, people } = await resultPeople(popup);
    expect(await popup.locator('[data-testid=popup-import-result]').textContent()).toContain('“Prompts”');
    expect(rows).toBe(2);
    expect(people).toEqual(picked);
    await popup.close();
  });
});

describe('the popup in a German browser', () => {
  let german: ExtensionSession;
  beforeAll(async () => {
    german = await startSession({ locale: 'de' });
  });
  afterAll(async () => german?.close());

  it('speaks German, the file import included', async () => {
    const page = await german.context.newPage();
    await page.goto(`${german.demoOrigin}/help.html`);
    const popup = await german.openPopupFor(page);
    await popup.waitForSelector('[data-testid=drafts-elsewhere]');
    expect(await popup.locator('[data-testid=drafts-elsewhere] h2').textContent()).toBe('Ihre Entwürfe');
    await popup.setInputFiles('input[type=file][data-testid=import-file]', new URL('okta.csv', CORPUS).pathname);
    const result = popup.locator('[data-testid=popup-import-result]');
    await result.waitFor();
    expect(await result.textContent()).toMatch(/Zeilen? in „okta\.csv.*“ importiert\./);
    expect(await popup.locator('[data-testid=popup-import-open]').textContent()).toBe('Entwurf öffnen');
  });
});
