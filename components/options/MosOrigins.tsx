import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { describePattern } from '@/lib/settings/mos-origins';
import { Notice } from '../Notice';

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
      {patterns.length === 0 ? (
        <p data-testid="mos-origin-empty">{i18n.t('options.origins.empty')}</p>
      ) : (
        <ul data-testid="mos-origin-list">
          {patterns.map((p) => (
            <li key={p} class="row">
              <span>{describePattern(p)}</span>
              <button
                type="button"
                class="secondary"
                onClick={() => void onRevoke(p)}
                aria-label={i18n.t('options.origins.removeLabel', [describePattern(p)])}
              >
                {i18n.t('options.origins.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={grant}>
        <label class="row">
          <span>{i18n.t('options.origins.addressLabel')}</span>
          <input
            type="text"
            name="mos-origin"
            data-testid="mos-origin-input"
            placeholder="https://app.mos.example"
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid="mos-origin-grant">
          {i18n.t('options.origins.grant')}
        </button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}
