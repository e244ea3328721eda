import { useState } from 'preact/hooks';
import { Modal } from './Modal';

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
    <Modal title={`${candidates.length} rows share ${email}`} onClose={onCancel} testId="duplicate-chooser" wide>
      <form
        class="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (keep !== undefined) onKeep(keep);
        }}
      >
        <p>mOS can invite each email once. Choose the row to invite; the others will be excluded (you can undo this).</p>
        <fieldset class="duplicate-list">
          <legend class="sr-only">Row to keep</legend>
          {candidates.map((c) => (
            <label key={c.index} class="duplicate-option" data-testid="duplicate-option" data-row={c.index}>
              <input type="radio" name="keep" checked={keep === c.index} onChange={() => setKeep(c.index)} />
              <span>
                <strong>Row {c.index + 1}</strong>: {c.name || 'no name'} · {c.jobTitle || 'no job title'}
                <br />
                <span class="muted small">
                  {c.seats} · {c.programs || 'no programs'}
                  {c.excluded ? ' · excluded now' : ''}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <div class="row dialog-actions">
          <button type="button" class="secondary" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" data-testid="keep-duplicate">
            Keep row {keep === undefined ? '' : keep + 1}, exclude the others
          </button>
        </div>
      </form>
    </Modal>
  );
}
