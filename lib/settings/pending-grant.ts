import { defineItem } from '../browser/storage';
import type { PendingGrant, SiteGrantDeps } from '../extension/site-grant';
import { grantedHrPatterns } from './hr-sites';
import { grantedMosPatterns } from './items';

/** The site the admin last asked for from a click, until the browser answers; session storage, out of content scripts' reach. */
export const pendingSiteGrant = defineItem<PendingGrant | null>('session:pendingSiteGrant', { fallback: null });

/** The granted lists and the pending request, as granting a site from a click uses them. */
export const siteGrantDeps = (): SiteGrantDeps => ({
  lists: { mos: grantedMosPatterns, hr: grantedHrPatterns },
  pending: pendingSiteGrant,
});
