import type { ColumnMapping, LeaveOutKind, MappableField } from '../mapping';
import type { SourceOrigin } from '../sources/source-table';

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
  /** Included rows mOS would reject; kept up to date by every write, so the list never reads rows. */
  errorCount: number;
  excludedCount: number;
  /** Goes up by one with every saved change, so another tab can tell it has missed one. */
  revision: number;
  /** The counts are not known yet (a big draft is counted after it is saved, off the page's way). */
  countsPending?: boolean;
}

/** The fields a saved rule fills in when the file leaves them blank. */
export type PresetField = 'mos_enable' | 'mos_opportunity' | 'course_enrollments';

/** One source row and the admin's work on it; saved on its own so an edit never rewrites the draft. */
export interface DraftRow {
  draftId: string;
  index: number;
  cells: string[];
  edits: Partial<Record<MappableField, string>>;
  /** The admin left this row out. */
  excluded: boolean;
  /** The admin put this row back though a rule leaves it out by default (the rule's verdict is never stored). */
  putBack?: boolean;
  /** Goes up by one with every saved change to this row; two tabs compare it to spot each other's edits. */
  rev: number;
  /** What the organisation's job-title rules gave this row when it came in: below the file, above the defaults. */
  preset?: Partial<Record<PresetField, string>>;
}

export interface Draft {
  meta: DraftMeta;
  rows: DraftRow[];
}

/** Organisation-wide facts that change what a row becomes, whatever the draft says. */
export interface RowPolicy {
  /** False: mos_opportunity is FALSE for everyone, as the mOS help page asks of teams without these licenses. */
  opportunityLicenses: boolean;
  /** True: where a source has a legal and a preferred first name, the preferred one is used (else the legal one). */
  preferredFirstNames?: boolean;
  /** The kinds of rows left out by default (lib/drafts/left-out.ts); every kind when absent. */
  leaveOut?: readonly LeaveOutKind[];
}

export const DEFAULT_POLICY: RowPolicy = { opportunityLicenses: true };

/** Every file counts user_ids against one organisation's counter; settings will name organisations. */
export const DEFAULT_ORG_KEY = 'default';

export const DEFAULT_SEATS: DraftDefaults = {
  // Enable is the seat people are invited for; Opportunity needs licenses many teams lack.
  mos_enable: true,
  mos_opportunity: false,
  course_enrollments: [],
};
