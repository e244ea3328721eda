import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Notice } from './Notice';
import './mapping.css';

export interface FileImportStatus {
  kind: 'reading' | 'saving' | 'error';
  text: string;
}

export interface FileImportProps {
  onFile(file: File): void;
  status?: FileImportStatus;
  /** What the picker offers, e.g. ".csv,.xlsx". */
  accept: string;
  /** A smaller zone for narrow places such as the panel on the mOS page. */
  compact?: boolean;
}

/** A drop zone with a file picker inside it: drop an export anywhere on it, or choose one. */
export function FileImport({ onFile, status, accept, compact }: FileImportProps) {
  const [over, setOver] = useState(false);
  const busy = status?.kind === 'reading' || status?.kind === 'saving';
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file && !busy) onFile(file);
  };
  return (
    <div
      class={`drop-zone stack${over ? ' over' : ''}`}
      data-testid="file-drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <p>
        <strong>{compact ? i18n.t('files.dropHereCompact') : i18n.t('files.dropHere')}</strong>
        {i18n.t('files.orChoose')}
      </p>
      <label class="row">
        <span class="visually-hidden">{i18n.t('files.exportFile')}</span>
        <input
          type="file"
          accept={accept}
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => {
            take(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {!compact && (
        <p class="muted">
          {i18n.t('files.kinds')}
        </p>
      )}
      {busy && (
        <div class="row" role="status">
          <progress aria-label={status!.text} />
          <span>{status!.text}</span>
        </div>
      )}
      {status?.kind === 'error' && <Notice kind="error">{status.text}</Notice>}
    </div>
  );
}
