import { i18n } from '#i18n';
import { displayName, programNames, type InviteValues } from '@/lib/sources/invite/person';

export interface QueuedPerson {
  values: InviteValues;
  problem?: string;
  /** Set when the address is already in mOS, e.g. "has a pending invitation". */
  existing?: string;
}

export interface InviteQueueProps {
  people: readonly QueuedPerson[];
  canEdit: boolean;
  onEdit(index: number): void;
  onRemove(index: number): void;
}

function summary(values: InviteValues): string {
  const seats =
    [values.mos_enable && i18n.t('popup.queue.enable'), values.mos_opportunity && i18n.t('popup.queue.opportunity')].filter(Boolean).join(' + ') ||
    i18n.t('popup.queue.noSeat');
  const programs = programNames(values.course_enrollments);
  return [values.job_title.trim(), values.permissions.trim(), seats, programs.length ? programs.join(', ') : i18n.t('popup.queue.noPrograms')]
    .filter(Boolean)
    .join(' · ');
}

/** The people waiting to be invited, each with what will be sent. */
export function InviteQueue({ people, canEdit, onEdit, onRemove }: InviteQueueProps) {
  if (people.length === 0) return null;
  return (
    <section class="queue" aria-label={i18n.t('popup.queue.label')}>
      <h2>
        {i18n.t('popup.queue.title')} <span class="count">{people.length}</span>
      </h2>
      <ol data-testid="invite-queue">
        {people.map(({ values, problem, existing }, index) => (
          <li key={`${values.email}-${index}`} data-testid="queued-person" data-email={values.email.trim().toLowerCase()} class={problem ? 'has-problem' : undefined}>
            <div class="who">
              <strong>{displayName(values)}</strong>
              <span class="muted">{values.email.trim()}</span>
              <span class="muted small">{summary(values)}</span>
              {problem && <span class="field-error">{problem}</span>}
              {existing && !problem && <span class="field-note">{i18n.t('popup.queue.existing', { status: existing })}</span>}
            </div>
            <div class="row-actions">
              <button
                type="button"
                class="link"
                data-testid="edit-person"
                disabled={!canEdit}
                title={canEdit ? undefined : i18n.t('popup.queue.editBlocked')}
                onClick={() => onEdit(index)}
              >
                {i18n.t('popup.queue.edit')}
              </button>
              <button type="button" class="link" data-testid="remove-person" onClick={() => onRemove(index)}>
                {i18n.t('popup.queue.remove')}
                <span class="visually-hidden"> {displayName(values)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
