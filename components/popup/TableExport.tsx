import type { ComponentChildren } from 'preact';
import { i18n } from '#i18n';
import type { ExportState, PageTables } from '@/lib/messages';
import { formatNumber } from '../format';
import { Notice } from '../Notice';
import { ExportInterrupted } from './ExportInterrupted';
import { ExportProgress } from './ExportProgress';
import { ExportResult } from './ExportResult';
import { TableCandidates } from './TableCandidates';

export interface TableExportProps {
  page?: PageTables;
  picked: number;
  state?: ExportState;
  error?: string;
  draftUrl?(draftId: string): string;
  onPick(index: number): void;
  onExport(): void;
  onStop(): void;
  onResume?(): void;
  onKeep?(): void;
  /** What else the popup offers on this page, below the tables in the same scroll area. */
  children?: ComponentChildren;
}

const RUNNING = new Set(['starting', 'running', 'stopping', 'saving']);

/** The HR-export part of the popup: the tables found, Export (in the footer, however long the list), its progress and its result. */
export function TableExport({ page, picked, state, error, draftUrl, onPick, onExport, onStop, onResume, onKeep, children }: TableExportProps) {
  const running = state && RUNNING.has(state.phase);
  const interrupted = state?.phase === 'interrupted';
  const finished = state && (state.phase === 'done' || state.phase === 'failed');
  const table = running || interrupted ? undefined : page?.tables[picked];
  return (
    <div class="popup-pane">
      <div class="popup-scroll stack">
        {running && <ExportProgress state={state} onStop={onStop} />}
        {interrupted && <ExportInterrupted state={state} onResume={() => onResume?.()} onKeep={() => onKeep?.()} />}
        {!running && !interrupted && (
          <>
            {finished && <ExportResult state={state} draftUrl={state.draftId ? draftUrl?.(state.draftId) : undefined} />}
            {error && <Notice kind="error">{error}</Notice>}
            {!page && !error && <Notice kind="info">{i18n.t('popup.tables.looking')}</Notice>}
            {page && page.tables.length === 0 && <Notice kind="info">{i18n.t('popup.tables.none')}</Notice>}
          </>
        )}
        {page && table && (
          <>
            {page.found !== undefined && page.found > page.tables.length && (
              <p class="muted" data-testid="tables-capped" data-found={page.found}>
                {i18n.t('crawl.tablesCapped', [formatNumber(page.tables.length), formatNumber(page.found)])}
              </p>
            )}
            {page.tables.length > 1 && <p class="muted">{i18n.t('popup.tables.pickAnother')}</p>}
            <TableCandidates tables={page.tables} picked={picked} onPick={onPick} />
          </>
        )}
        {children}
      </div>
      {page && table && (
        <div class="popup-footer stack">
          <button type="button" class="main-action" data-testid="export-table" onClick={onExport}>
            {table.statedTotal !== undefined && table.statedTotal > table.rowCount
              ? i18n.t('popup.tables.exportAll', { total: formatNumber(table.statedTotal) })
              : i18n.t('popup.tables.exportEvery')}
          </button>
          <p class="muted small">{i18n.t('popup.tables.follows')}</p>
        </div>
      )}
    </div>
  );
}
