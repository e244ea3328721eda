import { i18n } from '#i18n';
import { useFileDrop } from '../file-drop';
import { FileInput } from '../FileInput';
import { Notice } from '../Notice';
import './popup.css';

export type PopupImportStatus =
  | { kind: 'reading' | 'saving'; fileName: string; rows?: number }
  | { kind: 'error'; text: string }
  | { kind: 'done'; draftId: string; draftName: string; rows: number; errors: number; leftOut: number; notes: readonly string[] };

export interface PopupFileImportProps {
  status?: PopupImportStatus;
  /** What the picker offers, e.g. ".csv,.xlsx". */
  accept: string;
  /**
   * In the toolbar popup a file dialog closes the popup, so the picker opens the drafts page's import
   * instead; opened as a page (`popup.html?tab=T`) it is an ordinary file input.
   */
  pickInPlace: boolean;
  draftUrl(draftId: string): string;
  onFile(file: File): void;
  onPickElsewhere(): void;
}

function busyText(status: Extract<PopupImportStatus, { kind: 'reading' | 'saving' }>): string {
  return status.kind === 'reading'
    ? i18n.t('popup.import.reading', { file: status.fileName })
    : i18n.t('popup.import.saving', status.rows ?? 0);
}

/** The popup's file door: drop an HR export on it, or pick one; it becomes a new draft like in the editor. */
export function PopupFileImport({ status, accept, pickInPlace, draftUrl, onFile, onPickElsewhere }: PopupFileImportProps) {
  const busy = status?.kind === 'reading' || status?.kind === 'saving';
  const { over, zone, picked } = useFileDrop(onFile, busy);
  return (
    <section
      class={`drop-zone popup-drop stack${over ? ' over' : ''}`}
      data-testid="popup-file-drop"
      aria-labelledby="popup-import-title"
      {...zone}
    >
      <h2 id="popup-import-title">{i18n.t('popup.import.title')}</h2>
      <p class="small">{i18n.t('popup.import.hint')}</p>
      {pickInPlace ? (
        <FileInput label={i18n.t('popup.import.fileLabel')} accept={accept} disabled={busy} onPick={picked} secondary />
      ) : (
        <button type="button" class="secondary" data-testid="popup-pick-file" disabled={busy} onClick={onPickElsewhere}>
          {i18n.t('popup.import.pick')}
        </button>
      )}
      {busy && (
        <div class="row" role="status">
          <progress aria-label={busyText(status)} />
          <span>{busyText(status)}</span>
        </div>
      )}
      {status?.kind === 'error' && <Notice kind="error">{status.text}</Notice>}
      {status?.kind === 'done' && (
        <div
          class="stack"
          data-testid="popup-import-result"
          data-draft-id={status.draftId}
          data-rows={status.rows}
          data-errors={status.errors}
          data-left-out={status.leftOut}
        >
          <Notice kind={status.errors > 0 ? 'warning' : 'ok'}>
            {i18n.t('popup.import.done', status.rows, { name: status.draftName })}{' '}
            {status.leftOut > 0 && `${i18n.t('popup.import.leftOut', status.leftOut)} `}
            {status.errors > 0 ? i18n.t('popup.import.errors', status.errors) : i18n.t('popup.import.noErrors')}
          </Notice>
          {status.notes.length > 0 && (
            <ul class="small muted">
              {status.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <a class="button" href={draftUrl(status.draftId)} target="_blank" data-testid="popup-import-open">
            {i18n.t('popup.import.open')}
          </a>
        </div>
      )}
    </section>
  );
}
