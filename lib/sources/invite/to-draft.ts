import { DEFAULT_POLICY, DEFAULT_SEATS, draftFromSource, loadDraft, rowValues, appendRows, type DraftMeta, type DraftSettings, type RosterDatabase, type RowEdits } from '../../drafts/index';
import { draftNameDate, draftNameOf } from '../../drafts/draft-names';
import { draftGoneError } from '../../drafts/job-wording';
import { announceMetaChange } from '../../drafts/tab-channel';
import { INVITE_FORM_TITLE, headerSignature, type SourceTable } from '../source-table';
import type { InvitePerson } from './person';

/**
 * The popup's people carry their own seats and programs, chosen person by person: the organisation's defaults
 * and job-title rules do not add to them.
 */
const INVITE_DRAFT_SETTINGS: DraftSettings = { rules: [], defaults: DEFAULT_SEATS, policy: DEFAULT_POLICY };

/** A draft made from the popup has the template's own columns, so it maps itself. */
export const INVITE_DRAFT_HEADERS = ['first_name', 'last_name', 'email', 'job_title', 'mos_enable', 'mos_opportunity', 'course_enrollments'];

export type DraftTarget = { kind: 'new' } | { kind: 'existing'; id: string };

export interface AddedToDraft {
  draft: DraftMeta;
  added: number;
  /** Addresses the draft already had; those people were not added twice. */
  alreadyInDraft: string[];
}

function values(person: InvitePerson): RowEdits {
  return {
    first_name: person.first_name,
    last_name: person.last_name,
    email: person.email,
    job_title: person.job_title,
    mos_enable: person.mos_enable ? 'TRUE' : 'FALSE',
    mos_opportunity: person.mos_opportunity ? 'TRUE' : 'FALSE',
    course_enrollments: person.course_enrollments.join(','),
  };
}

export function inviteesTable(people: readonly InvitePerson[], site: string): SourceTable {
  const rows = people.map((person) => {
    const row = values(person);
    return INVITE_DRAFT_HEADERS.map((header) => row[header as keyof RowEdits] ?? '');
  });
  return {
    headers: [...INVITE_DRAFT_HEADERS],
    rows,
    origin: { kind: 'page', site, title: INVITE_FORM_TITLE, signature: headerSignature(INVITE_DRAFT_HEADERS) },
  };
}

/** Sends the people to a new draft, or adds them to an existing one without repeating anybody. */
export async function addInviteesToDraft(
  db: RosterDatabase,
  target: DraftTarget,
  people: readonly InvitePerson[],
  /** `nameNew` names a new draft from today's date, in the admin's language; English by default. */
  { site, now = new Date(), nameNew }: { site: string; now?: Date; nameNew?: (now: Date) => string },
): Promise<AddedToDraft> {
  if (target.kind === 'new') {
    const table = inviteesTable(people, site);
    const name = nameNew ? nameNew(now) : draftNameOf('invites', { date: draftNameDate(now) });
    const draft = await draftFromSource(db, table, { settings: INVITE_DRAFT_SETTINGS, now: now.getTime(), name });
    return { draft, added: people.length, alreadyInDraft: [] };
  }
  const existing = await loadDraft(db, target.id);
  if (!existing) throw draftGoneError();
  const known = new Set(existing.rows.map((row) => String(rowValues(row, existing.meta).email).trim().toLowerCase()));
  const fresh = people.filter((person) => !known.has(person.email));
  const draft = await appendRows(db, target.id, fresh.map(values), now.getTime());
  if (fresh.length > 0) announceMetaChange(draft.id, draft.revision);
  return { draft, added: fresh.length, alreadyInDraft: people.filter((p) => known.has(p.email)).map((p) => p.email) };
}
