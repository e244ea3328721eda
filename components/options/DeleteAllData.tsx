import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Notice } from '../Notice';

export interface DeleteAllDataProps {
  onDelete(): Promise<string>;
}

/** One place to remove everything the extension keeps, with a second click to be sure. */
export function DeleteAllData({ onDelete }: DeleteAllDataProps) {
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const erase = () => {
    setConfirming(false);
    onDelete().then(
      (text) => setResult({ kind: 'ok', text }),
      (e: unknown) => setResult({ kind: 'error', text: i18n.t('options.deleteAll.failed', [e instanceof Error ? e.message : String(e)]) }),
    );
  };
  return (
    <section class="card stack" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">{i18n.t('options.deleteAll.title')}</h2>
      <p class="muted">{i18n.t('options.deleteAll.intro')}</p>
      {confirming ? (
        <div class="row">
          <button type="button" data-testid="delete-all-confirm" onClick={erase}>
            {i18n.t('options.deleteAll.confirm')}
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            {i18n.t('options.deleteAll.keep')}
          </button>
        </div>
      ) : (
        <button type="button" class="secondary" data-testid="delete-all" onClick={() => setConfirming(true)}>
          {i18n.t('options.deleteAll.start')}
        </button>
      )}
      {result && <Notice kind={result.kind}>{result.text}</Notice>}
    </section>
  );
}
