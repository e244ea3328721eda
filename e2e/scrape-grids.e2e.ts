import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, emailsOf, exportThroughPopup } from './support/export-table';

describe('exporting grids: virtualised, pinned, paged, div grids', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('scrolls an ag-grid-style grid with pinned name columns through all its rows, each once, in order', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/aggrid.html`);
    const people = await demoPeople(hr);
    // Only a few dozen rows are ever in the page at once.
    expect(await hr.locator('[role=row][aria-rowindex]').count()).toBeLessThan(100);
    const { popup, records } = await exportThroughPopup(session, hr);
    const candidate = popup.locator('[data-testid=table-candidate]').first();
    expect(await candidate.getAttribute('data-stated-total')).toBe(String(people.length));
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
    // The pinned name cells joined their rows by aria-rowindex: each person's name is on their own row.
    expect(records.map((r) => `${r.first_name} ${r.last_name}`)).toEqual(people.map((p) => p.name));
  });

  it('pages a MUI-style grid that virtualises each page, skipping its hidden and checkbox columns', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/mui.html`);
    const people = await demoPeople(hr);
    const { popup, editor, records } = await exportThroughPopup(session, hr);
    const headers = await popup.locator('[data-testid=table-candidate]').first().textContent();
    expect(headers).not.toContain('ID');
    expect(headers).not.toContain('Select all');
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
    // The editor grid draws only the rows in view; its row count says how many it holds.
    expect(await editor.locator('[data-testid=draft-rows]').getAttribute('aria-rowcount')).toBe(String(people.length + 1));
  });

  it('clicks Load More in a Workday-style div grid until every worker is read', async () => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/hr/workday.html`);
    const people = await demoPeople(hr);
    const { popup, records } = await exportThroughPopup(session, hr);
    expect(await popup.locator('[data-testid=table-candidate]').first().getAttribute('data-kind')).toBe('list');
    expect(emailsOf(records)).toEqual(people.map((p) => p.email));
  });
});
