import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';
import { demoPeople, exportThroughPopup } from './support/export-table';

/** The corpus: demo pages built with the real grid and table libraries (demo/corpus), each with its own people. */
const CORPUS = [
  { page: 'ag-grid.html', library: 'AG Grid, virtualised rows and a pinned name column' },
  { page: 'ag-grid-paged.html', library: 'AG Grid with its pagination' },
  { page: 'tabulator.html', library: 'Tabulator with its virtual DOM' },
  { page: 'datatables.html', library: 'DataTables, "Showing 1 to 10 of N entries"' },
];

describe('exporting the pages built with real grid libraries', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(CORPUS)('$page ($library): the people table comes first and exports exactly its people, once each', async ({ page }) => {
    const hr = await session.context.newPage();
    await hr.goto(`${session.demoOrigin}/corpus/${page}`);
    const people = await demoPeople(hr);
    const { records } = await exportThroughPopup(session, hr);
    const byEmail = new Map(people.map((p) => [p.email, p]));
    const emails = records.map((r) => r.email ?? '');
    // Exactly its people: no one missing, no one twice, no one else (sorted: some libraries sort by name).
    expect([...emails].sort()).toEqual([...byEmail.keys()].sort());
    expect(records.map((r) => `${r.first_name} ${r.last_name}`)).toEqual(emails.map((e) => byEmail.get(e)!.name));
    await hr.close();
  });
});
