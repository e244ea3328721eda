import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MOS_HEADER, activate, cell, download, gridRow, importIntoEditor, saved, seriousAxeViolations } from './support/editor';
import { startSession, type ExtensionSession } from './support/extension';

const FIXTURE = new URL('./fixtures/editor-people.csv', import.meta.url).pathname;

/** One draft, edited step by step as an admin would; each test builds on the one before. */
describe('the draft editor', () => {
  let session: ExtensionSession;
  let page: Page;
  beforeAll(async () => {
    session = await startSession();
    ({ page } = await importIntoEditor(session, FIXTURE));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('marks each bad cell with its message, and downloads a report of the rows that cannot go', async () => {
    await expect.poll(() => cell(page, 1, 'email').textContent()).toContain('"john.smith@example" is not a valid email address');
    expect(await cell(page, 1, 'email').getAttribute('aria-invalid')).toBe('true');
    expect(await gridRow(page, 1).getAttribute('class')).toContain('invalid');
    // The repeat of row 3's email is left out by default, the first row kept: not a problem, so not in the report.
    await expect.poll(() => gridRow(page, 3).getAttribute('class')).toContain('excluded');
    expect(await cell(page, 3, 'status').textContent()).toContain('Left out: Repeated email');
    const report = await download(page, 'download-error-report');
    expect(report.name).toMatch(/rows-that-cannot-go.*\.csv$/);
    expect(report.text).toBe(['row,column,message', '2,email,"""john.smith@example"" is not a valid email address"'].join('\n'));
  });

  it('edits a cell from the keyboard, checks it at once, and undoes and redoes it', async () => {
    const widthBefore = await cell(page, 1, 'email').evaluate((td) => td.getBoundingClientRect().width);
    await activate(page, 1, 'email');
    await page.keyboard.press('Enter');
    const input = cell(page, 1, 'email').locator('input');
    // The problem stays in sight while it is fixed, and the column keeps its width.
    const note = cell(page, 1, 'email').locator('.cell-note-error');
    expect(await note.textContent()).toContain('is not a valid email address');
    expect(await note.isVisible()).toBe(true);
    expect(await cell(page, 1, 'email').evaluate((td) => td.getBoundingClientRect().width)).toBe(widthBefore);
    await input.fill('John.Smith@Example.com');
    await page.keyboard.press('Enter');
    await saved(page);
    await expect.poll(() => gridRow(page, 1).getAttribute('class')).not.toContain('invalid');
    expect(await cell(page, 1, 'email').textContent()).toContain('John.Smith@Example.com');
    expect(await cell(page, 1, 'email').textContent()).toContain('(edited)');

    // Typing on a cell starts editing it; Escape throws the typing away.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('Head of');
    await page.keyboard.press('Escape');
    expect(await cell(page, 1, 'job_title').textContent()).toBe('Sales Manager');
    await page.keyboard.type('Head of Sales');
    await page.keyboard.press('Enter');
    await saved(page);
    await expect.poll(() => cell(page, 1, 'job_title').textContent()).toContain('Head of Sales');

    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 1, 'job_title').textContent()).toBe('Sales Manager');
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/Undone: \S/);
    await page.keyboard.press('Control+z');
    await expect.poll(() => gridRow(page, 1).getAttribute('class')).toContain('invalid');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => gridRow(page, 1).getAttribute('class')).not.toContain('invalid');
    await page.keyboard.press('Control+y');
    await expect.poll(() => cell(page, 1, 'job_title').textContent()).toContain('Head of Sales');
    await saved(page);
  });

  it('applies programs and seats to a selection in bulk, and undoes a bulk change in one step', async () => {
    await cell(page, 0, 'index').click();
    await cell(page, 5, 'index').click({ modifiers: ['Shift'] });
    await cell(page, 2, 'index').click({ modifiers: ['Control'] });
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('5 rows selected');

    await page.getByTestId('bulk-programs').click();
    const picker = page.getByTestId('program-picker');
    await picker.locator('[data-slug="meddpicc-masterclass"] input').click();
    await picker.locator('[data-slug="Meddicc-go-live-plan"] input').click();
    await picker.getByTestId('apply-programs').click();
    await saved(page);
    for (const row of [0, 1, 3, 4, 5]) {
      await expect.poll(() => cell(page, row, 'course_enrollments').textContent()).toContain('MEDDPICC Masterclass, MEDDICC Go Live Plan');
    }
    expect(await cell(page, 2, 'course_enrollments').textContent()).toContain('None');

    await page.getByTestId('bulk-opportunity-on').click();
    await saved(page);
    await expect.poll(() => cell(page, 4, 'mos_opportunity').locator('input').isChecked()).toBe(true);

    // One row loses the Enable seat with its own toggle, by keyboard.
    await activate(page, 4, 'mos_enable');
    await page.keyboard.press('Enter');
    await saved(page);
    await expect.poll(() => cell(page, 4, 'mos_enable').locator('input').isChecked()).toBe(false);

    await page.getByTestId('bulk-enable-off').click();
    await saved(page);
    await expect.poll(() => cell(page, 0, 'mos_enable').locator('input').isChecked()).toBe(false);
    await page.getByTestId('undo').click();
    await saved(page);
    for (const row of [0, 1, 3, 5]) {
      await expect.poll(() => cell(page, row, 'mos_enable').locator('input').isChecked()).toBe(true);
    }
    expect(await cell(page, 4, 'mos_enable').locator('input').isChecked()).toBe(false);
    await page.getByTestId('clear-selection').click();
  });

  it('keeps the chosen one of two rows sharing an email, and excludes rows', async () => {
    await cell(page, 2, 'status').getByText('Choose…').click();
    const chooser = page.getByTestId('duplicate-chooser');
    await chooser.locator('[data-row="3"] input').check();
    await chooser.getByTestId('keep-duplicate').click();
    await saved(page);
    await expect.poll(() => gridRow(page, 2).getAttribute('class')).toContain('excluded');
    expect(await gridRow(page, 3).getAttribute('class')).not.toContain('excluded');
    await expect.poll(() => page.getByTestId('filter-duplicates').textContent()).toBe('Duplicates 0');

    await cell(page, 4, 'include').locator('input').click();
    await saved(page);
    await page.getByTestId('filter-excluded').click();
    await expect.poll(() => page.locator('[data-testid=draft-rows] tbody tr.grid-row').count()).toBe(2);
    expect(await page.locator('[data-testid=draft-rows] tbody tr.grid-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row')))).toEqual(['2', '4']);
    await page.getByTestId('filter-all').click();
  });

  it('summarises the file and downloads exactly the rows as edited', async () => {
    const summary = page.getByTestId('export-summary');
    // The summary is worked out off the page's thread: wait for each figure rather than read it once.
    await expect.poll(() => summary.getByTestId('summary-to-import').textContent()).toBe('4');
    await expect.poll(() => summary.getByTestId('summary-excluded').textContent()).toBe('2');
    await expect.poll(() => summary.getByTestId('summary-enable').textContent()).toBe('4');
    await expect.poll(() => summary.getByTestId('summary-opportunity').textContent()).toBe('4');
    await expect.poll(() => summary.locator('[data-slug="meddpicc-masterclass"] td').last().textContent()).toBe('4');
    await expect.poll(() => summary.getByTestId('ids-preview').textContent()).toContain('4 new user IDs (EXT00001 to EXT00004)');

    const csv = await download(page, 'download-csv');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text).toBe(
      [
        MOS_HEADER,
        'EXT00001,Jane,Doe,jane.doe@example.com,Account Executive,TRUE,TRUE,"meddpicc-masterclass,Meddicc-go-live-plan"',
        'EXT00002,John,Smith,john.smith@example.com,Head of Sales,TRUE,TRUE,"meddpicc-masterclass,Meddicc-go-live-plan"',
        'EXT00003,Ana,Lima-Twice,ana.lima@example.com,Engineer II,TRUE,TRUE,"meddpicc-masterclass,Meddicc-go-live-plan"',
        'EXT00004,Tom,Brown,tom.brown@example.com,Sales Engineer,TRUE,TRUE,"meddpicc-masterclass,Meddicc-go-live-plan"',
      ].join('\n'),
    );
    // Once given, an ID is kept: the preview now says nobody needs a new one.
    await expect.poll(() => summary.textContent()).toContain('Everyone keeps the user ID they were given before');
  });

  it('writes FALSE for every Opportunity seat once the organisation has no Opportunity licenses', async () => {
    await page.getByTestId('open-settings').click();
    await page.getByTestId('setting-opportunity-licenses').uncheck();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => cell(page, 0, 'mos_opportunity').textContent()).toContain('no licenses');
    expect(await page.getByTestId('bulk-bar').count()).toBe(0);
    const csv = await download(page, 'download-csv');
    expect(csv.text.split('\n').slice(1).map((line) => line.split(',')[6])).toEqual(['FALSE', 'FALSE', 'FALSE', 'FALSE']);
    await page.getByTestId('open-settings').click();
    await page.getByTestId('setting-opportunity-licenses').check();
    await page.getByRole('button', { name: 'Done' }).click();
  });

  it('is usable by keyboard alone and has no serious accessibility problems', async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await activate(page, 0, 'job_title');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.getByTestId('program-picker').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('program-picker').count()).toBe(0);
    // Focus is back on the grid, with a visible active cell.
    // Focus comes back after the dialog's closing frame; on a busy machine that can take a moment.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('draft-rows');
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('1 row selected');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('2 rows selected');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('bulk-bar').count()).toBe(0);

    const start = await session.context.newPage();
    await start.goto(session.extensionUrl('editor.html'));
    await start.getByTestId('draft-list').waitFor();
    expect(await seriousAxeViolations(start)).toEqual([]);
  });
});
