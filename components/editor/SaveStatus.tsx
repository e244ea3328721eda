import type { OpenConflict, SessionNote, SessionSnapshot } from '@/lib/drafts/editor/session';
import { i18n } from '#i18n';
import { fieldLabel as labelOfField, say } from '../format';

function fieldLabel(key: OpenConflict['change']['key']): string {
  return key === 'excluded' || key === 'putBack' ? i18n.t('editor.colInclude') : labelOfField(key);
}

function shownValue(value: OpenConflict['theirs']): string {
  if (typeof value === 'boolean') return value ? i18n.t('editor.valueExcluded') : i18n.t('editor.valueIncluded');
  return value === null ? i18n.t('editor.valueFromFile') : i18n.t('editor.quoted', { value });
}

export interface SaveStatusProps {
  snapshot: SessionSnapshot;
  onRetry(): void;
  onDismiss(): void;
  onUseMine(id: number): void;
  onKeepTheirs(id: number): void;
}

function noteText(note: SessionNote): string {
  if (note.kind === 'changedElsewhere') return i18n.t('editor.changedElsewhere', note.rows);
  return i18n.t(note.kind === 'undone' ? 'editor.undoneNote' : 'editor.redoneNote', { label: note.label });
}

/** Whether the work is saved, what went wrong, and edits another tab got to first. */
export function SaveStatus({ snapshot, onRetry, onDismiss, onUseMine, onKeepTheirs }: SaveStatusProps) {
  const { failure, conflicts, saving, otherTabs, note } = snapshot;
  return (
    <div class="save-status stack">
      <p class="muted small" role="status" data-testid="save-state">
        {saving ? i18n.t('editor.saving') : failure ? i18n.t('editor.notSaved') : i18n.t('editor.allSaved')}
        {otherTabs > 0 && i18n.t('editor.otherTabs', otherTabs)}
        {note && ` · ${noteText(note)}`}
      </p>
      {failure && (
        <div class="notice notice-error" role="alert" data-testid="save-error">
          <p>{say(failure.message, failure.said)}</p>
          {failure.unsaved.length > 0 && failure.kind !== 'gone' && failure.kind !== 'closed' && (
            <button type="button" onClick={onRetry} data-testid="retry-save">
              {i18n.t('editor.tryAgain')}
            </button>
          )}{' '}
          <button type="button" class="secondary" onClick={onDismiss}>
            {i18n.t('editor.dismiss')}
          </button>
        </div>
      )}
      {conflicts.map((c) => (
        <div key={c.id} class="notice notice-warning" role="alert" data-testid="conflict">
          <p>
            {i18n.t('editor.conflict', {
              row: c.change.index + 1,
              field: fieldLabel(c.change.key),
              theirs: shownValue(c.theirs),
              mine: shownValue(c.change.to),
              action: c.action,
            })}
          </p>
          <button type="button" class="secondary" data-testid="keep-theirs" onClick={() => onKeepTheirs(c.id)}>
            {i18n.t('editor.keep', { value: shownValue(c.theirs) })}
          </button>{' '}
          <button type="button" data-testid="use-mine" onClick={() => onUseMine(c.id)}>
            {i18n.t('editor.use', { value: shownValue(c.change.to) })}
          </button>
        </div>
      ))}
    </div>
  );
}
