import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRestartableSession, type RestartableSession } from './support/extension';
import { downloadCsv, emailsOf, exportUnderWay } from './support/export-table';

/** The browser quits in the middle of an export: what was read is a draft when it starts again. */
describe('an export cut short by a browser restart', () => {
  let session: RestartableSession;
  beforeAll(async () => {
    session = await startRestartableSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('keeps every row read before the browser quit in a draft that says where the export stopped', async () => {
    const { hr, people } = await exportUnderWay(session, { list: 'rows=400&delay=400', rows: 40, counted: 'data-kept' });

    await session.restart();
    const library = await session.context.newPage();
    await library.goto(session.extensionUrl('editor.html'));
    const items = library.getByTestId('draft-item');
    await expect.poll(() => items.count()).toBe(1);
    const rows = Number(await items.locator('[data-testid=draft-rows-count]').textContent());
    expect(rows).toBeGreaterThanOrEqual(40);
    expect(rows).toBeLessThan(people.length);
    await items.getByTestId('draft-link').click();
    await library.waitForURL(/draft=/);
    const emails = emailsOf((await downloadCsv(library)).records);
    expect(emails).toEqual(people.slice(0, rows).map((p) => p.email));
    await expect.poll(() => library.locator('body').innerText()).toContain(`Export stopped after ${rows} rows on page 1.`);
  });
});
