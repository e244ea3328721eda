import { i18n } from '#i18n';
import { formatNumber } from '../format';
import type { ModelCounts } from '@/lib/drafts/editor/model';
import { FILTERS, type Filter } from '@/lib/drafts/editor/view';

const LABELS: Record<Filter, () => string> = {
  all: () => i18n.t('editor.filterAll'),
  errors: () => i18n.t('editor.filterErrors'),
  warnings: () => i18n.t('editor.filterWarnings'),
  duplicates: () => i18n.t('editor.filterDuplicates'),
  excluded: () => i18n.t('editor.filterExcluded'),
};

function countFor(filter: Filter, counts: ModelCounts): number {
  return filter === 'all' ? counts.rows : counts[filter];
}

export interface FilterBarProps {
  filter: Filter;
  search: string;
  counts: ModelCounts;
  shown: number;
  stale: boolean;
  undoLabel?: string;
  redoLabel?: string;
  onFilter(filter: Filter): void;
  onSearch(text: string): void;
  onRefresh(): void;
  onUndo(): void;
  onRedo(): void;
}

/** Filters with their counts, search, and undo/redo. */
export function FilterBar(props: FilterBarProps) {
  const { filter, search, counts, shown, stale, undoLabel, redoLabel } = props;
  return (
    <div class="filter-bar">
      <div class="segmented" role="group" aria-label={i18n.t('editor.showRows')}>
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            class={f === filter ? 'segment active' : 'segment'}
            aria-pressed={f === filter}
            data-testid={`filter-${f}`}
            onClick={() => props.onFilter(f)}
          >
            {LABELS[f]()} <span class="count">{formatNumber(countFor(f, counts))}</span>
          </button>
        ))}
      </div>
      <label class="search">
        <span class="sr-only">{i18n.t('editor.searchRows')}</span>
        <input
          type="search"
          placeholder={i18n.t('editor.searchPlaceholder')}
          value={search}
          data-testid="search"
          onInput={(e) => props.onSearch(e.currentTarget.value)}
        />
      </label>
      <span class="muted small" role="status" data-testid="shown-count">
        {i18n.t('editor.shown', { count: formatNumber(shown) })}
        {counts.unchecked > 0 && i18n.t('editor.checking', { count: formatNumber(counts.unchecked) })}
      </span>
      {stale && (
        <button type="button" class="link-button" data-testid="refresh-view" onClick={props.onRefresh}>
          {i18n.t('editor.updateList')}
        </button>
      )}
      <span class="spacer-flex" />
      <button type="button" class="secondary" data-testid="undo" disabled={!undoLabel} title={undoLabel ? i18n.t('editor.undoTitle', { label: undoLabel }) : i18n.t('editor.nothingToUndo')} onClick={props.onUndo}>
        {i18n.t('editor.undo')}
      </button>
      <button type="button" class="secondary" data-testid="redo" disabled={!redoLabel} title={redoLabel ? i18n.t('editor.redoTitle', { label: redoLabel }) : i18n.t('editor.nothingToRedo')} onClick={props.onRedo}>
        {i18n.t('editor.redo')}
      </button>
    </div>
  );
}
