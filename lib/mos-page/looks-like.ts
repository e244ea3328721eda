import { waitForMyOrganizationScreen } from './detect';
import { readMemberRows } from '../sources/mos-members/members';

/**
 * Whether a page Roster Sync is not yet allowed on looks like mOS's My Organization screen, by what it shows:
 * its title, "+ Invite" and "Import CSV", and a member table with an email column. The popup asks this before
 * offering to use Roster Sync on the site.
 */
export async function looksLikeMyOrganization(doc: Document, timeoutMs?: number): Promise<boolean> {
  return (await waitForMyOrganizationScreen(doc, timeoutMs)) && readMemberRows(doc).length > 0;
}
