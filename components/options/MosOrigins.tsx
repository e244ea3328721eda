import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { GrantedSites } from './GrantedSites';

/** An mOS address IT preset by policy; the browser still wants one click before the panel may appear there. */
export interface PresetOrigin {
  address: string;
  granted: boolean;
}

export interface MosOriginsProps {
  patterns: readonly string[];
  presets?: readonly PresetOrigin[];
  /** Called from the click itself: the browser asks the admin only during a user gesture. */
  onGrant(address: string): Promise<string | undefined>;
  onRevoke(pattern: string): Promise<void>;
}

/** Where the mOS panel may appear: the admin grants each mOS address, and can take it back. */
export function MosOrigins({ patterns, presets = [], onGrant, onRevoke }: MosOriginsProps) {
  const [error, setError] = useState<string>();
  const grantPreset = (preset: string) => {
    setError(undefined);
    void onGrant(preset).then((problem) => problem && setError(problem));
  };

  return (
    <section class="card stack" aria-labelledby="mos-origins-title">
      <h2 id="mos-origins-title">{i18n.t('options.origins.title')}</h2>
      <p class="muted">{i18n.t('options.origins.intro')}</p>
      {presets.length > 0 && (
        <div class="stack" data-testid="mos-origin-presets">
          <h3 class="small">{i18n.t('options.origins.presetTitle')}</h3>
          <p class="muted small">{i18n.t('options.origins.presetHelp')}</p>
          <ul>
            {presets.map((preset) => (
              <li key={preset.address} class="row" data-testid="mos-origin-preset">
                <span>{preset.address}</span>
                {preset.granted ? (
                  <span class="ok small">{i18n.t('options.origins.presetGranted')}</span>
                ) : (
                  <button type="button" data-testid="mos-origin-preset-grant" onClick={() => grantPreset(preset.address)}>
                    {i18n.t('options.origins.presetGrant')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <GrantedSites
        kind="mos-origin"
        patterns={patterns}
        onGrant={onGrant}
        onRevoke={onRevoke}
        error={error}
        onError={setError}
        text={{
          empty: i18n.t('options.origins.empty'),
          remove: i18n.t('options.origins.remove'),
          removeLabel: (site) => i18n.t('options.origins.removeLabel', [site]),
          address: i18n.t('options.origins.addressLabel'),
          grant: i18n.t('options.origins.grant'),
          placeholder: 'https://app.mos.example',
        }}
      />
    </section>
  );
}
