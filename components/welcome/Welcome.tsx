import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import { describePattern } from '@/lib/settings/mos-origins';
import { Notice } from '../Notice';
import './welcome.css';

export interface WelcomeProps {
  /** The mOS addresses granted so far. */
  patterns: readonly string[];
  /** Called from the click itself: the browser asks the admin only during a user gesture. Resolves to a problem, if any. */
  onGrant(address: string): Promise<string | undefined>;
  editorUrl: string;
  optionsUrl: string;
}

/** The first run: where the roster comes from, the mOS address with its Grant button, and done. */
export function Welcome({ patterns, onGrant, editorUrl, optionsUrl }: WelcomeProps) {
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const granted = patterns.length > 0;
  const submit = (e: Event) => {
    e.preventDefault();
    setProblem(undefined);
    setBusy(true);
    void onGrant(address)
      .then((text) => {
        setProblem(text);
        if (!text) setAddress('');
      })
      .finally(() => setBusy(false));
  };
  return (
    <main class="welcome" data-testid="welcome">
      <h1>{i18n.t('welcome.title')}</h1>
      <p class="muted lead">{i18n.t('welcome.intro')}</p>
      <ol class="steps">
        <li class="step card">
          <h2>
            <span class="step-number" aria-hidden="true">1</span>
            {i18n.t('welcome.sources.title')}
          </h2>
          <ul class="sources">
            <li>
              <h3>{i18n.t('welcome.sources.hrTitle')}</h3>
              <p>{i18n.t('welcome.sources.hrHow')}</p>
            </li>
            <li>
              <h3>{i18n.t('welcome.sources.fileTitle')}</h3>
              <p>
                {i18n.t('welcome.sources.fileHow')}{' '}
                <a href={editorUrl} target="_blank" rel="noreferrer">
                  {i18n.t('welcome.sources.openEditor')}
                </a>
              </p>
            </li>
            <li>
              <h3>{i18n.t('welcome.sources.typeTitle')}</h3>
              <p>{i18n.t('welcome.sources.typeHow')}</p>
            </li>
          </ul>
        </li>
        <li class="step card">
          <h2>
            <span class="step-number" aria-hidden="true">2</span>
            {i18n.t('welcome.mos.title')}
          </h2>
          <p>{i18n.t('welcome.mos.why')}</p>
          <form class="row grant" onSubmit={submit}>
            <label for="welcome-mos-address">{i18n.t('welcome.mos.label')}</label>
            <input
              id="welcome-mos-address"
              type="text"
              data-testid="welcome-mos-input"
              placeholder="https://app.mos.example"
              autoComplete="url"
              spellcheck={false}
              value={address}
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={problem ? 'welcome-mos-problem' : undefined}
              onInput={(e) => setAddress(e.currentTarget.value)}
            />
            <button type="submit" data-testid="welcome-mos-grant" disabled={busy}>
              {i18n.t('welcome.mos.grant')}
            </button>
          </form>
          {problem && (
            <p id="welcome-mos-problem" role="alert" class="error">
              {problem}
            </p>
          )}
          {granted && (
            <ul class="granted" data-testid="welcome-mos-granted">
              {patterns.map((pattern) => (
                <li key={pattern}>
                  <span class="ok" aria-hidden="true">✓ </span>
                  {i18n.t('welcome.mos.allowed', { site: describePattern(pattern) })}
                </li>
              ))}
            </ul>
          )}
          <p class="muted small">{i18n.t('welcome.mos.later')}</p>
        </li>
        <li class={`step card ${granted ? 'done' : ''}`} data-testid="welcome-done">
          <h2>
            <span class="step-number" aria-hidden="true">3</span>
            {i18n.t('welcome.done.title')}
          </h2>
          {granted ? <Notice kind="ok">{i18n.t('welcome.done.ready')}</Notice> : <p>{i18n.t('welcome.done.notYet')}</p>}
          <p class="small">
            <a href={optionsUrl} target="_blank" rel="noreferrer">
              {i18n.t('welcome.done.settings')}
            </a>
          </p>
        </li>
      </ol>
    </main>
  );
}
