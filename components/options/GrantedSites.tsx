import { useState } from 'preact/hooks';
import { describePattern } from '@/lib/settings/mos-origins';
import { Notice } from '../Notice';

/** The words of one kind of granted site (mOS addresses, HR sites), already in the admin's language. */
export interface GrantedSitesText {
  empty: string;
  remove: string;
  removeLabel(site: string): string;
  address: string;
  grant: string;
  placeholder: string;
}

export interface GrantedSitesProps {
  /** Prefix of the testids: `${kind}-list`, `${kind}-empty`, `${kind}-input`, `${kind}-grant`. */
  kind: string;
  patterns: readonly string[];
  text: GrantedSitesText;
  /** Called from the click itself: the browser asks the admin only during a user gesture. */
  onGrant(address: string): Promise<string | undefined>;
  onRevoke(pattern: string): Promise<void>;
  /** A problem found outside the form (a preset's grant), shown where the form's own would be. */
  error?: string;
  onError?(problem: string | undefined): void;
}

/** Sites granted one by one from a typed address, each with Remove: the list and the form under it. */
export function GrantedSites({ kind, patterns, text, onGrant, onRevoke, error: outsideError, onError }: GrantedSitesProps) {
  const [address, setAddress] = useState('');
  const [ownError, setOwnError] = useState<string>();
  const setError = (problem: string | undefined) => (onError ? onError(problem) : setOwnError(problem));
  const error = onError ? outsideError : ownError;

  const grant = (event: Event) => {
    event.preventDefault();
    setError(undefined);
    void onGrant(address).then((problem) => {
      if (problem) setError(problem);
      else setAddress('');
    });
  };

  return (
    <>
      {patterns.length === 0 ? (
        <p data-testid={`${kind}-empty`}>{text.empty}</p>
      ) : (
        <ul data-testid={`${kind}-list`}>
          {patterns.map((p) => (
            <li key={p} class="row">
              <span>{describePattern(p)}</span>
              <button type="button" class="secondary" onClick={() => void onRevoke(p)} aria-label={text.removeLabel(describePattern(p))}>
                {text.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={grant}>
        <label class="row">
          <span>{text.address}</span>
          <input
            type="text"
            name={kind}
            data-testid={`${kind}-input`}
            placeholder={text.placeholder}
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
        </label>
        <button type="submit" data-testid={`${kind}-grant`}>
          {text.grant}
        </button>
      </form>
      {error && <Notice kind="error">{error}</Notice>}
    </>
  );
}
