import { displayName, programNames, type InviteValues } from '@/lib/invite/person';

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
  const seats = [values.mos_enable && 'Enable', values.mos_opportunity && 'Opportunity'].filter(Boolean).join(' + ') || 'no seat';
  const programs = programNames(values.course_enrollments);
  return [values.job_title.trim(), values.permissions.trim(), seats, programs.length ? programs.join(', ') : 'no programs']
    .filter(Boolean)
    .join(' · ');
}

/** The people waiting to be invited, each with what will be sent. */
export function InviteQueue({ people, canEdit, onEdit, onRemove }: InviteQueueProps) {
  if (people.length === 0) return null;
  return (
    <section class="queue" aria-label="People to invite">
      <h2>
        To invite <span class="count">{people.length}</span>
      </h2>
      <ol data-testid="invite-queue">
        {people.map(({ values, problem, existing }, index) => (
          <li key={`${values.email}-${index}`} data-testid="queued-person" data-email={values.email.trim().toLowerCase()} class={problem ? 'has-problem' : undefined}>
            <div class="who">
              <strong>{displayName(values)}</strong>
              <span class="muted">{values.email.trim()}</span>
              <span class="muted small">{summary(values)}</span>
              {problem && <span class="field-error">{problem}</span>}
              {existing && !problem && <span class="field-note">Already in mOS: {existing}.</span>}
            </div>
            <div class="row-actions">
              <button
                type="button"
                class="link"
                data-testid="edit-person"
                disabled={!canEdit}
                title={canEdit ? undefined : 'Add or clear the person in the form first'}
                onClick={() => onEdit(index)}
              >
                Edit
              </button>
              <button type="button" class="link" data-testid="remove-person" onClick={() => onRemove(index)}>
                Remove<span class="visually-hidden"> {displayName(values)}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
