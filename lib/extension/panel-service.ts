import { describeOrigin, headerSignature } from '../source-table';
import {
  DEFAULT_ORG_KEY,
  csvFileName,
  draftFromSource,
  listDrafts,
  loadDraft,
  planImport,
  produceMosCsv,
  type Draft,
  type ImportPlan,
  type RosterDatabase,
} from '../drafts';
import type { PageMember } from '../mos-page/members';
import type { ImportPlanSummary, PanelRequest, PanelResponse } from '../messages';

/** What the panel service needs from the mOS tab it serves. */
export interface MosTab {
  readMembers(): Promise<PageMember[]>;
  attachCsv(fileName: string, csv: string): Promise<{ ok: true; confirmed: boolean } | { ok: false; error: string }>;
}

function summarise(plan: ImportPlan, membersRead: number): ImportPlanSummary {
  return {
    toImport: plan.people.length,
    alreadyMembers: plan.alreadyMembers.map((p) => p.email),
    invalid: plan.invalid.length,
    excluded: plan.excluded.length,
    duplicates: plan.duplicates.length,
    enableSeats: plan.people.filter((p) => p.mos_enable).length,
    opportunitySeats: plan.people.filter((p) => p.mos_opportunity).length,
    membersRead,
  };
}

async function requireDraft(db: RosterDatabase, id: string): Promise<Draft> {
  const draft = await loadDraft(db, id);
  if (!draft) throw new Error('That draft no longer exists. It may have been deleted in another tab.');
  return draft;
}

/** Members and pending invitations count as "already there": both would be invited twice. */
function existingEmails(members: readonly PageMember[]): Set<string> {
  return new Set(members.map((m) => m.email.toLowerCase()));
}

export async function handlePanelRequest<R extends PanelRequest>(
  request: R,
  db: RosterDatabase,
  tab: MosTab,
): Promise<PanelResponse<R['type']>> {
  try {
    switch (request.type) {
      case 'panel/list-drafts': {
        const drafts = (await listDrafts(db)).map((d) => ({
          id: d.id,
          name: d.name,
          rowCount: d.rowCount,
          updatedAt: d.updatedAt,
          source: describeOrigin(d.origin),
        }));
        return { ok: true, drafts } as PanelResponse<R['type']>;
      }
      case 'panel/import-table': {
        const { headers, rows, origin } = request.table;
        // The signature is ours to compute: it decides which remembered mapping applies.
        const draft = await draftFromSource(db, { headers, rows, origin: { ...origin, signature: headerSignature(headers) } });
        return { ok: true, draftId: draft.id } as PanelResponse<R['type']>;
      }
      case 'panel/plan': {
        const [draft, members] = await Promise.all([requireDraft(db, request.draftId), tab.readMembers()]);
        const plan = planImport(draft, existingEmails(members));
        return { ok: true, plan: summarise(plan, members.length) } as PanelResponse<R['type']>;
      }
      case 'panel/send': {
        const [draft, members] = await Promise.all([requireDraft(db, request.draftId), tab.readMembers()]);
        const produced = await produceMosCsv(db, draft, {
          orgKey: DEFAULT_ORG_KEY,
          existingEmails: existingEmails(members),
        });
        const plan = summarise(produced.plan, members.length);
        if (produced.rows.length === 0) {
          return { ok: false, error: 'Nobody to import: everyone in this draft is already in mOS, excluded or has errors.' };
        }
        const fileName = csvFileName(draft.meta.name);
        const attached = await tab.attachCsv(fileName, produced.csv);
        if (!attached.ok) return attached;
        return { ok: true, plan, fileName, confirmed: attached.confirmed } as PanelResponse<R['type']>;
      }
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { ok: false, error: 'Unknown request.' };
}
