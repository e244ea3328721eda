import { markInvited, type RosterDatabase } from '../drafts/index';
import type { MessageSenderLike } from '../messages';
import { urlMatchesAny } from '../mos-page/origins';
import { pendingInvitations } from '../settings/items';
import type { SentInvites } from './requests';

/** Remembers who the last file sent to this tab invites, until the page shows them invited. */
export async function rememberSentInvites(tabId: number, sent: SentInvites): Promise<void> {
  const pending = await pendingInvitations.getValue();
  await pendingInvitations.setValue({ ...pending, [tabId]: { draftId: sent.draftId, emails: [...sent.emails] } });
}

/** A report from our own adapter in a granted mOS tab's top frame; never from a page or another frame. */
export function isFromMosAdapter(sender: MessageSenderLike & { frameId?: number }, extensionId: string, patterns: readonly string[]): boolean {
  return (
    sender.id === extensionId &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    /^https?:/.test(sender.url ?? '') &&
    urlMatchesAny(sender.tab.url, patterns)
  );
}

/**
 * Marks as invited the people the page now shows, but only those the last file sent to that tab
 * invited: a page cannot mark anybody else.
 */
export async function recordInvitationsSeen(db: RosterDatabase, tabId: number, emails: readonly string[], at = Date.now()): Promise<number> {
  const pending = (await pendingInvitations.getValue())[tabId];
  if (!pending) return 0;
  const sent = new Set(pending.emails);
  const seen = emails.map((e) => e.trim().toLowerCase()).filter((e) => sent.has(e));
  return seen.length === 0 ? 0 : markInvited(db, pending.draftId, seen, at);
}
