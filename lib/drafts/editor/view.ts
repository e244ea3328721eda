import type { MappableField } from '../../mapping';
import type { DraftModel } from './model';

export const FILTERS = ['all', 'errors', 'warnings', 'duplicates', 'excluded'] as const;
export type Filter = (typeof FILTERS)[number];

export type SortKey = 'index' | 'status' | MappableField;
export interface SortSpec {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

export interface ViewQuery {
  filter: Filter;
  search: string;
  sort: SortSpec;
}

export const DEFAULT_QUERY: ViewQuery = { filter: 'all', search: '', sort: { key: 'index', direction: 'ascending' } };

function passesFilter(model: DraftModel, pos: number, filter: Filter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'excluded':
      return model.isLeftOut(pos);
    case 'errors':
      return model.hasErrors(pos);
    case 'warnings':
      return model.hasWarnings(pos);
    case 'duplicates':
      return model.sharesEmail(pos);
  }
}

/** Status order for sorting: problems first when ascending. */
function statusRank(model: DraftModel, pos: number): number {
  if (model.isLeftOut(pos)) return 3;
  if (model.hasErrors(pos)) return 0;
  if (model.hasWarnings(pos)) return 1;
  return 2;
}

/** A key that plain text comparison orders naturally: no case, no accents, numbers by value. */
export function sortKey(value: string | boolean | string[]): string {
  const text = Array.isArray(value) ? value.join(',') : typeof value === 'boolean' ? (value ? 'true' : 'false') : value;
  return text
    .trim()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\d+/g, (digits) => digits.padStart(12, '0'));
}

/**
 * The rows to show, as positions in the model, for a filter, a search and a sort. Ties keep row order,
 * so the list never shuffles. Keys are worked out once per row and compared as plain text, which keeps
 * a 50,000-row sort in the low tens of milliseconds.
 */
export function buildView(model: DraftModel, query: ViewQuery): number[] {
  const needle = query.search.trim().toLowerCase();
  const shown: number[] = [];
  for (let pos = 0; pos < model.size; pos++) {
    if (!passesFilter(model, pos, query.filter)) continue;
    if (needle !== '' && !model.state(pos).haystack.includes(needle)) continue;
    shown.push(pos);
  }
  const { key, direction } = query.sort;
  const sign = direction === 'ascending' ? 1 : -1;
  const index = (pos: number) => model.rowAt(pos).index;
  if (key === 'index') {
    if (direction === 'descending') shown.reverse();
    return shown;
  }
  if (key === 'status') {
    const ranks = new Map(shown.map((pos) => [pos, statusRank(model, pos)]));
    return shown.sort((a, b) => sign * (ranks.get(a)! - ranks.get(b)!) || index(a) - index(b));
  }
  const keys = new Map(shown.map((pos) => [pos, sortKey(model.state(pos).values[key])]));
  return shown.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return sign * (ka === kb ? 0 : ka < kb ? -1 : 1) || index(a) - index(b);
  });
}
