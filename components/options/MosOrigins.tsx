import { useState } from 'preact/hooks';
import { describePattern } from '@/lib/settings/mos-origins';
import { Notice } from '../Notice';

export interface MosOriginsProps {
  patterns: readonly string[];
  /** Called from the click itself: the browser asks the admin only during a user gesture. */
  onGrant(address: string): Promise<string | undefined>;
  onRevoke(pattern: string): Promise<void>;
}

/** Where the mOS panel may appear: the admin grants each mOS address, and can take it back. */
export function MosOrigins({ patterns, onGrant, onRevoke }: MosOriginsProps) {
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
    <section class="card stack" aria-labelledby="mos-origins-title">
      <h2 id="mos-origins-title">Your mOS address</h2>
      <p class="muted">
        The import panel appears on the My Organization screen of the addresses listed here, and nowhere else.
      </p>
      {patterns.length === 0 ? (
        <p data-testid="mos-origin-empty">No mOS address yet.</p>
      ) : (
        <ul data-testid="mos-origin-list">
          {patterns.map((p) => (
            <li key={p} class="row">
              <span>{describePattern(p)}</span>
              <button type="button" class="secondary" onClick={() => void onRevoke(p)} aria-label={`Remove ${describePattern(p)}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={grant}>
        <label class="row">
          <span>mOS address</span>
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
          Allow
        </button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
    </section>
  );
}
