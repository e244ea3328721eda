import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { describePattern } from '@/lib/settings/mos-origins';
import { Notice } from '../Notice';

export interface HrSitesProps {
  patterns: readonly string[];
  /** Called from the click itself: the browser asks the admin only during a user gesture. */
  onGrant(address: string): Promise<string | undefined>;
  onRevoke(pattern: string): Promise<void>;
}

/** The HR sites where an "Export to mOS" button sits beside the people table: granted one by one, and taken back. */
export function HrSites({ patterns, onGrant, onRevoke }: HrSitesProps) {
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string>();

  const grant = (event: Event) => {
    event.preventDefault();
    setError(undefined);
    void onGrant(address).then((problem) => {
      if (problem) setError(problem);
      else setAddress('');
    });
  };

  return (
    <section class="card stack" aria-labelledby="hr-sites-title" data-testid="hr-sites">
      <h2 id="hr-sites-title">{i18n.t('hrsites.title')}</h2>
      <p class="muted">{i18n.t('hrsites.intro')}</p>
      {patterns.length === 0 ? (
        <p data-testid="hr-site-empty">{i18n.t('hrsites.empty')}</p>
      ) : (
        <ul data-testid="hr-site-list">
          {patterns.map((p) => (
            <li key={p} class="row">
              <span>{describePattern(p)}</span>
              <button
                type="button"
                class="secondary"
                onClick={() => void onRevoke(p)}
                aria-label={i18n.t('hrsites.removeLabel', { site: describePattern(p) })}
              >
                {i18n.t('hrsites.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={grant}>
        <label class="row">
          <span>{i18n.t('hrsites.address')}</span>
          <input
            type="text"
            name="hr-site"
            data-testid="hr-site-input"
            placeholder="https://acme.bamboohr.com"
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="hr-site-grant">
          {i18n.t('hrsites.allow')}
        </button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}
