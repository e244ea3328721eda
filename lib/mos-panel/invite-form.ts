import { planImport, type RosterDatabase, type RowPolicy } from '../drafts/index';
import { MAX_INVITE_FORM_PEOPLE, type PageInvitee, type PanelResponse } from '../messages';
import { toPageInvitee } from '../sources/invite/page-client';
import type { MosPerson } from '../mos/schema';
import { fromPage, requireDraft } from './plan';
import type { MosTab } from './requests';
import { panelError } from './wording';

/** A draft's person as the page's invite form takes them. The import file carries no permissions either:
 * everyone comes in as a member. */
const asInvitee = (person: MosPerson): PageInvitee => toPageInvitee({ ...person, permissions: 'Member' });

/** Fills the page's "+ Invite" form with the draft's people to invite, for a handful of people. */
export async function fillInviteForm(db: RosterDatabase, tab: MosTab, draftId: string, policy: RowPolicy): Promise<PanelResponse<'panel/fill-invite'>> {
  const [draft, members] = await Promise.all([requireDraft(db, draftId), tab.readMembers()]);
  const { people } = planImport(draft, members, policy);
  if (people.length === 0) return panelError('nobodyToImport');
  if (people.length > MAX_INVITE_FORM_PEOPLE) return panelError('tooManyForForm', { max: MAX_INVITE_FORM_PEOPLE, count: people.length });
  const filled = await tab.fillInvite(people.map(asInvitee));
  if (!filled.ok) return fromPage(filled);
  const problems = filled.problems.map((p) => `${p.email || 'The form'}: ${p.field} – ${p.message}`);
  // The parts too, so the panel can word each line in the admin's language.
  const problemParts = filled.problems.map(({ email, field, message, said }) => ({ email, field, message, ...(said && { said }) }));
  return { ok: true, filled: filled.filled, problems, problemParts };
}
