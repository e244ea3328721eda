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
}

/** The grid's columns: row tools first, then the mOS fields in template order (labels read once, as the page opens). */
export const GRID_COLUMNS: readonly GridColumn[] = [
  { id: 'select', label: i18n.t('editor.colSelect'), width: 44 },
  { id: 'index', label: i18n.t('editor.colRow'), width: 64, sortKey: 'index' },
  { id: 'include', label: i18n.t('editor.colInclude'), width: 72 },
  { id: 'status', label: i18n.t('editor.colStatus'), width: 210, sortKey: 'status' },
  { id: 'first_name', label: fieldLabel('first_name'), width: 140, sortKey: 'first_name' },
  { id: 'last_name', label: fieldLabel('last_name'), width: 150, sortKey: 'last_name' },
  { id: 'email', label: fieldLabel('email'), width: 250, sortKey: 'email' },
  { id: 'job_title', label: fieldLabel('job_title'), width: 190, sortKey: 'job_title' },
  { id: 'mos_enable', label: fieldLabel('mos_enable'), width: 100, sortKey: 'mos_enable' },
  { id: 'mos_opportunity', label: fieldLabel('mos_opportunity'), width: 130, sortKey: 'mos_opportunity' },
  { id: 'course_enrollments', label: fieldLabel('course_enrollments'), width: 300, sortKey: 'course_enrollments' },
];

export const ROW_HEIGHT = 40;
export const HEADER_HEIGHT = 42;
/** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
export const OVERSCAN = 8;
/** Never more DOM rows than this, whatever the screen height. */
export const MAX_RENDERED_ROWS = 160;

export function cellId(rowIndex: number, column: ColumnId): string {
  return `cell-${rowIndex}-${column}`;
}
