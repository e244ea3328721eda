import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, cell, importIntoEditor, saved } from './support/editor';
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
});
