import { i18n } from '#i18n';
import { GrantedSites } from './GrantedSites';

export interface HrSitesProps {
  patterns: readonly string[];
  /** Called from the click itself: the browser asks the admin only during a user gesture. */
  onGrant(address: string): Promise<string | undefined>;
  onRevoke(pattern: string): Promise<void>;
}

/** The HR sites where an "Export to mOS" button sits beside the people table: granted one by one, and taken back. */
export function HrSites({ patterns, onGrant, onRevoke }: HrSitesProps) {
  return (
    <section class="card stack" aria-labelledby="hr-sites-title" data-testid="hr-sites">
      <h2 id="hr-sites-title">{i18n.t('hrsites.title')}</h2>
      <p class="muted">{i18n.t('hrsites.intro')}</p>
      <GrantedSites
        kind="hr-site"
        patterns={patterns}
        onGrant={onGrant}
        onRevoke={onRevoke}
        text={{
          empty: i18n.t('hrsites.empty'),
          remove: i18n.t('hrsites.remove'),
          removeLabel: (site) => i18n.t('hrsites.removeLabel', { site }),
          address: i18n.t('hrsites.address'),
          grant: i18n.t('hrsites.allow'),
          placeholder: 'https://acme.bamboohr.com',
        }}
      />
    </section>
  );
}
