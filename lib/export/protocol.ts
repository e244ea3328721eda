import { z } from 'zod';
import { fromCheck, saidSchema } from '../message-parts';
import { crawlIdSchema as crawlIdCheck, MAX_CRAWL_CELL_CHARS, MAX_CRAWL_ROW_CELLS, tableRefSchema as tableRefCheck, type MessageSenderLike } from '../page-messages';

const crawlIdSchema = fromCheck(crawlIdCheck);
const tableRefSchema = fromCheck(tableRefCheck);

// ---- Exporting a table from a page: popup ⇄ background ⇄ the crawler in the page ----

const cellsSchema = z.array(z.string().max(MAX_CRAWL_CELL_CHARS)).max(MAX_CRAWL_ROW_CELLS);
const tabIdSchema = z.number().int().min(0);
export const tableKindSchema = z.enum(['table', 'grid', 'list']);
export const crawlEndSchema = z.enum([
  'complete',
  'stopped',
  'row-limit',
  'page-limit',
  'time-limit',
  'next-page-stuck',
  'table-lost',
  'next-page-elsewhere',
  'page-closed',
  'failed',
  /** The export's worker or browser stopped under it; its rows were kept as they arrived. */
  'interrupted',
  /** The page sent nothing for the stall budget (its main thread blocked, say); what was read is kept. */
  'stalled',
]);
export type CrawlEndReason = z.infer<typeof crawlEndSchema>;
export const crawlActivitySchema = z.enum(['reading', 'scrolling', 'next-page', 'loading-more']);

export const candidateSummarySchema = z.object({
  index: z.number().int().min(0),
  kind: tableKindSchema,
  label: z.string().max(4096),
  /** The label's words without the row count, for the popup to say the count in the admin's language. */
  heading: z.string().max(4096).optional(),
  headers: z.array(z.string().max(4096)).max(1000),
  rowCount: z.number().int().min(0),
  statedTotal: z.number().int().min(0).optional(),
  signature: z.string().max(20_000),
});
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

/** What the page scraper returns when injected: page-made, so checked like any message. */
export const pageTablesSchema = z.object({
  site: z.string().max(2048),
  title: z.string().max(4096),
  tables: z.array(candidateSummarySchema).max(10_000),
  /** How many tables the page has, when more than are listed. */
  found: z.number().int().min(0).optional(),
});
export type PageTables = z.infer<typeof pageTablesSchema>;

export const EXPORT_PORT = 'roster-export';

/** Page → background, over the crawl port: rows stream in chunks as they are read. */
export const crawlPortMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('crawl/hello'), crawlId: crawlIdSchema }),
  z.object({
    type: z.literal('crawl/begin'),
    site: z.string().max(2048),
    title: z.string().max(4096),
    label: z.string().max(4096),
    kind: tableKindSchema,
    /** Where the export reads and which table, so an interrupted export can be resumed on the same one. */
    url: z.string().max(8192).optional(),
    signature: z.string().max(20_000).optional(),
    headers: z.array(z.string().max(4096)).max(1000).optional(),
  }),
  z.object({ type: z.literal('crawl/rows'), rows: z.array(cellsSchema).max(5000) }),
  z.object({
    type: z.literal('crawl/progress'),
    rows: z.number().int().min(0),
    page: z.number().int().min(1),
    activity: crawlActivitySchema,
    statedTotal: z.number().int().min(0).optional(),
  }),
  z.object({
    type: z.literal('crawl/end'),
    end: crawlEndSchema,
    headers: z.array(z.string().max(4096)).max(1000),
    rows: z.number().int().min(0),
    pages: z.number().int().min(1),
    statedTotal: z.number().int().min(0).optional(),
    pageSize: z.number().int().min(1).optional(),
    error: z.string().max(2000).optional(),
  }),
]);
export type CrawlPortMessage = z.infer<typeof crawlPortMessageSchema>;

/** Popup → background, over the export port. */
export const exportRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('export/watch'), tabId: tabIdSchema }),
  z.object({ type: z.literal('export/start'), tabId: tabIdSchema, table: tableRefSchema }),
  z.object({ type: z.literal('export/stop'), tabId: tabIdSchema }),
  /** After an interruption: read on, leaving out rows already kept; or make a draft of what was read. */
  z.object({ type: z.literal('export/resume'), tabId: tabIdSchema }),
  z.object({ type: z.literal('export/keep'), tabId: tabIdSchema }),
]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** Background → popup: where the export of a tab's table stands. */
export const exportStateSchema = z.object({
  type: z.literal('export/state'),
  tabId: tabIdSchema,
  phase: z.enum(['idle', 'starting', 'running', 'stopping', 'saving', 'done', 'failed', 'interrupted']),
  rows: z.number().int().min(0),
  /** Rows already written where they outlive the worker; the page may hold a few more it is still checking. */
  kept: z.number().int().min(0).optional(),
  page: z.number().int().min(1),
  activity: crawlActivitySchema.optional(),
  statedTotal: z.number().int().min(0).optional(),
  end: crawlEndSchema.optional(),
  message: z.string().max(2000).optional(),
  /** The message's sentences as keys, for the popup to show in the admin's language. */
  said: z.array(saidSchema).max(10).optional(),
  tone: z.enum(['ok', 'warning', 'error']).optional(),
  draftId: z.string().max(64).optional(),
});
export type ExportState = z.infer<typeof exportStateSchema>;

/** A message from our own content script in frame 0 of one given tab. */
export function isFromTabTopFrame(sender: MessageSenderLike, extensionId: string, tabId: number): boolean {
  return sender.id === extensionId && sender.tab?.id === tabId && sender.frameId === 0;
}

/** The "Export to mOS" button on a granted HR site → background: where to show it, and the export itself. */
export const hrButtonRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hr/locate') }),
  z.object({
    type: z.literal('hr/export'),
    table: z.object({ index: z.number().int().min(0).max(10_000), signature: z.string().max(20_000) }),
  }),
]);
export type HrButtonRequest = z.infer<typeof hrButtonRequestSchema>;
