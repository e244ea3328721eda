import { DEFAULT_POLICY, type RosterDatabase, type RowPolicy } from '../drafts/index';
import type { FillResponse, PageInvitee, PanelRequest, PanelResponse } from '../messages';
import type { PageMember } from '../sources/mos-members/members';
import type { Said } from '../said';
import { cancelImport, importTable } from './file-import';
import { fillInviteForm } from './invite-form';
import { draftSummaries, fromPage, planOnPage, prepareFile } from './plan';
import { newPeopleDraft, syncOnPage } from './sync';
import { panelError } from './wording';

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

/** The background's answer to each request of the mOS panel, against the drafts and the page tab it serves. */
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
      case 'panel/plan':
        return { ok: true, plan: await planOnPage(db, tab, request.draftId, policy) } as Response;
      case 'panel/send': {
        const file = await prepareFile(db, tab, request.draftId, policy);
        if (file.rowCount === 0) return panelError('nobodyToImport');
        const attached = await tab.attachCsv(file.fileName, file.csv, { draftId: request.draftId, emails: file.people });
        if (!attached.ok) return fromPage(attached);
        const { plan, fileName, templateNotes, templateNotesSaid } = file;
        return { ok: true, plan, fileName, confirmed: attached.confirmed, templateNotes, templateNotesSaid } as Response;
      }
      case 'panel/sync':
        return { ok: true, report: await syncOnPage(db, tab, request.draftId, policy) } as Response;
      case 'panel/sync-draft': {
        const made = await newPeopleDraft(db, tab, request.draftId, request.name, policy);
        return (made ? { ok: true, ...made } : panelError('nobodyNew')) as Response;
      }
      case 'panel/fill-invite':
        return (await fillInviteForm(db, tab, request.draftId, policy)) as Response;
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
