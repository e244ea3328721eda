import type { ColumnMapping, MappableField } from '../mapping';
import type { SourceOrigin } from '../source-table';

/** What a field gets when no column fills it and the admin has not edited it. */
export interface DraftDefaults {
  mos_enable: boolean;
  mos_opportunity: boolean;
  course_enrollments: string[];
}

export interface DraftMeta {
  id: string;
  name: string;
  origin: SourceOrigin;
  headers: string[];
  mapping: ColumnMapping;
  defaults: DraftDefaults;
  rowCount: number;
  createdAt: number;
  updatedAt: number;
}

/** One source row and the admin's work on it; saved on its own so an edit never rewrites the draft. */
export interface DraftRow {
  draftId: string;
  index: number;
  cells: string[];
  edits: Partial<Record<MappableField, string>>;
  excluded: boolean;
}

export interface Draft {
  meta: DraftMeta;
  rows: DraftRow[];
}

/** Every file counts user_ids against one organisation's counter; settings will name organisations. */
export const DEFAULT_ORG_KEY = 'default';

export const DEFAULT_SEATS: DraftDefaults = {
  // Enable is the seat people are invited for; Opportunity needs licenses many teams lack.
  mos_enable: true,
  mos_opportunity: false,
  course_enrollments: [],
};
