import { draftOfRows, keepSyncReport, keptSyncReport, type RosterDatabase, type RowPolicy } from '../drafts/index';
import { draftNameOf } from '../drafts/draft-names';
import type { SyncReportSummary } from '../messages';
import { rosterFromDraft } from '../sync/from-draft';
import { buildSyncReport, type SyncReport } from '../sync/report';
import { syncReportCsv } from '../sync/report-csv';
import { requireDraft } from './plan';
import type { MosTab } from './requests';

/** The sync report as the panel shows it, with its CSV. */
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

/** The draft compared with the page's members, kept with the draft beside the one before. */
export async function syncOnPage(db: RosterDatabase, tab: MosTab, draftId: string, policy: RowPolicy): Promise<SyncReportSummary> {
  const [draft, members, previous] = await Promise.all([requireDraft(db, draftId), tab.readMembers(), keptSyncReport(db, draftId)]);
  const summary = summariseSync(buildSyncReport(rosterFromDraft(draft, policy).map((e) => e.person), members), Date.now(), previous?.at);
  await keepSyncReport(db, { draftId, at: summary.at, counts: summary.counts, csv: summary.csv });
  return summary;
}

/** A new draft of the people in the roster and not in mOS; undefined when there are none. */
export async function newPeopleDraft(db: RosterDatabase, tab: MosTab, draftId: string, name: string | undefined, policy: RowPolicy) {
  const [draft, members] = await Promise.all([requireDraft(db, draftId), tab.readMembers()]);
  const roster = rosterFromDraft(draft, policy);
  const report = buildSyncReport(roster.map((e) => e.person), members);
  const newEmails = new Set(report.entries.filter((e) => e.status === 'new').map((e) => e.email));
  const rows = roster.filter((e) => newEmails.has(e.person.email)).map((e) => e.row);
  if (rows.length === 0) return undefined;
  const created = await draftOfRows(db, draft, rows, name ?? draftNameOf('newHires', { name: draft.meta.name }), policy);
  return { draftId: created.id, count: rows.length };
}
