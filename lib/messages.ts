import { z } from 'zod';
import { crawlIdSchema as crawlIdCheck, MAX_CRAWL_CELL_CHARS, MAX_CRAWL_ROW_CELLS, MAX_PAGE_INVITEES, tableRefSchema as tableRefCheck, type MessageSenderLike } from './page-messages';
import type { Check } from './small-check';

// What content scripts check lives in page-messages.ts (small checks, so the code injected into pages stays small).
export * from './page-messages';

// Extension pages forbid eval by CSP; without this zod would try `new Function` first and fail.
z.config({ jitless: true });

/** A page-message check inside a zod schema: the same function decides, and its output is kept. */
function fromCheck<T>(check: Check<T>) {
  return z.unknown().transform((value, ctx): T => {
    const result = check.safeParse(value);
    if (result.success) return result.data;
    ctx.addIssue({ code: 'custom', message: result.error.message, input: value });
    return z.NEVER;
  });
}
const crawlIdSchema = fromCheck(crawlIdCheck);
const tableRefSchema = fromCheck(tableRefCheck);

/**
 * The one message protocol. Every message crossing a context boundary is parsed with these
 * schemas and its sender checked; anything else is dropped.
 */

/** The panel offers the "+ Invite" form instead of a file for this many people or fewer. */
export const MAX_INVITE_FORM_PEOPLE = 10;

/** A message as a key and its placeholders (lib/said.ts), for the panel to show in the admin's language. */
const saidSchema = z.object({ key: z.string().max(200), subs: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

export const syncEntrySchema = z.object({
  status: z.enum(['new', 'member', 'changed', 'leaver']),
  email: z.string(),
  name: z.string(),
  reason: z.string(),
  changes: z.array(z.string()),
  reasonSaid: saidSchema.optional(),
  changesSaid: z.array(saidSchema).optional(),
  memberStatus: z.enum(['active', 'pending', 'inactive', 'unknown']).optional(),
  /** mOS lists the member as an administrator: deactivating them ends their admin access too. */
  memberIsAdministrator: z.boolean().optional(),
  /** The member is the admin signed in on the mOS page: marked "you", never offered for deactivation. */
  memberIsYou: z.boolean().optional(),
  billingStatus: z.string().optional(),
  progress: z.number().optional(),
});
export type SyncEntrySummary = z.infer<typeof syncEntrySchema>;

export const syncReportSummarySchema = z.object({
  entries: z.array(syncEntrySchema),
  counts: z.object({ new: z.number(), member: z.number(), changed: z.number(), leaver: z.number() }),
  duplicates: z.array(z.string()),
  seatRecovery: z.array(
    z.object({ email: z.string(), name: z.string(), progress: z.number(), losesReporting: z.boolean() }),
  ),
  guard: z.object({ triggered: z.boolean(), share: z.number(), message: z.string().optional(), said: saidSchema.optional() }),
  csv: z.string(),
  /** When this report was made and kept with the draft. */
  at: z.number(),
  /** When the report kept before it was made, if there was one. */
  previousAt: z.number().optional(),
});
export type SyncReportSummary = z.infer<typeof syncReportSummarySchema>;

export const pageMemberSchema = z.object({
  email: z.string().max(320),
  name: z.string().max(1024),
  jobTitle: z.string().max(1024),
  status: z.enum(['active', 'pending', 'inactive', 'unknown']),
  billingStatus: z.string().max(256),
  progress: z.number().min(0).max(100).optional(),
  isAdministrator: z.boolean().optional(),
  isYou: z.boolean().optional(),
});

export const readMembersResponseSchema = z.object({
  ok: z.literal(true),
  members: z.array(pageMemberSchema).max(1_000_000),
});

export const highlightResponseSchema = z.object({ ok: z.literal(true), found: z.boolean() });

export const readTemplateResponseSchema = z.object({
  ok: z.literal(true),
  /** The header of the page's sample file, or null when the page offers none we can read. */
  header: z.array(z.string().max(256)).max(200).nullable(),
});

export const attachResponseSchema = z.union([
  z.object({ ok: z.literal(true), confirmed: z.boolean(), method: z.enum(['input', 'drop']) }),
  z.object({ ok: z.literal(false), error: z.string().max(2000) }),
]);

export const errorResponseSchema = z.object({ ok: z.literal(false), error: z.string().max(2000), said: saidSchema.optional() });

export const probeResponseSchema = z.object({
  ok: z.literal(true),
  myOrganization: z.boolean(),
  /** Another screen of the mOS app (its navigation offers My Organization). */
  mosApp: z.boolean().optional(),
});

export const fillProblemSchema = z.object({
  person: z.number().int().min(-1).max(MAX_PAGE_INVITEES),
  email: z.string().max(320),
  field: z.enum(['first_name', 'last_name', 'email', 'job_title', 'permissions', 'product_access', 'programs', 'form']),
  message: z.string().max(2000),
  said: saidSchema.optional(),
});

export const fillResponseSchema = z.union([
  z.object({
    ok: z.literal(true),
    mode: z.enum(['single', 'multiple']),
    filled: z.number().int().min(0).max(MAX_PAGE_INVITEES),
    problems: z.array(fillProblemSchema).max(500),
    pressed: z.boolean(),
    submitted: z.boolean(),
    pageMessage: z.string().max(2000).optional(),
    permissionOptions: z.array(z.string().max(256)).max(50),
  }),
  errorResponseSchema,
]);
export type FillResponse = z.infer<typeof fillResponseSchema>;

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
  // The panel's first request: the background confirms its token and names the page's origin.
  z.object({ type: z.literal('panel/hello') }),
  z.object({ type: z.literal('panel/list-drafts') }),
  // `importId`: the panel's name for this import, so a Cancel can reach it even once it is saved.
  z.object({ type: z.literal('panel/import-table'), table: importedTableSchema, importId: z.string().uuid() }),
  z.object({ type: z.literal('panel/cancel-import'), importId: z.string().uuid() }),
  z.object({ type: z.literal('panel/plan'), draftId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('panel/send'), draftId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('panel/download'), draftId: z.string().min(1).max(64) }),
  z.object({ type: z.literal('panel/sync'), draftId: z.string().min(1).max(64) }),
  // `name`: the new draft's name in the admin's language (the background would word it in English).
  z.object({ type: z.literal('panel/sync-draft'), draftId: z.string().min(1).max(64), name: z.string().trim().min(1).max(200).optional() }),
  z.object({ type: z.literal('panel/highlight'), email: z.string().min(3).max(320) }),
  z.object({ type: z.literal('panel/fill-invite'), draftId: z.string().min(1).max(64) }),
]);
export type PanelRequest = z.infer<typeof panelRequestSchema>;

/** Every panel request carries the token the page adapter gave its frame (lib/mos-panel/binding.ts). */
export const panelTokenSchema = z.object({ token: z.string().min(8).max(64) });

/** The mOS page adapter → background: the token of the panel frame it is about to show. */
export const mosPanelTokenSchema = z.object({ type: z.literal('mos/panel-token'), token: z.string().uuid() });

export const draftSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  rowCount: z.number(),
  updatedAt: z.number(),
  source: z.string(),
  /** Rows mOS would reject, left out of the file until fixed. */
  problems: z.number(),
});
export type DraftSummary = z.infer<typeof draftSummarySchema>;

/** The mOS page adapter's own report to the background: people of the last file now shown as invited. */
export const invitationsSeenSchema = z.object({
  type: z.literal('mos/invitations-seen'),
  emails: z.array(z.string().max(320)).min(1).max(200_000),
});

export const importPlanSummarySchema = z.object({
  toImport: z.number(),
  alreadyMembers: z.array(z.string()),
  /** Of those, people mOS holds under another email (found by a name unique on both sides). */
  underOtherEmail: z
    .array(z.object({ name: z.string().max(1024), email: z.string().max(320), memberEmail: z.string().max(320) }))
    .max(10)
    .optional(),
  underOtherEmailCount: z.number().optional(),
  invalid: z.number(),
  excluded: z.number(),
  duplicates: z.number(),
  enableSeats: z.number(),
  opportunitySeats: z.number(),
  membersRead: z.number(),
  /** People of this draft already seen in mOS as invited after an import, and the latest time. */
  invited: z.number(),
  invitedAt: z.number().optional(),
  /** Rows left out, by why (lib/drafts/left-out.ts kinds). */
  leftOutByKind: z.partialRecord(z.enum(['left', 'guest', 'notPerson', 'noWorkEmail', 'repeat', 'chosen']), z.number()).optional(),
  /** People going with a note (contractors, on leave, later starters): the first few, and how many. */
  noted: z.object({ count: z.number(), first: z.array(z.object({ who: z.string().max(1024), column: z.string().max(1024), value: z.string().max(1024) })).max(10) }).optional(),
});
export type ImportPlanSummary = z.infer<typeof importPlanSummarySchema>;

export const panelResponseSchemas = {
  'panel/hello': z.object({ ok: z.literal(true), origin: z.string().max(2048) }),
  'panel/list-drafts': z.object({ ok: z.literal(true), drafts: z.array(draftSummarySchema) }),
  'panel/import-table': z.object({ ok: z.literal(true), draftId: z.string(), cancelled: z.boolean().optional() }),
  'panel/cancel-import': z.object({ ok: z.literal(true) }),
  'panel/plan': z.object({ ok: z.literal(true), plan: importPlanSummarySchema }),
  'panel/send': z.object({
    ok: z.literal(true),
    plan: importPlanSummarySchema,
    fileName: z.string(),
    confirmed: z.boolean(),
    templateNotes: z.array(z.string()),
    templateNotesSaid: z.array(saidSchema).optional(),
  }),
  'panel/sync': z.object({ ok: z.literal(true), report: syncReportSummarySchema }),
  'panel/sync-draft': z.object({ ok: z.literal(true), draftId: z.string(), count: z.number() }),
  'panel/highlight': z.object({ ok: z.literal(true), found: z.boolean() }),
  'panel/fill-invite': z.object({
    ok: z.literal(true),
    filled: z.number(),
    problems: z.array(z.string()),
    problemParts: z.array(z.object({ email: z.string(), field: z.string(), message: z.string(), said: saidSchema.optional() })).optional(),
  }),
  'panel/download': z.object({
    ok: z.literal(true),
    plan: importPlanSummarySchema,
    fileName: z.string(),
    templateNotes: z.array(z.string()),
    templateNotesSaid: z.array(saidSchema).optional(),
    csv: z.string(),
  }),
} as const;
export type PanelResponse<T extends PanelRequest['type']> =
  | z.infer<(typeof panelResponseSchemas)[T]>
  | z.infer<typeof errorResponseSchema>;

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
