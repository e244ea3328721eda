import { useState } from 'preact/hooks';
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
      (e: unknown) => setResult({ kind: 'error', text: `Not everything could be deleted: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };
  return (
    <section class="card stack" aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">Delete all data</h2>
      <p class="muted">
        Removes every draft, the user_id counter and history, remembered mappings and settings, and the access you
        granted to mOS and HR sites. Files you downloaded are not touched.
      </p>
      {confirming ? (
        <div class="row">
          <button type="button" data-testid="delete-all-confirm" onClick={erase}>
            Yes, delete everything
          </button>
          <button type="button" class="secondary" onClick={() => setConfirming(false)}>
            Keep my data
          </button>
        </div>
      ) : (
        <button type="button" class="secondary" data-testid="delete-all" onClick={() => setConfirming(true)}>
          Delete all data…
        </button>
      )}
      {result && <Notice kind={result.kind}>{result.text}</Notice>}
    </section>
  );
}
