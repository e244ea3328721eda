import { SiteOffer, type SiteOfferProps } from '@/components/popup/SiteOffer';
import { requestSite } from '@/lib/extension/site-grant';
import { siteGrantDeps } from '@/lib/settings/pending-grant';

/** The offer, asking the browser for the site as the options page does; the background then serves it. */
export function SiteOfferSlot({ kind, site, onUsed }: Omit<SiteOfferProps, 'onUse'>) {
  const onUse = () => requestSite((origins) => browser.permissions.request({ origins }), siteGrantDeps(), { kind, pattern: site });
  return <SiteOffer kind={kind} site={site} onUse={onUse} onUsed={onUsed} />;
}
