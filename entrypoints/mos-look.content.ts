import { looksLikeMyOrganization } from '@/lib/mos-page/looks-like';

/**
 * Injected into the current tab on the admin's click (activeTab) where Roster Sync is not allowed yet: answers
 * whether the page looks like My Organization, so the popup can offer to use Roster Sync there. It leaves nothing behind.
 */
export default defineContentScript({
  registration: 'runtime',
  main: () => looksLikeMyOrganization(document),
});
