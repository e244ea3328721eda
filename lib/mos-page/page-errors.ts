import type { Said } from '../said';

/**
 * Why the mOS page adapter could not do what the panel asked, in English; the same texts are under
 * said.mosPage in locales/en.yml. The adapter answers with the English only (its messages stay as small
 * as they are), and the background finds the key again by the text.
 */
export const MOS_PAGE_ERRORS = {
  noImportButton: 'The "Import CSV" button was not found on this page.',
  importDidNotOpen: 'The Import CSV dialog did not open.',
  nobodyToInvite: 'Nobody to invite.',
  stillFilling: 'Roster Sync is still filling the invite form on this page. Wait a moment, then try again.',
  otherDialogOpen: 'Another dialog is open on the mOS page. Close it, then try again.',
  noInviteButton: 'The “+ Invite” button was not found on this page. Open My Organization in mOS and try again.',
  inviteDidNotOpen: 'The “+ Invite” dialog did not open, or Roster Sync could not find its Email Address field.',
  noAnswer: 'The mOS page did not answer. Reload it, then try again.',
} as const;

const KEY_BY_TEXT = new Map<string, string>(Object.entries(MOS_PAGE_ERRORS).map(([key, text]) => [text, key]));

/** The key of an error the page adapter sent, when it is one of ours. */
export function mosPageErrorSaid(text: string): Said | undefined {
  const key = KEY_BY_TEXT.get(text);
  return key ? { key: `said.mosPage.${key}` } : undefined;
}
