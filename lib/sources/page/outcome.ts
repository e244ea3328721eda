import type { CrawlEndReason } from '../../messages';
import { fill, type Said } from '../../said';

export interface CrawlSummary {
  end: CrawlEndReason;
  rows: number;
  pages: number;
  statedTotal?: number;
  /** The page size the export chose, the largest the table offered, to read fewer pages. */
  pageSize?: number;
  limits: { maxRows: number; maxPages: number; maxMs: number };
  /** Rows the page sent that were past the crawl port's limits, left out. */
  dropped?: number;
  /** How long the page may send nothing before the export ends ('stalled'). */
  stallMs?: number;
}

export interface Outcome {
  tone: 'ok' | 'warning' | 'error';
  text: string;
  /** The text's sentences as keys, in order: the screen translates each and joins them with a space. */
  said: Said[];
}

/**
 * How an export ended, sentence by sentence, in English; the same texts are under said.export in
 * locales/en.yml. A key ending in "One" is the sentence for a single row, "Pages" the one that names pages.
 */
export const OUTCOME_MESSAGES = {
  keptNone: 'No rows were read.',
  keptOne: 'The 1 row read so far is in the draft.',
  kept: 'The {rows} rows read so far are in the draft.',
  missing: 'The page says there are {total}, so {missing} may be missing: compare the draft with the page before sending it to mOS.',
  noRows: 'No rows could be read from this table.',
  allReadOne: 'Read all 1 row.',
  allRead: 'Read all {rows} rows.',
  allReadPagesOne: 'Read all 1 row from {pages} pages.',
  allReadPages: 'Read all {rows} rows from {pages} pages.',
  shortOne: 'Read 1 row, but the page says there are {total}.',
  short: 'Read {rows} rows, but the page says there are {total}.',
  shortPagesOne: 'Read 1 row from {pages} pages, but the page says there are {total}.',
  shortPages: 'Read {rows} rows from {pages} pages, but the page says there are {total}.',
  shortMissing: '{missing} may be missing: compare the draft with the page before sending it to mOS.',
  pageSize: 'It showed {size} rows a page, the most the table offers, to read fewer pages.',
  stopped: 'Stopped, as you asked.',
  rowLimitOne: 'Stopped at 1 row, the most one export takes.',
  rowLimit: 'Stopped at {rows} rows, the most one export takes.',
  exportRest: 'Export the rest separately, for example with a filter on the page.',
  pageLimit: 'Stopped after {pages} pages, the most one export follows.',
  timeLimit: 'Stopped after {minutes} minutes, the longest one export runs.',
  nextPageStuck: 'Page {next} did not load, so the export stopped at page {pages}.',
  nextPageElsewhere: "This table's Next button opens a different web page, which the export cannot follow.",
  tableLost: 'The table disappeared from the page before the export finished.',
  pageClosed: 'The page was closed or left before the export finished.',
  failed: 'Reading the table failed.',
  stoppedEmpty: 'Stopped before any row was read. No draft was made.',
  notStarted: 'The page did not start the export.',
  noAnswer: 'The page did not answer. Reload it and try again.',
  cannotRead: "This page cannot be read. Open your HR system's people list in this tab and try again.",
  stoppedAtOne: 'Export stopped after 1 row on page {page}.',
  stoppedAt: 'Export stopped after {rows} rows on page {page}.',
  stalled: 'The page stopped answering for {seconds} seconds, so the export ended.',
  droppedOne: '1 row the page sent was too large to read, so it was left out.',
  dropped: '{rows} rows the page sent were too large to read, so they were left out.',
  notSaved: 'The rows were read but the draft could not be saved.',
  noRoom: 'The browser has no room left to store it.',
} as const;

export type OutcomeKey = keyof typeof OUTCOME_MESSAGES;

/** Counts as lib words them in English ("1,204"); the screen formats the numbers in subs for its language. */
const number = (n: number) => n.toLocaleString('en-US');

/** One sentence: its key, its numbers. */
export function sentence(key: OutcomeKey, subs?: Record<string, number>): Said {
  return subs ? { key: `said.export.${key}`, subs } : { key: `said.export.${key}` };
}

/** The English of sentences, as lib words them. */
export function englishOf(sentences: readonly Said[]): string {
  return sentences
    .map((s) => {
      const key = s.key.replace(/^said\.export\./, '') as OutcomeKey;
      const subs = Object.fromEntries(Object.entries(s.subs ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]));
      return fill(OUTCOME_MESSAGES[key], subs);
    })
    .join(' ');
}

const said = (tone: Outcome['tone'], sentences: Array<Said | undefined>): Outcome => {
  const kept = sentences.filter((s): s is Said => s !== undefined);
  return { tone, text: englishOf(kept), said: kept };
};

/** The key for a sentence about `rows` rows over `pages` pages: its One and Pages forms. */
const counted = (base: 'allRead' | 'short', rows: number, pages: number): OutcomeKey =>
  `${base}${pages > 1 ? 'Pages' : ''}${rows === 1 ? 'One' : ''}` as OutcomeKey;

/** Where an interrupted export stopped: "Export stopped after 40 rows on page 2." */
export function stoppedAt(rows: number, page: number): Said {
  return rows === 1 ? sentence('stoppedAtOne', { page }) : sentence('stoppedAt', { rows, page });
}

/** What the admin is told when an export ends: what was read, why it stopped, what was left out and what may be missing. */
export function describeOutcome(summary: CrawlSummary): Outcome {
  const outcome = describeEnd(summary);
  const extra: Said[] = [];
  // After what was read: how, so a page showing more rows than the admin left it at is no surprise.
  if (summary.pageSize !== undefined && summary.rows > 0) extra.push(sentence('pageSize', { size: summary.pageSize }));
  const dropped = summary.dropped ?? 0;
  if (dropped > 0) extra.push(dropped === 1 ? sentence('droppedOne') : sentence('dropped', { rows: dropped }));
  if (extra.length === 0) return outcome;
  return said(dropped > 0 && outcome.tone === 'ok' ? 'warning' : outcome.tone, [...outcome.said, ...extra]);
}

function describeEnd(summary: CrawlSummary): Outcome {
  const { rows, pages, statedTotal, limits } = summary;
  const kept = rows === 0 ? sentence('keptNone') : rows === 1 ? sentence('keptOne') : sentence('kept', { rows });
  const shortfall = statedTotal !== undefined && rows < statedTotal ? statedTotal - rows : 0;
  const missing = shortfall ? sentence('missing', { total: statedTotal!, missing: shortfall }) : undefined;
  switch (summary.end) {
    case 'complete':
      if (rows === 0) return said('error', [sentence('noRows')]);
      return shortfall
        ? said('warning', [sentence(counted('short', rows, pages), { rows, pages, total: statedTotal! }), sentence('shortMissing', { missing: shortfall })])
        : said('ok', [sentence(counted('allRead', rows, pages), { rows, pages })]);
    case 'stopped':
      return said('warning', [sentence('stopped'), kept, missing]);
    case 'row-limit':
      return said('warning', [limits.maxRows === 1 ? sentence('rowLimitOne') : sentence('rowLimit', { rows: limits.maxRows }), kept, sentence('exportRest')]);
    case 'page-limit':
      return said('warning', [sentence('pageLimit', { pages: limits.maxPages }), kept, missing]);
    case 'time-limit':
      return said('warning', [sentence('timeLimit', { minutes: Math.round(limits.maxMs / 60_000) }), kept, missing]);
    case 'next-page-stuck':
      return said('warning', [sentence('nextPageStuck', { next: pages + 1, pages }), kept, missing]);
    case 'next-page-elsewhere':
      return said('warning', [sentence('nextPageElsewhere'), kept, missing]);
    case 'table-lost':
      return said('warning', [sentence('tableLost'), kept, missing]);
    case 'page-closed':
      return said('warning', [sentence('pageClosed'), kept, missing]);
    case 'failed':
      return said('error', [sentence('failed'), kept]);
    case 'interrupted':
      return said('warning', [stoppedAt(rows, pages), kept, missing]);
    case 'stalled':
      return said('warning', [sentence('stalled', { seconds: Math.round((summary.stallMs ?? 60_000) / 1000) }), kept, missing]);
  }
}

/** A message of the export itself (not of how the crawl ended), with its key. */
export function exportMessage(...keys: OutcomeKey[]): { text: string; said: Said[] } {
  const sentences = keys.map((key) => sentence(key));
  return { text: englishOf(sentences), said: sentences };
}
