import { i18n } from '#i18n';
import { fieldLabel } from '../format';
import type { MappableField } from '@/lib/mapping';
import type { SortKey } from '@/lib/drafts/editor/view';

export type ColumnId = 'select' | 'index' | 'include' | 'status' | MappableField;

export interface GridColumn {
  id: ColumnId;
  label: string;
  width: number;
  sortKey?: SortKey;
  /** Stays in view while the grid scrolls sideways: the person's row number and name. */
  pinned?: boolean;
}

/**
 * The grid's columns: selection, row number and the person's name first (pinned, as a spreadsheet's first
 * columns), then the row's status and the mOS fields. Widths add up to fit a 1280 px window; the grid
 * shares any further width out, and scrolls sideways on its own when narrower (labels read once, as the page opens).
 */
export const GRID_COLUMNS: readonly GridColumn[] = [
  { id: 'select', label: i18n.t('editor.colSelect'), width: 36, pinned: true },
  { id: 'index', label: i18n.t('editor.colRow'), width: 60, sortKey: 'index', pinned: true },
  { id: 'first_name', label: fieldLabel('first_name'), width: 118, sortKey: 'first_name', pinned: true },
  { id: 'last_name', label: fieldLabel('last_name'), width: 124, sortKey: 'last_name', pinned: true },
  { id: 'status', label: i18n.t('editor.colStatus'), width: 140, sortKey: 'status' },
  { id: 'email', label: fieldLabel('email'), width: 192, sortKey: 'email' },
  { id: 'job_title', label: fieldLabel('job_title'), width: 146, sortKey: 'job_title' },
  { id: 'include', label: i18n.t('editor.colInclude'), width: 92 },
  { id: 'mos_enable', label: fieldLabel('mos_enable'), width: 72, sortKey: 'mos_enable' },
  { id: 'mos_opportunity', label: fieldLabel('mos_opportunity'), width: 104, sortKey: 'mos_opportunity' },
  { id: 'course_enrollments', label: fieldLabel('course_enrollments'), width: 114, sortKey: 'course_enrollments' },
];

/** Where each pinned column sticks, from the grid's left edge. */
export const PINNED_LEFT: ReadonlyMap<ColumnId, number> = (() => {
  const left = new Map<ColumnId, number>();
  let x = 0;
  for (const c of GRID_COLUMNS) {
    if (!c.pinned) break;
    left.set(c.id, x);
    x += c.width;
  }
  return left;
})();

export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 42;
/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
export const OVERSCAN = 8;
/** Never more DOM rows than this, whatever the screen height. */
export const MAX_RENDERED_ROWS = 160;

export function cellId(rowIndex: number, column: ColumnId): string {
  return `cell-${rowIndex}-${column}`;
}
