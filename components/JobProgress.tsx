import { i18n } from '#i18n';

/** A long job under way: how far it is, and a Cancel that stops it and keeps nothing of it. */
export interface JobProgressState {
  /** The bar's accessible name, e.g. "Export progress". */
  label: string;
  /** 0–100. */
  percent: number;
  /** Shown beside the download buttons rather than at the top of the page. */
  nearDownload?: boolean;
}

export function JobProgress({ label, percent, onCancel }: JobProgressState & { onCancel(): void }) {
  return (
    <div class="row">
      <progress
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        max={100}
        value={percent}
        data-testid="job-progress"
      />
      <button type="button" class="secondary" data-testid="job-cancel" onClick={onCancel}>
        {i18n.t('perf.cancel')}
      </button>
    </div>
  );
}
