import type { ModelCounts } from '@/lib/drafts/editor/model';
import { FILTERS, type Filter } from '@/lib/drafts/editor/view';

const LABELS: Record<Filter, string> = {
  all: 'All',
  errors: 'Errors',
  warnings: 'Warnings',
  duplicates: 'Duplicates',
  excluded: 'Excluded',
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
      <div class="segmented" role="group" aria-label="Show rows">
        {FILTERS.map((f) => (
          <button
            key={f}
            type="button"
            class={f === filter ? 'segment active' : 'segment'}
            aria-pressed={f === filter}
            data-testid={`filter-${f}`}
            onClick={() => props.onFilter(f)}
          >
            {LABELS[f]} <span class="count">{countFor(f, counts).toLocaleString('en-GB')}</span>
          </button>
        ))}
      </div>
      <label class="search">
        <span class="sr-only">Search rows</span>
        <input
          type="search"
          placeholder="Search names, emails, titles…"
          value={search}
          data-testid="search"
          onInput={(e) => props.onSearch(e.currentTarget.value)}
        />
      </label>
      <span class="muted small" role="status" data-testid="shown-count">
        {shown.toLocaleString('en-GB')} shown
        {counts.unchecked > 0 && ` · checking ${counts.unchecked.toLocaleString('en-GB')} rows…`}
      </span>
      {stale && (
        <button type="button" class="link-button" data-testid="refresh-view" onClick={props.onRefresh}>
          Update the list
        </button>
      )}
      <span class="spacer-flex" />
      <button type="button" class="secondary" data-testid="undo" disabled={!undoLabel} title={undoLabel ? `Undo: ${undoLabel} (Ctrl+Z)` : 'Nothing to undo'} onClick={props.onUndo}>
        Undo
      </button>
      <button type="button" class="secondary" data-testid="redo" disabled={!redoLabel} title={redoLabel ? `Redo: ${redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'} onClick={props.onRedo}>
        Redo
      </button>
    </div>
  );
}
