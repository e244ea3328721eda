import { formatNumber } from '../format';
import { i18n } from '#i18n';
import type { ExportState } from '@/lib/messages';

const DOING: Record<NonNullable<ExportState['activity']>, () => string> = {
  reading: () => i18n.t('popup.progress.reading'),
  scrolling: () => i18n.t('popup.progress.scrolling'),
  'next-page': () => i18n.t('popup.progress.nextPage'),
  'loading-more': () => i18n.t('popup.progress.loadingMore'),
};

export interface ExportProgressProps {
  state: ExportState;
  onStop(): void;
}

function doing(state: ExportState): string {
  if (state.phase === 'starting') return i18n.t('popup.progress.starting');
  if (state.phase === 'stopping') return i18n.t('popup.progress.stopping');
  if (state.phase === 'saving') return i18n.t('popup.progress.saving');
  return state.activity ? DOING[state.activity]() : i18n.t('popup.progress.reading');
}

/** Rows so far and the page being read, with Stop, which keeps what was read. */
export function ExportProgress({ state, onStop }: ExportProgressProps) {
  const { rows, page, statedTotal, phase } = state;
  return (
    <section class="card stack" data-testid="export-progress" data-phase={phase} data-rows={rows} data-kept={state.kept ?? 0} data-page={page}>
      <p role="status">
        {doing(state)}… <strong data-testid="export-rows">{formatNumber(rows)}</strong>{' '}
        {statedTotal !== undefined
          ? i18n.t('popup.progress.ofTotal', { total: formatNumber(statedTotal) })
          : i18n.t('popup.progress.soFar')}
        {page > 1 ? i18n.t('popup.progress.page', { page }) : ''}.
      </p>
      {statedTotal !== undefined && statedTotal > 0 && (
        <progress max={statedTotal} value={Math.min(rows, statedTotal)} aria-label={i18n.t('popup.progress.rowsRead')} style={{ width: '100%' }} />
      )}
      <p class="muted">{i18n.t('popup.progress.closeOk')}</p>
      <button type="button" class="secondary" data-testid="export-stop" disabled={phase !== 'running' && phase !== 'starting'} onClick={onStop}>
        {i18n.t('popup.progress.stop')}
      </button>
    </section>
  );
}
