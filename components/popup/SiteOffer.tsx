import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { describePattern } from '@/lib/settings/mos-origins';
import { Notice } from '../Notice';
import './popup.css';

export interface SiteOfferProps {
  /** What Roster Sync brings to the site: the mOS panel, or the HR page's Export button. */
  kind: 'mos' | 'hr';
  site: string;
  /** Asks the browser for the site; resolves to whether it was allowed. */
  onUse(): Promise<boolean>;
  /** After the browser allowed it. */
  onUsed?(): void;
}

/** "Use Roster Sync on this site": the browser asks the admin for this one site, from their click. */
export function SiteOffer({ kind, site, onUse, onUsed }: SiteOfferProps) {
  const [outcome, setOutcome] = useState<'asking' | 'allowed' | 'refused'>();
  const address = describePattern(site);
  const use = async () => {
    setOutcome('asking');
    const allowed = await onUse();
    setOutcome(allowed ? 'allowed' : 'refused');
    if (allowed) onUsed?.();
  };
  return (
    <section class={`site-offer ${kind === 'mos' ? 'card' : ''}`} data-testid="site-offer" data-kind={kind} aria-labelledby="site-offer-title">
      <p id="site-offer-title" class={kind === 'mos' ? undefined : 'small'}>
        {kind === 'mos' ? i18n.t('popup.site.looksLikeMos', { site: address }) : i18n.t('popup.site.hrButton', { site: address })}
      </p>
      {outcome === 'allowed' ? (
        <Notice kind="ok">{kind === 'mos' ? i18n.t('popup.site.mosReady') : i18n.t('popup.site.hrReady')}</Notice>
      ) : (
        <button type="button" class={kind === 'mos' ? 'main-action' : 'secondary small'} data-testid="use-on-site" disabled={outcome === 'asking'} onClick={() => void use()}>
          {i18n.t('popup.site.use')}
        </button>
      )}
      {outcome === 'refused' && <Notice kind="error">{i18n.t('popup.site.refused', { site: address })}</Notice>}
    </section>
  );
}
