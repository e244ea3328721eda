import { readMemberRows } from '../sources/mos-members/members';

/**
 * Brings a member's Billing Status control into view and outlines it, so the admin can deactivate
 * them by hand: nothing is ever deactivated for them. Returns what it outlined, or undefined when the member is not listed.
 */
export function highlightMember(doc: Document, email: string): HTMLElement | undefined {
  const wanted = email.trim().toLowerCase();
  const row = readMemberRows(doc).find((r) => r.member.email === wanted);
  if (!row) return undefined;
  for (const old of Array.from(doc.querySelectorAll<HTMLElement>('[data-roster-sync-mark]'))) {
    old.style.outline = old.dataset.rosterSyncMark ?? '';
    delete old.dataset.rosterSyncMark;
  }
  const target = row.billingControl ?? row.element;
  target.dataset.rosterSyncMark = target.style.outline;
  target.style.outline = '3px solid #f59e0b';
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  target.focus?.({ preventScroll: true });
  return target;
}
