import type { ExportState } from '@/lib/messages';

const DOING: Record<NonNullable<ExportState['activity']>, string> = {
  reading: 'Reading rows',
  scrolling: 'Scrolling through the table',
  'next-page': 'Opening the next page',
  'loading-more': 'Loading more rows',
};

export interface ExportProgressProps {
  state: ExportState;
  onStop(): void;
}

function doing(state: ExportState): string {
  if (state.phase === 'starting') return 'Starting';
  if (state.phase === 'stopping') return 'Stopping';
  if (state.phase === 'saving') return 'Saving the draft';
  return state.activity ? DOING[state.activity] : 'Reading rows';
}

/** Rows so far and the page being read, with Stop, which keeps what was read. */
export function ExportProgress({ state, onStop }: ExportProgressProps) {
  const { rows, page, statedTotal, phase } = state;
  return (
    <section class="card stack" data-testid="export-progress" data-phase={phase} data-rows={rows} data-kept={state.kept ?? 0} data-page={page}>
      <p role="status">
        {doing(state)}… <strong data-testid="export-rows">{rows.toLocaleString('en-US')}</strong>
        {statedTotal !== undefined ? ` of ${statedTotal.toLocaleString('en-US')}` : ''} rows so far
        {page > 1 ? `, page ${page}` : ''}.
      </p>
      {statedTotal !== undefined && statedTotal > 0 && (
        <progress max={statedTotal} value={Math.min(rows, statedTotal)} aria-label="Rows read" style={{ width: '100%' }} />
      )}
      <p class="muted">You can close this window: the export carries on, and the draft opens when it is done.</p>
      <button type="button" class="secondary" data-testid="export-stop" disabled={phase !== 'running' && phase !== 'starting'} onClick={onStop}>
        Stop and keep the rows read so far
      </button>
    </section>
  );
}
