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

/** A file the admin dropped on the panel, already read there; the background saves it as a draft. */
export const importedTableSchema = z.object({
  headers: z.array(z.string().max(4096)).min(1).max(1000),
  rows: z.array(z.array(z.string().max(100_000)).max(1000)).max(200_000),
  origin: z.object({
    kind: z.literal('file'),
    fileName: z.string().max(1024),
    signature: z.string().max(4096),
    sheet: z.string().max(1024).optional(),
  }),
});

/** Requests from the mOS panel frame to the background, which owns the drafts. */
export const panelRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('panel/list-drafts') }),
  z.object({ type: z.literal('panel/import-table'), table: importedTableSchema }),
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
  'panel/import-table': z.object({ ok: z.literal(true), draftId: z.string() }),
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

/** What the page scraper returns; page-made, so checked like any message. */
export const scrapedPageSchema = z.object({
  site: z.string().max(2048),
  title: z.string().max(4096),
  tables: z
    .array(
      z.object({
        headers: z.array(z.string().max(4096)).max(1000),
        rows: z.array(z.array(z.string().max(100_000)).max(1000)).max(2_000_000),
        score: z.number(),
        label: z.string().max(4096),
      }),
    )
    .max(10_000),
});
