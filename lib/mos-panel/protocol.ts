import { z } from 'zod';
import { errorResponseSchema, saidSchema } from '../message-parts';
import { MAX_PAGE_INVITEES } from '../page-messages';

// The mOS panel's messages: panel frame ⇄ background ⇄ the mOS page adapter. lib/messages.ts indexes them.

/** The panel offers the "+ Invite" form instead of a file for this many people or fewer. */
export const MAX_INVITE_FORM_PEOPLE = 10;


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
