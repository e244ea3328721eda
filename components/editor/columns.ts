import type { MappableField } from '@/lib/mapping';
import type { SortKey } from '@/lib/drafts/editor/view';

export type ColumnId = 'select' | 'index' | 'include' | 'status' | MappableField;

export interface GridColumn {
  id: ColumnId;
  label: string;
  width: number;
  sortKey?: SortKey;
}

/** The grid's columns: row tools first, then the mOS fields in template order. */
export const GRID_COLUMNS: readonly GridColumn[] = [
  { id: 'select', label: 'Select', width: 44 },
  { id: 'index', label: 'Row', width: 64, sortKey: 'index' },
  { id: 'include', label: 'Include', width: 72 },
  { id: 'status', label: 'Status', width: 120, sortKey: 'status' },
  { id: 'first_name', label: 'First name', width: 140, sortKey: 'first_name' },
  { id: 'last_name', label: 'Last name', width: 150, sortKey: 'last_name' },
  { id: 'email', label: 'Email', width: 250, sortKey: 'email' },
  { id: 'job_title', label: 'Job title', width: 190, sortKey: 'job_title' },
  { id: 'mos_enable', label: 'Enable seat', width: 100, sortKey: 'mos_enable' },
  { id: 'mos_opportunity', label: 'Opportunity seat', width: 130, sortKey: 'mos_opportunity' },
  { id: 'course_enrollments', label: 'Programs', width: 300, sortKey: 'course_enrollments' },
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
