import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './extension';
import { demoPeople, exportThroughPopup } from './export-table';

/** The outcome sentence of an export that chose a larger page size (lib/sources/page/outcome.ts, said.export.pageSize). */
const largestPageSize = (size: number) => `It showed ${size} rows a page, the most the table offers, to read fewer pages.`;

/** A page of the corpus (demo/corpus), built with a real grid or table library, with its own people. */
export interface CorpusPage {
  page: string;
  library: string;
  /** The page size the export should pick from the page's own menu, when it offers one. */
  pageSize?: number;
}

/**
 * Exports each page through the popup and checks the people table comes first and gives exactly its
 * people, once each. The corpus is split over two files so the two browser workers share it.
 */
export function exportsEachCorpusPage(title: string, pages: CorpusPage[]): void {
  describe(title, () => {
    let session: ExtensionSession;
    beforeAll(async () => {
      session = await startSession();
    });
    afterAll(async () => {
      await session?.close();
    });

    it.each(pages)('$page ($library): the people table comes first and exports exactly its people, once each', async ({ page, pageSize }) => {
      const hr = await session.context.newPage();
      await hr.goto(`${session.demoOrigin}/corpus/${page}`);
      const people = await demoPeople(hr);
      // The export takes the first candidate: the people table, never a header menu, a pager or a tooltip.
      const { popup, records } = await exportThroughPopup(session, hr);
      const outcome = await popup.locator('[data-testid=export-result]').textContent();
      // All read, and no total misread from the page's own text (a page-size menu's options once made one).
      expect(outcome).toContain(`Read all ${people.length.toLocaleString('en-US')} rows`);
      expect(outcome).not.toContain('may be missing');
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
}
