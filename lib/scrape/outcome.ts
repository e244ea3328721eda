import { i18n } from '#i18n';
import type { CrawlEndReason } from '../messages';

export interface CrawlSummary {
  end: CrawlEndReason;
  rows: number;
  pages: number;
  statedTotal?: number;
  limits: { maxRows: number; maxPages: number; maxMs: number };
}

export interface Outcome {
  tone: 'ok' | 'warning' | 'error';
  text: string;
}

const number = (n: number) => n.toLocaleString('en-US');
const rowsText = (n: number) => `${number(n)} ${n === 1 ? 'row' : 'rows'}`;
const pagesText = (n: number) => (n > 1 ? ` from ${number(n)} pages` : '');

/** Where an interrupted export stopped: "Export stopped after 40 rows on page 2." */
export function stoppedAt(rows: number, page: number): string {
  return i18n.t('crawl.stoppedAt', rows, [number(rows), number(page)]);
}

/** What the admin is told when an export ends: what was read, why it stopped, and what may be missing. */
export function describeOutcome(summary: CrawlSummary): Outcome {
  const { rows, pages, statedTotal, limits } = summary;
  const kept = rows === 0 ? 'No rows were read.' : `The ${rowsText(rows)} read so far ${rows === 1 ? 'is' : 'are'} in the draft.`;
  const shortfall = statedTotal !== undefined && rows < statedTotal ? statedTotal - rows : 0;
  const missing = shortfall
    ? ` The page says there are ${number(statedTotal!)}, so ${number(shortfall)} may be missing: compare the draft with the page before sending it to mOS.`
    : '';
  switch (summary.end) {
    case 'complete':
      if (rows === 0) return { tone: 'error', text: 'No rows could be read from this table.' };
      return shortfall
        ? { tone: 'warning', text: `Read ${rowsText(rows)}${pagesText(pages)}, but the page says there are ${number(statedTotal!)}. ${number(shortfall)} may be missing: compare the draft with the page before sending it to mOS.` }
        : { tone: 'ok', text: `Read all ${rowsText(rows)}${pagesText(pages)}.` };
    case 'stopped':
      return { tone: 'warning', text: `Stopped, as you asked. ${kept}${missing}` };
    case 'row-limit':
      return { tone: 'warning', text: `Stopped at ${rowsText(limits.maxRows)}, the most one export takes. ${kept} Export the rest separately, for example with a filter on the page.` };
    case 'page-limit':
      return { tone: 'warning', text: `Stopped after ${number(limits.maxPages)} pages, the most one export follows. ${kept}${missing}` };
    case 'time-limit':
      return { tone: 'warning', text: `Stopped after ${Math.round(limits.maxMs / 60_000)} minutes, the longest one export runs. ${kept}${missing}` };
    case 'next-page-stuck':
      return { tone: 'warning', text: `Page ${number(pages + 1)} did not load, so the export stopped at page ${number(pages)}. ${kept}${missing}` };
    case 'next-page-elsewhere':
      return { tone: 'warning', text: `This table's Next button opens a different web page, which the export cannot follow. ${kept}${missing}` };
    case 'table-lost':
      return { tone: 'warning', text: `The table disappeared from the page before the export finished. ${kept}${missing}` };
    case 'page-closed':
      return { tone: 'warning', text: `The page was closed or left before the export finished. ${kept}${missing}` };
    case 'failed':
      return { tone: 'error', text: `Reading the table failed. ${kept}` };
    case 'interrupted':
      return { tone: 'warning', text: `${stoppedAt(rows, pages)} ${kept}${missing}` };
  }
}
