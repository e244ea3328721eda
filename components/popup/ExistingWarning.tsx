import { i18n } from '#i18n';
import { useEffect, useRef } from 'preact/hooks';
import type { ExistingMatch } from '@/lib/sources/invite/state';

export interface ExistingWarningProps {
  matches: readonly ExistingMatch[];
  /** Everyone on the list is among `matches`: leaving them out leaves nobody to invite. */
  nobodyElse: boolean;
  /** The safe choice, so the main button: leave everyone already in mOS out, invite the rest. */
  onLeaveOutAll(): void;
  onGoOn(): void;
  onCancel(): void;
}

/**
 * Shown in place of "Invite now" before anything is filled in: inviting a member or a pending invitation again is
 * rarely meant. The list above marks each of them; here they are only named.
 */
export function ExistingWarning({ matches, nobodyElse, onLeaveOutAll, onGoOn, onCancel }: ExistingWarningProps) {
  const ref = useRef<HTMLElement>(null);
  // Keyboard users land on the safe choice.
  useEffect(() => ref.current?.querySelector<HTMLButtonElement>('[data-testid=leave-out-all], [data-testid=invite-anyway]')?.focus(), []);
  return (
    <section ref={ref} class="existing stack" aria-labelledby="existing-title" data-testid="existing-warning">
      {matches.length > 0 ? (
        <div role="alert">
          <h2 id="existing-title">{i18n.t('popup.existing.already', matches.length)}</h2>
          <p class="small names">
            {matches.map((match, i) => (
              <span key={match.email} data-testid="existing-person" data-email={match.email}>
                {i > 0 && ', '}
                {match.name || match.email}
              </span>
            ))}
          </p>
        </div>
      ) : (
        <h2 id="existing-title">{i18n.t('popup.existing.nobody')}</h2>
      )}
      <div class="row">
        {matches.length > 0 ? (
          <>
            <button type="button" data-testid="leave-out-all" onClick={onLeaveOutAll}>
              {nobodyElse ? i18n.t('popup.existing.leaveOutOnly') : i18n.t('popup.existing.leaveOutAll')}
            </button>
            <button type="button" class="secondary" data-testid="invite-anyway" onClick={onGoOn}>
              {i18n.t('popup.existing.anyway')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="invite-anyway" onClick={onGoOn}>
            {i18n.t('popup.invite.inviteNow')}
          </button>
        )}
        <button type="button" class="link" data-testid="cancel-invite" onClick={onCancel}>
          {i18n.t('popup.existing.cancel')}
        </button>
      </div>
    </section>
  );
}
