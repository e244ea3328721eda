import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, cell, importIntoEditor, openFold, saved } from './support/editor';
import { startSession, type ExtensionSession } from './support/extension';

const ROWS = 50_000;

function bigRoster(): Buffer {
  const lines = ['First Name,Last Name,Email,Job Title'];
  for (let i = 0; i < ROWS; i++) lines.push(`Person${i},Surname${i},person${i}@example.com,${i % 7 === 0 ? 'Sales Manager' : 'Engineer'}`);
  return Buffer.from(lines.join('\n'));
}

describe('a 50,000-row draft', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens, scrolls and edits with only the visible rows in the page', async () => {
    const { page } = await importIntoEditor(session, { name: 'everyone.csv', mimeType: 'text/csv', buffer: bigRoster() });
    const domRows = () => page.locator('[data-testid=draft-rows] tbody tr.grid-row').count();
    await expect.poll(() => page.getByTestId('filter-all').textContent()).toBe('All 50,000');
    // The note that the rest is still being read goes once every row is in.
    await expect.poll(() => page.getByTestId('rows-loading').count()).toBe(0);
    expect(await domRows()).toBeLessThanOrEqual(200);
    expect(await page.getByTestId('draft-rows').getAttribute('aria-rowcount')).toBe(String(ROWS + 1));

    for (const fraction of [0.5, 1]) {
      await page.locator('.grid-scroll').evaluate((el, f) => (el.scrollTop = el.scrollHeight * f), fraction);
      await expect.poll(domRows).toBeLessThanOrEqual(200);
    }
    await cell(page, ROWS - 1, 'email').waitFor();

    await activate(page, ROWS - 1, 'first_name');
    await page.keyboard.type('Last');
    await page.keyboard.press('Enter');
    await saved(page);
    await expect.poll(() => cell(page, ROWS - 1, 'first_name').textContent()).toContain('Last');

    // Keyboard travel to the top brings the first row back, still with few rows drawn.
    await page.keyboard.press('Control+Home');
    await cell(page, 0, 'select').waitFor();
    expect(await domRows()).toBeLessThanOrEqual(200);

    await page.getByTestId('search').fill('person49999@');
    await expect.poll(() => page.getByTestId('shown-count').textContent()).toContain('1 shown');
    await expect.poll(() => cell(page, ROWS - 1, 'first_name').textContent()).toContain('Last');
  });

  it('keeps who is left out and the counts right after an edit and its undo in a 20,000-row draft', async () => {
    const size = 20_000;
    // Every 1,000th person has left: 20 left out by the rules, and every email once.
    const lines = ['First Name,Last Name,Email,Job Title,Status'];
    for (let i = 0; i < size; i++) lines.push(`Person${i},Surname${i},person${i}@example.com,Engineer,${i % 1000 === 7 ? 'Terminated' : 'Active'}`);
    const { page } = await importIntoEditor(session, { name: 'leavers.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await expect.poll(() => page.getByTestId('draft-source').textContent()).toContain('20,000 rows');
    await expect.poll(() => page.getByTestId('rows-loading').count()).toBe(0);
    // Every row checked and judged: the counts are final.
    await expect.poll(() => page.getByTestId('shown-count').textContent(), { timeout: 60_000 }).toBe('20,000 shown');
    await expect.poll(() => page.getByTestId('filter-excluded').textContent()).toBe('Left out 20');
    await openFold(page, 'left-out');
    const listed = page.getByTestId('left-out-row');
    await expect.poll(() => listed.count()).toBe(20);

    // Row 6 takes row 4's email: it repeats it and is left out, row 4 keeps it.
    await activate(page, 5, 'email');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=draft-rows] input.cell-input').fill('person3@example.com');
    await page.keyboard.press('Enter');
    await saved(page);
    await expect.poll(() => page.getByTestId('filter-excluded').textContent()).toBe('Left out 21');
    await expect.poll(() => listed.count()).toBe(21);
    await expect.poll(() => page.locator('[data-testid=left-out-row][data-row="5"]').getAttribute('data-kind')).toBe('repeat');
    await expect.poll(() => page.locator('[data-testid=left-out-row][data-row="5"]').textContent()).toContain('row 4');
    expect(await page.locator('[data-testid=put-back-kind][data-kind=repeat]').textContent()).toContain('(1)');
    await expect.poll(() => page.getByTestId('filter-all').textContent()).toBe('All 20,000');
    await expect.poll(() => page.getByTestId('header-left-out').textContent()).toContain('21 left out');
    await expect.poll(() => page.getByTestId('header-to-invite').textContent()).toContain('19,979');

    await page.getByTestId('undo').click();
    await saved(page);
    await expect.poll(() => page.getByTestId('filter-excluded').textContent()).toBe('Left out 20');
    await expect.poll(() => listed.count()).toBe(20);
    expect(await page.locator('[data-testid=left-out-row][data-row="5"]').count()).toBe(0);
    await expect.poll(() => page.getByTestId('header-left-out').textContent()).toContain('20 left out');
    await expect.poll(() => page.getByTestId('header-to-invite').textContent()).toContain('19,980');
  });
});
