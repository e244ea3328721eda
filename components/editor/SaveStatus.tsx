import type { OpenConflict, SessionSnapshot } from '@/lib/drafts/editor/session';
import { MOS_FIELD_LABELS } from '@/lib/mos/schema';

function fieldLabel(key: OpenConflict['change']['key']): string {
  return key === 'excluded' ? 'Include' : MOS_FIELD_LABELS[key];
}

function shownValue(value: OpenConflict['theirs']): string {
  if (typeof value === 'boolean') return value ? 'excluded' : 'included';
  return value === null ? 'the file’s value' : `“${value}”`;
}

export interface SaveStatusProps {
  snapshot: SessionSnapshot;
  onRetry(): void;
  onDismiss(): void;
  onUseMine(id: number): void;
  onKeepTheirs(id: number): void;
}

/** Whether the work is saved, what went wrong, and edits another tab got to first. */
export function SaveStatus({ snapshot, onRetry, onDismiss, onUseMine, onKeepTheirs }: SaveStatusProps) {
  const { failure, conflicts, saving, otherTabs, note } = snapshot;
  return (
    <div class="save-status stack">
      <p class="muted small" role="status" data-testid="save-state">
        {saving ? 'Saving…' : failure ? 'Not everything is saved' : 'All changes saved'}
        {otherTabs > 0 && ` · also open in ${otherTabs === 1 ? 'another tab' : `${otherTabs} other tabs`}`}
        {note && ` · ${note}`}
      </p>
      {failure && (
        <div class="notice notice-error" role="alert" data-testid="save-error">
          <p>{failure.message}</p>
          {failure.unsaved.length > 0 && failure.kind !== 'gone' && failure.kind !== 'closed' && (
            <button type="button" onClick={onRetry} data-testid="retry-save">
              Try again
            </button>
          )}{' '}
          <button type="button" class="secondary" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      {conflicts.map((c) => (
        <div key={c.id} class="notice notice-warning" role="alert" data-testid="conflict">
          <p>
            Row {c.change.index + 1}, {fieldLabel(c.change.key)}: another tab saved {shownValue(c.theirs)} while you were
            changing it to {shownValue(c.change.to)} ({c.action}). Nothing was overwritten.
          </p>
          <button type="button" class="secondary" data-testid="keep-theirs" onClick={() => onKeepTheirs(c.id)}>
            Keep {shownValue(c.theirs)}
          </button>{' '}
          <button type="button" data-testid="use-mine" onClick={() => onUseMine(c.id)}>
            Use {shownValue(c.change.to)}
          </button>
        </div>
      ))}
    </div>
  );
}
