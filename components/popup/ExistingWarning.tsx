import { useEffect, useRef } from 'preact/hooks';
import type { ExistingMatch } from '@/lib/invite/state';

export interface ExistingWarningProps {
  matches: readonly ExistingMatch[];
  onLeaveOut(email: string): void;
  onGoOn(): void;
  onCancel(): void;
}

/** Shown before anything is filled in: inviting a member or a pending invitation again is rarely meant. */
export function ExistingWarning({ matches, onLeaveOut, onGoOn, onCancel }: ExistingWarningProps) {
  const ref = useRef<HTMLElement>(null);
  // Keyboard users land on the first choice the warning asks for.
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>('button')?.focus(), []);
  return (
    <section ref={ref} class="card warning" aria-labelledby="existing-title" data-testid="existing-warning">
      <h2 id="existing-title">{matches.length === 0 ? 'Ready to go on' : 'Already in mOS'}</h2>
      {matches.length > 0 ? (
        <>
          <p role="alert">mOS lists {matches.length === 1 ? 'this person' : 'these people'} already. Leave them out, or invite them anyway.</p>
          <ul>
            {matches.map((match) => (
              <li key={match.email} data-testid="existing-person" data-email={match.email}>
                <span>
                  <strong>{match.name || match.email}</strong> ({match.email}) {match.status}.
                </span>
                <button type="button" class="secondary small" data-testid="leave-out" onClick={() => onLeaveOut(match.email)}>
                  Leave out
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nobody left on the list is in mOS yet.</p>
      )}
      <div class="row">
        <button type="button" data-testid="invite-anyway" onClick={onGoOn}>
          {matches.length > 0 ? 'Invite anyway' : 'Go on'}
        </button>
        <button type="button" class="secondary" data-testid="cancel-invite" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
