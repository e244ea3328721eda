import { useEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import { useFileDrop } from './file-drop';
import { FileInput } from './FileInput';
import { Notice } from './Notice';
import './mapping.css';

export interface FileImportStatus {
  kind: 'reading' | 'saving' | 'error';
  text: string;
  /** How far, 0–100, for the progress bar; without it the bar just shows that work goes on. */
  percent?: number;
}

export interface FileImportProps {
  onFile(file: File): void;
  status?: FileImportStatus;
  /** What the picker offers, e.g. ".csv,.xlsx". */
  accept: string;
  /** A smaller zone for narrow places such as the panel on the mOS page. */
  compact?: boolean;
  /** Open the file dialog as the page opens (the popup sent the admin here to choose a file). */
  openPicker?: boolean;
  /** Offered while a file is read or saved: stops it and keeps nothing of it. */
  onCancel?(): void;
  /** Work on the last file goes on out of sight (a cancelled save being undone): the zone says it is busy. */
  settling?: boolean;
}

/** A drop zone with a file picker inside it: drop an export anywhere on it, or choose one. */
export function FileImport({ onFile, status, accept, compact, openPicker, onCancel, settling }: FileImportProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!openPicker || !input.current) return;
    input.current.focus();
    // Browsers open a file dialog only after a click in this page; then the focused picker waits for Enter or a click.
    try {
      input.current.showPicker();
    } catch {
      // No click yet in this tab: the picker stays focused instead.
    }
  }, [openPicker]);
  const busy = status?.kind === 'reading' || status?.kind === 'saving';
  const { over, zone, picked } = useFileDrop(onFile, busy);
  return (
    <div
      class={`drop-zone stack${over ? ' over' : ''}`}
      data-testid="file-drop-zone"
      aria-busy={busy || settling || undefined}
      {...zone}
    >
      <p>
        <strong>{compact ? i18n.t('files.dropHereCompact') : i18n.t('files.dropHere')}</strong>
        {i18n.t('files.orChoose')}
      </p>
      <FileInput label={i18n.t('files.exportFile')} accept={accept} disabled={busy} inputRef={input} onPick={picked} />
      {!compact && (
        <p class="muted">
          {i18n.t('files.kinds')}
        </p>
      )}
      {busy && (
        <div class="row">
          <progress
            role="progressbar"
            aria-label={i18n.t('perf.importProgress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={status!.percent}
            max={100}
            value={status!.percent}
            data-testid="import-progress"
          />
          <span role="status">{status!.text}</span>
          {onCancel && (
            <button type="button" class="secondary" data-testid="import-cancel" onClick={onCancel}>
              {i18n.t('perf.cancel')}
            </button>
          )}
        </div>
      )}
      {status?.kind === 'error' && <Notice kind="error">{status.text}</Notice>}
    </div>
  );
}
