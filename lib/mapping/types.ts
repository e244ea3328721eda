import { z } from 'zod';
import { MOS_PERSON_COLUMNS } from '../mos/template';

/** mOS fields that a source column can fill; user_id is always ours to give. */
export const MAPPABLE_FIELDS = MOS_PERSON_COLUMNS;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Columns that are not in the mOS file but are kept for exclusion rules and roster sync. */
export const KEPT_FIELDS = [
  'employee_id',
  'department',
  'manager',
  'status',
  'employment_type',
  'account_enabled',
  'account_disabled',
] as const;
export type KeptField = (typeof KEPT_FIELDS)[number];

export type MappedField = MappableField | KeptField;
export const MAPPED_FIELDS: readonly MappedField[] = [...MAPPABLE_FIELDS, ...KEPT_FIELDS];

export const KEPT_FIELD_LABELS: Record<KeptField, string> = {
  employee_id: 'Employee ID',
  department: 'Department',
  manager: 'Manager',
  status: 'Status',
  employment_type: 'Employment type',
  account_enabled: 'Account active',
  account_disabled: 'Account suspended',
};

/** Which part of a full name ("Doe, Jane" or "Jane van Doe") a field takes. */
export type NamePart = 'given' | 'family';

/** One column, whole or (for names) one part of it split as a full name. */
export interface ColumnRef {
  column: number;
  part?: NamePart;
}

/**
 * Where a field's value comes from. A bare number is a whole column (the shape drafts were saved
 * with before combinations existed, still valid). The others combine columns:
 * - `join`: non-blank values joined with a space ("van der" + "Berg", or two Spanish surnames);
 * - `preferred`: the preferred name when given, else the legal one, which is shown beside it;
 * - `firstOf`: the first non-blank value (a work email, else the sign-in name).
 */
export type FieldSource =
  | number
  | ColumnRef
  | { join: ColumnRef[] }
  | { preferred: ColumnRef; legal?: ColumnRef }
  | { firstOf: ColumnRef[] };

/** A mapping from source columns to mOS fields and kept fields; a field left out has no source. */
export type ColumnMapping = Partial<Record<MappedField, FieldSource>>;

const columnIndex = z.number().int().min(0).max(100_000);
const columnRefSchema = z.object({ column: columnIndex, part: z.enum(['given', 'family']).optional() });
const refList = z.array(columnRefSchema).min(1).max(8);

export const fieldSourceSchema: z.ZodType<FieldSource> = z.union([
  columnIndex,
  columnRefSchema,
  z.object({ join: refList }),
  z.object({ preferred: columnRefSchema, legal: columnRefSchema.optional() }),
  z.object({ firstOf: refList }),
]);

/**
 * Reads a stored mapping of any age, keeping every field whose source is well-formed and
 * dropping the rest, so one bad entry never makes a draft unreadable.
 */
export function readMapping(raw: unknown): ColumnMapping {
  const mapping: ColumnMapping = {};
  if (typeof raw !== 'object' || raw === null) return mapping;
  for (const field of MAPPED_FIELDS) {
    const parsed = fieldSourceSchema.safeParse((raw as Record<string, unknown>)[field]);
    if (parsed.success) mapping[field] = parsed.data;
  }
  return mapping;
}

/** The columns a source reads, in order. */
export function sourceRefs(source: FieldSource): ColumnRef[] {
  if (typeof source === 'number') return [{ column: source }];
  if ('column' in source) return [source];
  if ('join' in source) return source.join;
  if ('firstOf' in source) return source.firstOf;
  return source.legal ? [source.preferred, source.legal] : [source.preferred];
}

/** Key-order-free text of a source, so equal sources compare equal however they were built. */
function canonical(value: unknown): string {
  if (typeof value === 'number') return `{"column":${value}}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${typeof v === 'number' ? v : canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameSource(a: FieldSource | undefined, b: FieldSource | undefined): boolean {
  return canonical(a) === canonical(b);
}

/** Whether every column a mapping reads exists in a table this wide. */
export function fitsColumns(mapping: ColumnMapping, columnCount: number): boolean {
  return Object.values(mapping).every((source) => sourceRefs(source!).every((ref) => ref.column < columnCount));
}
