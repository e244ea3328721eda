import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { DialogActions, Modal } from './Modal';

export interface DuplicateCandidate {
  index: number;
  name: string;
  jobTitle: string;
  seats: string;
  programs: string;
  excluded: boolean;
}

export interface DuplicateChooserProps {
  email: string;
  candidates: readonly DuplicateCandidate[];
  onKeep(index: number): void;
  onCancel(): void;
}

/** Rows sharing an email side by side; the admin keeps one and the others are excluded. */
export function DuplicateChooser({ email, candidates, onKeep, onCancel }: DuplicateChooserProps) {
  const firstIncluded = candidates.find((c) => !c.excluded) ?? candidates[0];
  const [keep, setKeep] = useState(firstIncluded?.index);
  return (
    <Modal title={i18n.t('editor.duplicatesTitle', { count: candidates.length, email })} onClose={onCancel} testId="duplicate-chooser" wide>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (keep !== undefined) onKeep(keep);
        }}
      >
        <p>{i18n.t('editor.duplicatesHelp')}</p>
        <fieldset class="duplicate-list">
          <legend class="sr-only">{i18n.t('editor.rowToKeep')}</legend>
          {candidates.map((c) => (
            <label key={c.index} class="duplicate-option" data-testid="duplicate-option" data-row={c.index}>
              <input type="radio" name="keep" checked={keep === c.index} onChange={() => setKeep(c.index)} />
              <span>
                <strong>{i18n.t('editor.rowN', { row: c.index + 1 })}</strong>: {c.name || i18n.t('editor.noName')} · {c.jobTitle || i18n.t('editor.noJobTitle')}
                <br />
                <span class="muted small">
                  {c.seats} · {c.programs || i18n.t('editor.noPrograms')}
                  {c.excluded ? i18n.t('editor.excludedNow') : ''}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <DialogActions onCancel={onCancel}>
          <button type="submit" data-testid="keep-duplicate">
            {i18n.t('editor.keepRow', { row: keep === undefined ? '' : keep + 1 })}
          </button>
        </DialogActions>
      </form>
    </Modal>
  );
}
