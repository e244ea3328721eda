import type { Page } from 'playwright-core';

/** The employees as the demo HR page shows them, read straight from its table cells. */
export async function employeesOnPage(page: Page) {
  return page.$$eval('table', (tables) => {
    const table = tables.find((t) => /email/i.test(t.tHead?.textContent ?? ''))!;
    const headers = Array.from(table.tHead!.rows[0]!.cells, (c) => c.textContent!.trim());
    const col = (name: string) => headers.indexOf(name);
    return Array.from(table.tBodies[0]!.rows, (row) => {
      const cell = (name: string) => row.cells[col(name)]!.textContent!.trim();
      const status = col('Status') >= 0 ? cell('Status') : '';
      return { first: cell('First Name'), last: cell('Last Name'), email: cell('Email'), title: cell('Job Title'), status };
    });
  });
}
