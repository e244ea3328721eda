import { lowerCase } from '../mos/email';
import { cleanNamePart, splitFullName } from './names';
import {
  KEPT_FIELDS,
  MAPPABLE_FIELDS,
  type ColumnMapping,
  type ColumnRef,
  type FieldSource,
  type KeptField,
  type MappableField,
  type MappedField,
} from './types';

function refValue(cells: readonly string[], ref: ColumnRef): string {
  const cell = cells[ref.column] ?? '';
  if (!ref.part) return cell;
  const { given, family } = splitFullName(cell);
  return ref.part === 'given' ? given : family;
}

const firstFilled = (values: readonly string[]) => values.map((v) => v.trim()).find((v) => v !== '') ?? '';

/** Organisation choices that change how a row's cells are read. */
export interface ReadOptions {
  /** Where a source has a legal and a preferred first name: true uses the preferred one, else the legal one. */
  preferredFirstNames?: boolean;
}

/** The first-name column used and the other one, for a source with both a legal and a preferred first name. */
export function firstNameRefs(source: { preferred: ColumnRef; legal?: ColumnRef }, options: ReadOptions) {
  const { preferred, legal } = source;
  return options.preferredFirstNames || !legal
    ? { used: preferred, other: legal, otherKind: 'legal' as const }
    : { used: legal, other: preferred, otherKind: 'preferred' as const };
}

/** A field's value in one row. A whole column is given exactly as written; combinations are trimmed. */
export function resolveSource(cells: readonly string[], source: FieldSource, options: ReadOptions = {}): string {
  if (typeof source === 'number') return cells[source] ?? '';
  if ('column' in source) return refValue(cells, source);
  if ('join' in source) {
    return source.join
      .map((r) => refValue(cells, r).trim())
      .filter(Boolean)
      .join(' ');
  }
  if ('firstOf' in source) return firstFilled(source.firstOf.map((r) => refValue(cells, r)));
  // The one the organisation uses, else the other when it is blank.
  const { used, other } = firstNameRefs(source, options);
  return firstFilled([refValue(cells, used), other ? refValue(cells, other) : '']);
}

/**
 * One mOS field's value in a row, before validation; undefined when the field has no source. Names are
 * taken as HR holds them, without honorifics, post-nominals or a status suffix.
 */
export function mappedFieldValue(
  cells: readonly string[],
  mapping: ColumnMapping,
  field: MappableField,
  options: ReadOptions = {},
): string | undefined {
  const source = mapping[field];
  if (source === undefined) return undefined;
  const value = resolveSource(cells, source, options);
  return field === 'first_name' || field === 'last_name' ? cleanNamePart(value) : value;
}

/** "Jane Doe <Jane.Doe@Example.com>" or "mailto:…" → the address; always trimmed and lower-cased. */
export function cleanEmail(raw: string): string {
  const value = raw.trim();
  // The usual cell, a bare address: no <brackets> to look inside and no mailto: to cut.
  if (!value.includes('<') && !value.includes(':')) return lowerCase(value);
  const bracketed = /<\s*([^\s<>@]+@[^\s<>]+)\s*>/.exec(value);
  const address = bracketed ? bracketed[1]! : value.replace(/^mailto:/i, '');
  return address.trim().toLowerCase();
}

/** The source values for one row, by mOS field, before validation. */
export function pickMappedValues(
  cells: readonly string[],
  mapping: ColumnMapping,
  options: ReadOptions = {},
): Partial<Record<MappableField, string>> {
  const values: Partial<Record<MappableField, string>> = {};
  for (const field of MAPPABLE_FIELDS) {
    const value = mappedFieldValue(cells, mapping, field, options);
    if (value === undefined) continue;
    values[field] = field === 'email' ? cleanEmail(value) : value;
  }
  return values;
}

/** The kept columns' values for one row (employee id, department, manager, status…), trimmed. */
export function pickKeptValues(cells: readonly string[], mapping: ColumnMapping): Partial<Record<KeptField, string>> {
  const values: Partial<Record<KeptField, string>> = {};
  for (const field of KEPT_FIELDS) {
    const source = mapping[field];
    if (source !== undefined) values[field] = resolveSource(cells, source).trim();
  }
  return values;
}

/** "Jane Doe · jane@example.com": a row as the admin recognises it; empty for a row with neither. */
export function personLabel(cells: readonly string[], mapping: ColumnMapping, options: ReadOptions = {}): string {
  const v = pickMappedValues(cells, mapping, options);
  const name = [v.first_name, v.last_name]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  // Empty when the row has neither: the screen says so in the admin's language.
  return [name, v.email].filter(Boolean).join(' · ');
}

/** The first name not used, shown beside the one used: "preferred" Jen beside legal Jennifer, or the reverse. */
export interface OtherFirstName {
  kind: 'legal' | 'preferred';
  name: string;
}

/** The other first name of a source with a legal and a preferred one, when this row has both and they differ. */
export function otherFirstName(cells: readonly string[], mapping: ColumnMapping, options: ReadOptions = {}): OtherFirstName | undefined {
  const source = mapping.first_name;
  if (typeof source !== 'object' || !('preferred' in source) || !source.legal) return undefined;
  const { used, other, otherKind } = firstNameRefs(source, options);
  const usedName = cleanNamePart(refValue(cells, used));
  const otherName = other ? cleanNamePart(refValue(cells, other)) : '';
  return usedName !== '' && otherName !== '' && usedName !== otherName ? { kind: otherKind, name: otherName } : undefined;
}

/** One example value of a field; `other` is the first name not used, shown beside it. */
export interface SampleValue {
  value: string;
  other?: OtherFirstName;
}

const isMappable = (field: MappedField): field is MappableField => (MAPPABLE_FIELDS as readonly string[]).includes(field);

/** Up to `count` different example values of a field, as the mOS file would get them. */
export function sampleValues(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  field: MappedField,
  count = 3,
  options: ReadOptions = {},
): SampleValue[] {
  const source = mapping[field];
  if (source === undefined) return [];
  const samples: SampleValue[] = [];
  for (const cells of rows) {
    let value = (isMappable(field) ? mappedFieldValue(cells, mapping, field, options)! : resolveSource(cells, source, options)).trim();
    if (field === 'email') value = cleanEmail(value);
    if (value === '') continue;
    const other = field === 'first_name' ? otherFirstName(cells, mapping, options) : undefined;
    if (samples.some((s) => s.value === value && s.other?.name === other?.name)) continue;
    samples.push(other ? { value, other } : { value });
    if (samples.length >= count) break;
  }
  return samples;
}

/** The mapping with one field taken from `source`, or from nowhere when it is undefined; the given one is left as it was. */
export function withFieldSource(mapping: ColumnMapping, field: MappedField, source: FieldSource | undefined): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (source === undefined) delete next[field];
  else next[field] = source;
  return next;
}
