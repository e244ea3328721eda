import { describeOrigin, headerSignature } from '../source-table';
import { libraryActions } from '../drafts/library';
import {
  DEFAULT_ORG_KEY,
  csvFileName,
  draftFromSource,
  listDrafts,
  loadDraft,
  planImport,
  produceMosCsv,
  draftOfRows,
  invitationsOf,
  keepSyncReport,
  keptSyncReport,
  DEFAULT_POLICY,
  type Draft,
  type ImportPlan,
  type RosterDatabase,
  type RowPolicy,
} from '../drafts/index';
import type { PageMember } from '../mos-page/members';
import { fitToPageTemplate, templateFitNotes } from '../mos/live-template';
import { mosPageErrorSaid } from '../mos-page/page-errors';
import { SaidError, type Said } from '../said';
import { draftNameOf } from '../drafts/draft-names';
import { sourceDraftOptions } from '../settings/source-draft';
import { panelError, sayPanel } from './wording';
import { rosterFromDraft } from '../sync/from-draft';
import { buildSyncReport, type SyncReport } from '../sync/report';
import { syncReportCsv } from '../sync/report-csv';
import {
  MAX_INVITE_FORM_PEOPLE,
  type DraftSummary,
  type FillResponse,
  type ImportPlanSummary,
  type PageInvitee,
  type PanelRequest,
  type PanelResponse,
  type SyncReportSummary,
} from '../messages';
import { PROGRAMS } from '../mos/programs';
import { personLabel } from '../mapping/index';
import { planNumbers } from '../drafts/plan';
import type { MosPerson } from '../mos/schema';

export interface SentInvites {
  draftId: string;
  emails: readonly string[];
}

/** What the panel service needs from the mOS tab it serves. */
export interface MosTab {
  readMembers(): Promise<PageMember[]>;
  /** The header of the page's own sample template, if it offers one. */
  readTemplate(): Promise<string[] | null>;
  /** Scrolls to a member's Billing Status control and marks it, so the admin can deactivate them. */
  highlightMember(email: string): Promise<boolean>;
  /** Fills the page's "+ Invite" dialog, leaving its Invite Member button to the admin. */
  fillInvite(people: PageInvitee[]): Promise<FillResponse>;
  /** `invites` names the draft and the emails the file invites, to watch for as pending invitations. */
  attachCsv(fileName: string, csv: string, invites: SentInvites): Promise<{ ok: true; confirmed: boolean } | { ok: false; error: string }>;
}

/** How many people going with a note the panel names. */
const NOTED_NAMED = 5;

/** The panel's numbers, all read from the one plan of the draft. */
export function summarise(plan: ImportPlan, membersRead: number, invitations: ReadonlyMap<string, number>, draft: Draft): ImportPlanSummary {
  const times = [...invitations.values()];
  const numbers = planNumbers(plan, draft.rows.length);
  const noted = plan.noted
    .filter(({ row }) => !plan.invalid.some((c) => c.row === row))
    .map(({ row, note }) => ({ who: personLabel(row.cells, draft.meta.mapping), column: note.column, value: note.value }));
  return {
    noted: noted.length === 0 ? undefined : { count: noted.length, first: noted.slice(0, NOTED_NAMED) },
    leftOutByKind: numbers.leftOutByKind,
    invited: invitations.size,
    invitedAt: times.length > 0 ? Math.max(...times) : undefined,
    toImport: numbers.toInvite,
    alreadyMembers: plan.alreadyMembers.map((p) => p.email),
    ...(plan.underOtherEmail.length > 0 && {
      underOtherEmailCount: plan.underOtherEmail.length,
      underOtherEmail: plan.underOtherEmail.slice(0, NOTED_NAMED).map(({ person, memberEmail }) => ({
        name: `${person.first_name} ${person.last_name}`.trim(),
        email: person.email,
        memberEmail,
      })),
    }),
    invalid: numbers.invalid,
    excluded: numbers.leftOut,
    duplicates: numbers.duplicates,
    enableSeats: numbers.enableSeats,
    opportunitySeats: numbers.opportunitySeats,
    membersRead,
  };
}

/** The page adapter's failure passed on, with its key when it is one of the adapter's known messages. */
function fromPage(failure: { ok: false; error: string }): { ok: false; error: string; said?: Said } {
  const said = mosPageErrorSaid(failure.error);
  return said ? { ...failure, said } : failure;
}

async function requireDraft(db: RosterDatabase, id: string): Promise<Draft> {
  const draft = await loadDraft(db, id);
  if (!draft) {
    const { text, said } = sayPanel('draftGone');
    throw new SaidError(text, said);
  }
  return draft;
}

interface PreparedFile {
  csv: string;
  people: string[];
  fileName: string;
  plan: ImportPlanSummary;
  templateNotes: string[];
  templateNotesSaid: Said[];
  rowCount: number;
}

/** The file for this mOS page: existing members left out, following the page's own template. */
async function prepareFile(db: RosterDatabase, tab: MosTab, draftId: string, policy: RowPolicy): Promise<PreparedFile> {
  const [draft, members] = await Promise.all([requireDraft(db, draftId), tab.readMembers()]);
  const pageTemplate = await tab.readTemplate();
  const fit = pageTemplate ? fitToPageTemplate(pageTemplate) : undefined;
  const notes = fit ? templateFitNotes(fit) : [];
  const produced = await produceMosCsv(db, draft, {
    orgKey: DEFAULT_ORG_KEY,
    members,
    columns: fit?.columns,
    policy,
  });
  return {
    csv: produced.csv,
    people: produced.rows.map((r) => r.email),
    fileName: csvFileName(draft.meta.name),
    plan: summarise(produced.plan, members.length, await invitationsOf(db, draftId), draft),
    templateNotes: notes.map((n) => n.text),
    templateNotesSaid: notes.map((n) => n.said),
    rowCount: produced.rows.length,
  };
}

async function draftSummaries(db: RosterDatabase): Promise<DraftSummary[]> {
  return (await listDrafts(db)).map((d) => ({
    id: d.id,
    name: d.name,
    rowCount: d.rowCount,
    updatedAt: d.updatedAt,
    source: describeOrigin(d.origin),
    problems: d.errorCount,
  }));
}

function summariseSync(report: SyncReport, at: number, previousAt?: number): SyncReportSummary {
  return {
    at,
    previousAt,
    entries: report.entries.map((e) => ({
      status: e.status,
      email: e.email,
      name: e.name,
      reason: e.reason,
      changes: e.changes,
      reasonSaid: e.reasonSaid,
      changesSaid: e.changesSaid,
      memberStatus: e.member?.status,
      memberIsAdministrator: e.member?.isAdministrator,
      memberIsYou: e.member?.isYou,
      billingStatus: e.member?.billingStatus,
      progress: e.member?.progress,
    })),
    counts: report.counts,
    duplicates: report.duplicates.map((d) => d.email),
    seatRecovery: report.seatRecovery.map((s) => ({
      email: s.member.email,
      name: s.member.name,
      progress: s.member.progress ?? 0,
      losesReporting: s.losesReporting,
    })),
    guard: report.guard,
    csv: syncReportCsv(report),
  };
}

const PROGRAM_NAMES = new Map(PROGRAMS.map((p) => [p.slug, p.name]));

/** A draft's person as the page's invite form takes them: programs by the names the form shows. */
function asInvitee(person: MosPerson): PageInvitee {
  return {
    first_name: person.first_name,
    last_name: person.last_name,
    email: person.email,
    job_title: person.job_title,
    // The import file carries no permissions either: everyone comes in as a member.
    permissions: 'Member',
    mos_enable: person.mos_enable,
    mos_opportunity: person.mos_opportunity,
    programs: person.course_enrollments.map((slug) => PROGRAM_NAMES.get(slug) ?? slug),
  };
}

/** How long a saved import can still be cancelled: the panel's Cancel may cross the answer on its way. */
const CANCEL_AFTER_SAVE_MS = 60_000;
/**
 * Panel imports by the panel's id for them: being saved, saved a moment ago (`draftId`), or cancelled
 * before they arrived. A Cancel at any of those times leaves no draft.
 */
const panelImports = new Map<string, { cancelled: boolean; draftId?: string }>();
const forgetLater = (importId: string) => setTimeout(() => panelImports.delete(importId), CANCEL_AFTER_SAVE_MS);

/** Saves a table dropped on the panel as a draft, unless the panel cancels it before or after. */
async function importTable(db: RosterDatabase, request: Extract<PanelRequest, { type: 'panel/import-table' }>) {
  const { importId } = request;
  if (panelImports.get(importId)?.cancelled) return { ok: true as const, draftId: '', cancelled: true };
  const entry: { cancelled: boolean; draftId?: string } = { cancelled: false };
  panelImports.set(importId, entry);
  forgetLater(importId);
  const { headers, rows, origin } = request.table;
  // The signature is ours to compute: it decides which remembered mapping applies.
  const table = { headers, rows, origin: { ...origin, signature: headerSignature(headers) } };
  const draft = await draftFromSource(db, table, await sourceDraftOptions(table));
  if (!entry.cancelled) {
    entry.draftId = draft.id;
    return { ok: true as const, draftId: draft.id };
  }
  await libraryActions.remove(db, draft.id);
  return { ok: true as const, draftId: draft.id, cancelled: true };
}

async function cancelImport(db: RosterDatabase, importId: string): Promise<void> {
  const entry = panelImports.get(importId);
  if (!entry) {
    // The import itself is still on its way here.
    panelImports.set(importId, { cancelled: true });
    forgetLater(importId);
    return;
  }
  entry.cancelled = true;
  if (entry.draftId !== undefined) await libraryActions.remove(db, entry.draftId);
}

export async function handlePanelRequest<R extends PanelRequest>(
  request: R,
  db: RosterDatabase,
  tab: MosTab,
  policy: RowPolicy = DEFAULT_POLICY,
): Promise<PanelResponse<R['type']>> {
  type Response = PanelResponse<R['type']>;
  try {
    switch (request.type) {
      case 'panel/list-drafts':
        return { ok: true, drafts: await draftSummaries(db) } as Response;
      case 'panel/import-table':
        return (await importTable(db, request)) as Response;
      case 'panel/cancel-import':
        await cancelImport(db, request.importId);
        return { ok: true } as Response;
      case 'panel/plan': {
        const [draft, members] = await Promise.all([requireDraft(db, request.draftId), tab.readMembers()]);
        const plan = planImport(draft, members, policy);
        return { ok: true, plan: summarise(plan, members.length, await invitationsOf(db, request.draftId), draft) } as Response;
      }
      case 'panel/send': {
        const file = await prepareFile(db, tab, request.draftId, policy);
        if (file.rowCount === 0) return panelError('nobodyToImport');
        const attached = await tab.attachCsv(file.fileName, file.csv, { draftId: request.draftId, emails: file.people });
        if (!attached.ok) return fromPage(attached);
        const { plan, fileName, templateNotes, templateNotesSaid } = file;
        return { ok: true, plan, fileName, confirmed: attached.confirmed, templateNotes, templateNotesSaid } as Response;
      }
      case 'panel/sync': {
        const [draft, members, previous] = await Promise.all([
          requireDraft(db, request.draftId),
          tab.readMembers(),
          keptSyncReport(db, request.draftId),
        ]);
        const summary = summariseSync(buildSyncReport(rosterFromDraft(draft, policy).map((e) => e.person), members), Date.now(), previous?.at);
        await keepSyncReport(db, { draftId: request.draftId, at: summary.at, counts: summary.counts, csv: summary.csv });
        return { ok: true, report: summary } as Response;
      }
      case 'panel/sync-draft': {
        const [draft, members] = await Promise.all([requireDraft(db, request.draftId), tab.readMembers()]);
        const roster = rosterFromDraft(draft, policy);
        const report = buildSyncReport(roster.map((e) => e.person), members);
        const newEmails = new Set(report.entries.filter((e) => e.status === 'new').map((e) => e.email));
        const rows = roster.filter((e) => newEmails.has(e.person.email)).map((e) => e.row);
        if (rows.length === 0) return panelError('nobodyNew');
        const name = request.name ?? draftNameOf('newHires', { name: draft.meta.name });
        const created = await draftOfRows(db, draft, rows, name, policy);
        return { ok: true, draftId: created.id, count: rows.length } as Response;
      }
      case 'panel/fill-invite': {
        const [draft, members] = await Promise.all([requireDraft(db, request.draftId), tab.readMembers()]);
        const { people } = planImport(draft, members, policy);
        if (people.length === 0) return panelError('nobodyToImport');
        if (people.length > MAX_INVITE_FORM_PEOPLE) {
          return panelError('tooManyForForm', { max: MAX_INVITE_FORM_PEOPLE, count: people.length });
        }
        const filled = await tab.fillInvite(people.map(asInvitee));
        if (!filled.ok) return fromPage(filled);
        const problems = filled.problems.map((p) => `${p.email || 'The form'}: ${p.field} – ${p.message}`);
        // The parts too, so the panel can word each line in the admin's language.
        const problemParts = filled.problems.map(({ email, field, message, said }) => ({ email, field, message, ...(said && { said }) }));
        return { ok: true, filled: filled.filled, problems, problemParts } as Response;
      }
      case 'panel/highlight':
        return { ok: true, found: await tab.highlightMember(request.email) } as Response;
      case 'panel/download': {
        const file = await prepareFile(db, tab, request.draftId, policy);
        if (file.rowCount === 0) return panelError('nobodyToImport');
        const { plan, fileName, templateNotes, templateNotesSaid, csv } = file;
        return { ok: true, plan, fileName, templateNotes, templateNotesSaid, csv } as Response;
      }
    }
  } catch (error) {
    if (!(error instanceof Error)) return { ok: false, error: String(error) };
    const { said } = error as Error & { said?: Said };
    return said ? { ok: false, error: error.message, said } : { ok: false, error: error.message };
  }
  return panelError('unknownRequest');
}
