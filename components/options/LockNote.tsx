import { i18n } from '#i18n';

/** Beside a control IT set by policy: the admin sees why it does not move. */
export function LockNote() {
  return (
    <p class="small muted lock-note" data-testid="locked-note">
      <span aria-hidden="true">🔒 </span>
      {i18n.t('options.locked')}
    </p>
  );
}
