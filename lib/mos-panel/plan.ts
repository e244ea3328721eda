import { describeOrigin } from '../sources/source-table';
import { DEFAULT_ORG_KEY, invitationsOf, listDrafts, loadDraft, planImport, type Draft, type ImportPlan, type RosterDatabase, type RowPolicy } from '../drafts/index';
import { planNumbers } from '../drafts/plan';
import { csvFileName, produceMosCsv } from '../out';
import { personLabel } from '../mapping/index';
import type { DraftSummary, ImportPlanSummary } from '../messages';
import { fitToPageTemplate, templateFitNotes } from '../out/page-template';
import { mosPageErrorSaid } from '../mos-page/page-errors';
import { SaidError, type Said } from '../said';
import type { MosTab } from './requests';
import { sayPanel } from './wording';

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
export function fromPage(failure: { ok: false; error: string }): { ok: false; error: string; said?: Said } {
  const said = mosPageErrorSaid(failure.error);
  return said ? { ...failure, said } : failure;
}

/** The draft, or the panel's own words that it is gone. */
export async function requireDraft(db: RosterDatabase, id: string): Promise<Draft> {
  const draft = await loadDraft(db, id);
  if (!draft) {
    const { text, said } = sayPanel('draftGone');
    throw new SaidError(text, said);
  }
  return draft;
}

export interface PreparedFile {
  csv: string;
  people: string[];
  fileName: string;
  plan: ImportPlanSummary;
  templateNotes: string[];
  templateNotesSaid: Said[];
  rowCount: number;
}

/** The file for this mOS page: existing members left out, following the page's own template. */
export async function prepareFile(db: RosterDatabase, tab: MosTab, draftId: string, policy: RowPolicy): Promise<PreparedFile> {
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
    people: produced.plan.people.map((p) => p.email),
    fileName: csvFileName(draft.meta.name),
    plan: summarise(produced.plan, members.length, await invitationsOf(db, draftId), draft),
    templateNotes: notes.map((n) => n.text),
    templateNotesSaid: notes.map((n) => n.said),
    rowCount: produced.plan.people.length,
  };
}

/** The drafts as the panel lists them. */
export async function draftSummaries(db: RosterDatabase): Promise<DraftSummary[]> {
  return (await listDrafts(db)).map((d) => ({
    id: d.id,
    name: d.name,
    rowCount: d.rowCount,
    updatedAt: d.updatedAt,
    source: describeOrigin(d.origin),
    problems: d.errorCount,
  }));
}

/** The panel's numbers for a draft on this page. */
export async function planOnPage(db: RosterDatabase, tab: MosTab, draftId: string, policy: RowPolicy): Promise<ImportPlanSummary> {
  const [draft, members] = await Promise.all([requireDraft(db, draftId), tab.readMembers()]);
  return summarise(planImport(draft, members, policy), members.length, await invitationsOf(db, draftId), draft);
}
