import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { ExistingMatch } from '@/lib/invite/state';
import { say } from '../format';

export interface ExistingWarningProps {
  matches: readonly ExistingMatch[];
  onLeaveOut(email: string): void;
  /** The safe choice, so the main button: leave everyone already in mOS out, invite the rest. */
  onLeaveOutAll(): void;
  onGoOn(): void;
  onCancel(): void;
}

/** Shown before anything is filled in: inviting a member or a pending invitation again is rarely meant. */
export function ExistingWarning({ matches, onLeaveOut, onLeaveOutAll, onGoOn, onCancel }: ExistingWarningProps) {
  const ref = useRef<HTMLElement>(null);
  // Keyboard users land on the safe choice.
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>('[data-testid=leave-out-all], [data-testid=invite-anyway]')?.focus(), []);
  return (
    <section ref={ref} class="card warning" aria-labelledby="existing-title" data-testid="existing-warning">
      <h2 id="existing-title">{matches.length === 0 ? i18n.t('popup.existing.ready') : i18n.t('popup.existing.already')}</h2>
      {matches.length > 0 ? (
        <>
          <p role="alert">{i18n.t('popup.existing.listed', matches.length)}</p>
          <ul>
            {matches.map((match) => (
              <li key={match.email} data-testid="existing-person" data-email={match.email}>
                <span>
                  <strong>{match.name || match.email}</strong> {i18n.t('popup.existing.who', { email: match.email, status: say(match.status, match.statusSaid) })}
                </span>
                <button type="button" class="secondary small" data-testid="leave-out" onClick={() => onLeaveOut(match.email)}>
                  {i18n.t('popup.existing.leaveOut')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{i18n.t('popup.existing.nobody')}</p>
      )}
      <div class="row">
        {matches.length > 0 ? (
          <>
            <button type="button" data-testid="leave-out-all" onClick={onLeaveOutAll}>
              {i18n.t('popup.existing.leaveOutAll')}
            </button>
            <button type="button" class="secondary" data-testid="invite-anyway" onClick={onGoOn}>
              {i18n.t('popup.existing.anyway')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="invite-anyway" onClick={onGoOn}>
            {i18n.t('popup.existing.goOn')}
          </button>
        )}
        <button type="button" class="secondary" data-testid="cancel-invite" onClick={onCancel}>
          {i18n.t('popup.existing.cancel')}
        </button>
      </div>
    </section>
  );
}
