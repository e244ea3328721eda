import type { FieldDetail, MappingSuggestion } from './suggest';
import { fieldSourceSchema, sameSource, type ColumnMapping, type FieldSource, type MappedField } from './types';
import { profileValues } from './values';

/**
 * One choice in a field's source picker. `value` is the source, encoded for a <select>; the screen words
 * `source` in the admin's language (no source for the "not in this file" choice).
 */
export interface SourceOption {
  value: string;
  source?: FieldSource;
  group: 'none' | 'column' | 'split' | 'combination';
}

/** A whole column is always encoded as its number, however it was written. */
export function encodeSource(source: FieldSource | undefined): string {
  if (source === undefined) return '';
  if (typeof source === 'object' && 'column' in source && source.part === undefined) return String(source.column);
  return JSON.stringify(source);
}

/** The source a picker's value stands for; anything malformed reads as "no source". */
export function decodeSource(value: string): FieldSource | undefined {
  if (value === '') return undefined;
  try {
    const parsed = fieldSourceSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Columns worth offering "split this full name" for: some of their values have two or more words. */
function fullNameColumns(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const sample = rows.slice(0, 300);
  return headers
    .map((_, i) => i)
    .filter((i) => profileValues(sample.map((r) => r[i] ?? '')).fullNameLike >= 0.3);
}

/**
 * The choices for one field: no source, each column whole, for names each full-name column split,
 * and the current and suggested combinations when they are combinations.
 */
export function sourceOptions(
  field: MappedField,
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  current: FieldSource | undefined,
  suggested: FieldSource | undefined,
): SourceOption[] {
  const options: SourceOption[] = [{ value: '', group: 'none' }];
  const seen = new Set<string>(['']);
  const add = (source: FieldSource, group: SourceOption['group']) => {
    const value = encodeSource(source);
    if (seen.has(value)) return;
    seen.add(value);
    options.push({ value, source, group });
  };
  for (const source of [current, suggested]) {
    if (source !== undefined && typeof source === 'object' && !('column' in source)) add(source, 'combination');
  }
  headers.forEach((_, column) => add(column, 'column'));
  if (field === 'first_name' || field === 'last_name') {
    const part = field === 'first_name' ? 'given' : 'family';
    for (const source of [current, suggested]) {
      if (source !== undefined && typeof source === 'object' && 'column' in source && source.part) add(source, 'split');
    }
    for (const column of fullNameColumns(headers, rows)) add({ column, part }, 'split');
  }
  return options;
}

export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence >= 0.85 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
}

/** Where a field's current source came from, for the editor to say so. */
export type SourceStanding =
  | { kind: 'suggested'; detail: FieldDetail }
  | { kind: 'remembered' }
  | { kind: 'chosen' }
  | { kind: 'none' };

export function sourceStanding(
  field: MappedField,
  mapping: ColumnMapping,
  suggestion: MappingSuggestion,
  remembered: ColumnMapping | undefined,
): SourceStanding {
  const current = mapping[field];
  if (current === undefined) return { kind: 'none' };
  const detail = suggestion.details[field];
  if (detail && sameSource(current, suggestion.mapping[field])) return { kind: 'suggested', detail };
  if (remembered && sameSource(current, remembered[field])) return { kind: 'remembered' };
  return { kind: 'chosen' };
}

/** The fields every roster should give; one the file does not is worth the admin's look. */
export const PERSON_FIELDS = ['first_name', 'last_name', 'email', 'job_title'] as const satisfies readonly MappedField[];

export interface MappingDoubts {
  /** mOS fields matched by a guess the engine itself calls unsure. */
  unsure: MappedField[];
  /** Person fields the mapping fills from nothing. */
  missing: MappedField[];
}

/** What of a mapping the admin should check before trusting it: nothing, when every match is sure. */
export function mappingDoubts(
  fields: readonly MappedField[],
  mapping: ColumnMapping,
  suggestion: MappingSuggestion,
  remembered: ColumnMapping | undefined,
): MappingDoubts {
  const unsure = fields.filter((field) => {
    const standing = sourceStanding(field, mapping, suggestion, remembered);
    return standing.kind === 'suggested' && confidenceLevel(standing.detail.confidence) === 'low';
  });
  const missing = PERSON_FIELDS.filter((field) => mapping[field] === undefined);
  return { unsure, missing };
}
