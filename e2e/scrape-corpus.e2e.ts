import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, exportThroughPopup } from './support/export-table';

/** The outcome sentence of an export that chose a larger page size (lib/sources/page/outcome.ts, said.export.pageSize). */
const largestPageSize = (size: number) => `It showed ${size} rows a page, the most the table offers, to read fewer pages.`;

/** The corpus: demo pages built with the real grid and table libraries (demo/corpus), each with its own people. */
const CORPUS: Array<{ page: string; library: string; pageSize?: number }> = [
  { page: 'ag-grid.html', library: 'AG Grid, virtualised rows and a pinned name column' },
  { page: 'ag-grid-paged.html', library: 'AG Grid with its pagination and page-size menu', pageSize: 100 },
  { page: 'mui-x.html', library: 'MUI X DataGrid: pages and a rows-per-page menu, a hidden column, stacked avatar, name and email', pageSize: 100 },
  { page: 'tanstack.html', library: 'TanStack Table with TanStack Virtual, emails only in mailto links' },
  { page: 'antd.html', library: 'Ant Design Table with its default pagination, page-size menu and tag cells', pageSize: 100 },
  { page: 'tabulator.html', library: 'Tabulator with its virtual DOM' },
  { page: 'datatables.html', library: 'DataTables, "Showing 1 to 10 of N entries"', pageSize: 100 },
  { page: 'gridjs.html', library: 'Grid.js with its numbered pager' },
  { page: 'virtuoso.html', library: 'react-virtuoso, an endless list of cards' },
  { page: 'lit.html', library: 'Lit web components in shadow roots, icon-only Next and a delayed body', pageSize: 50 },
];

describe('exporting the pages built with real grid libraries', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(CORPUS)('$page ($library): the people table comes first and exports exactly its people, once each', async ({ page, pageSize }) => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/corpus/${page}`);
    const people = await demoPeople(hr);
    // The export takes the first candidate: the people table, never a header menu, a pager or a tooltip.
    const { popup, records } = await exportThroughPopup(session, hr);
    const outcome = await popup.locator('[data-testid=export-result]').textContent();
    if (pageSize) expect(outcome).toContain(largestPageSize(pageSize));
    else expect(outcome).not.toContain('rows a page');
    const byEmail = new Map(people.map((p) => [p.email, p]));
    const emails = records.map((r) => r.email ?? '');
    // Exactly its people: no one missing, no one twice, no one else (sorted: some libraries sort by name).
    expect([...emails].sort()).toEqual([...byEmail.keys()].sort());
    expect(records.map((r) => `${r.first_name} ${r.last_name}`)).toEqual(emails.map((e) => byEmail.get(e)!.name));
    expect(records.map((r) => r.job_title)).toEqual(emails.map((e) => byEmail.get(e)!.title));
    await hr.close();
  });
});
