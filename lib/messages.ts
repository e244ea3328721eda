import { z } from 'zod';

/**
 * The one message protocol. Every message crossing a context boundary is parsed with these
 * schemas and its sender checked; anything else is dropped.
 */

const MAX_CSV_CHARS = 64 * 1024 * 1024;

export const mosPageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('mos/read-members') }),
  z.object({
    type: z.literal('mos/attach-csv'),
    fileName: z.string().min(1).max(255).regex(/\.csv$/i),
    csv: z.string().max(MAX_CSV_CHARS),
  }),
]);
export type MosPageRequest = z.infer<typeof mosPageRequestSchema>;

export const pageMemberSchema = z.object({
  email: z.string().max(320),
  name: z.string().max(1024),
  jobTitle: z.string().max(1024),
  status: z.enum(['active', 'pending', 'inactive', 'unknown']),
  billingStatus: z.string().max(256),
  progress: z.number().min(0).max(100).optional(),
});

export const readMembersResponseSchema = z.object({
  ok: z.literal(true),
  members: z.array(pageMemberSchema).max(1_000_000),
});

export const attachResponseSchema = z.union([
  z.object({ ok: z.literal(true), confirmed: z.boolean(), method: z.enum(['input', 'drop']) }),
  z.object({ ok: z.literal(false), error: z.string().max(2000) }),
]);

export const errorResponseSchema = z.object({ ok: z.literal(false), error: z.string().max(2000) });

export interface MessageSenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** A message from one of our own extension pages (not a content script), e.g. the mOS panel frame. */
export function isFromExtensionPage(
  sender: MessageSenderLike,
  extensionId: string,
  pagePath: string,
  extensionHost = extensionId,
): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return url.protocol !== 'http:' && url.protocol !== 'https:' && url.host === extensionHost && url.pathname === pagePath;
}

/** A message a content script may act on: sent by our extension itself, never from a tab. */
export function isFromExtensionCore(sender: MessageSenderLike, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab === undefined;
}

/** Requests from the mOS panel frame to the background, which owns the drafts. */
export const panelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel/list-drafts') }),
  z.object({ type: z.literal('panel/plan'), draftId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('panel/send'), draftId: z.string().min(1).max(64) }),
]);
export type PanelRequest = z.infer<typeof panelRequestSchema>;

export const draftSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  rowCount: z.number(),
  updatedAt: z.number(),
  source: z.string(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

export const importPlanSummarySchema = z.object({
  toImport: z.number(),
  alreadyMembers: z.array(z.string()),
  invalid: z.number(),
  excluded: z.number(),
  duplicates: z.number(),
  enableSeats: z.number(),
  opportunitySeats: z.number(),
  membersRead: z.number(),
});
export type ImportPlanSummary = z.infer<typeof importPlanSummarySchema>;

export const panelResponseSchemas = {
  'panel/list-drafts': z.object({ ok: z.literal(true), drafts: z.array(draftSummarySchema) }),
  'panel/plan': z.object({ ok: z.literal(true), plan: importPlanSummarySchema }),
  'panel/send': z.object({
    ok: z.literal(true),
    plan: importPlanSummarySchema,
    fileName: z.string(),
    confirmed: z.boolean(),
  }),
} as const;
export type PanelResponse<T extends PanelRequest['type']> =
  | z.infer<(typeof panelResponseSchemas)[T]>
  | z.infer<typeof errorResponseSchema>;

// ---- Exporting a table from a page: popup ⇄ background ⇄ the crawler in the page ----

const cellsSchema = z.array(z.string().max(100_000)).max(1000);
const tabIdSchema = z.number().int().min(0);
const crawlIdSchema = z.string().min(8).max(64);
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
]);
export type CrawlEndReason = z.infer<typeof crawlEndSchema>;
export const crawlActivitySchema = z.enum(['reading', 'scrolling', 'next-page', 'loading-more']);

/** Which table to export: one the popup listed, or the one nearest the right-click. */
export const tableRefSchema = z.union([
  z.object({ index: z.number().int().min(0).max(10_000), signature: z.string().max(20_000) }),
  z.object({ nearest: z.literal(true) }),
]);
export type TableRef = z.infer<typeof tableRefSchema>;

export const candidateSummarySchema = z.object({
  index: z.number().int().min(0),
  kind: tableKindSchema,
  label: z.string().max(4096),
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
});
export type PageTables = z.infer<typeof pageTablesSchema>;

export const crawlLimitsSchema = z
  .object({
    maxRows: z.number().int().min(1).max(1_000_000),
    maxPages: z.number().int().min(1).max(100_000),
    maxMs: z.number().int().min(1000).max(24 * 3600_000),
  })
  .partial();

/** Background → page: start reading every row of a table. */
export const crawlStartSchema = z.object({
  type: z.literal('crawl/start'),
  crawlId: crawlIdSchema,
  table: tableRefSchema,
  limits: crawlLimitsSchema.optional(),
});
export type CrawlStart = z.infer<typeof crawlStartSchema>;

export const CRAWL_PORT = 'roster-crawl';
export const EXPORT_PORT = 'roster-export';
export const HIGHLIGHT_PORT = 'roster-highlight';

/** Page → background, over the crawl port: rows stream in chunks as they are read. */
export const crawlPortMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('crawl/hello'), crawlId: crawlIdSchema }),
  z.object({
    type: z.literal('crawl/begin'),
    site: z.string().max(2048),
    title: z.string().max(4096),
    label: z.string().max(4096),
    kind: tableKindSchema,
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
    error: z.string().max(2000).optional(),
  }),
]);
export type CrawlPortMessage = z.infer<typeof crawlPortMessageSchema>;

/** Background → page, over the crawl port. */
export const crawlControlSchema = z.object({ type: z.literal('crawl/stop') });

/** Popup → background, over the export port. */
export const exportRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('export/watch'), tabId: tabIdSchema }),
  z.object({ type: z.literal('export/start'), tabId: tabIdSchema, table: tableRefSchema }),
  z.object({ type: z.literal('export/stop'), tabId: tabIdSchema }),
]);
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** Background → popup: where the export of a tab's table stands. */
export const exportStateSchema = z.object({
  type: z.literal('export/state'),
  tabId: tabIdSchema,
  phase: z.enum(['idle', 'starting', 'running', 'stopping', 'saving', 'done', 'failed']),
  rows: z.number().int().min(0),
  page: z.number().int().min(1),
  activity: crawlActivitySchema.optional(),
  statedTotal: z.number().int().min(0).optional(),
  end: crawlEndSchema.optional(),
  message: z.string().max(2000).optional(),
  tone: z.enum(['ok', 'warning', 'error']).optional(),
  draftId: z.string().max(64).optional(),
});
export type ExportState = z.infer<typeof exportStateSchema>;

/** Popup → page, over the highlight port. */
export const highlightRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('highlight/show'), index: z.number().int().min(0).max(10_000) }),
  z.object({ type: z.literal('highlight/clear') }),
]);
export type HighlightRequest = z.infer<typeof highlightRequestSchema>;

/** A message from our own content script in frame 0 of one given tab. */
export function isFromTabTopFrame(sender: MessageSenderLike, extensionId: string, tabId: number): boolean {
  return sender.id === extensionId && sender.tab?.id === tabId && sender.frameId === 0;
}
