import { splitFullName } from './names';
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

/** A field's value in one row. A whole column is given exactly as written; combinations are trimmed. */
export function resolveSource(cells: readonly string[], source: FieldSource): string {
  if (typeof source === 'number') return cells[source] ?? '';
  if ('column' in source) return refValue(cells, source);
  if ('join' in source) {
    return source.join
      .map((r) => refValue(cells, r).trim())
      .filter(Boolean)
      .join(' ');
  }
  if ('firstOf' in source) return firstFilled(source.firstOf.map((r) => refValue(cells, r)));
  return firstFilled([refValue(cells, source.preferred), source.legal ? refValue(cells, source.legal) : '']);
}

/** "Jane Doe <Jane.Doe@Example.com>" or "mailto:…" → the address; always trimmed and lower-cased. */
export function cleanEmail(raw: string): string {
  const value = raw.trim();
  // The usual cell, a bare address: no <brackets> to look inside and no mailto: to cut.
  if (!value.includes('<') && !value.includes(':')) return value.toLowerCase();
  const bracketed = /<\s*([^\s<>@]+@[^\s<>]+)\s*>/.exec(value);
  const address = bracketed ? bracketed[1]! : value.replace(/^mailto:/i, '');
  return address.trim().toLowerCase();
}

/** The source values for one row, by mOS field, before validation. */
export function pickMappedValues(
  cells: readonly string[],
  mapping: ColumnMapping,
): Partial<Record<MappableField, string>> {
  const values: Partial<Record<MappableField, string>> = {};
  for (const field of MAPPABLE_FIELDS) {
    const source = mapping[field];
    if (source === undefined) continue;
    const value = resolveSource(cells, source);
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
export function personLabel(cells: readonly string[], mapping: ColumnMapping): string {
  const v = pickMappedValues(cells, mapping);
  const name = [v.first_name, v.last_name]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  // Empty when the row has neither: the screen says so in the admin's language.
  return [name, v.email].filter(Boolean).join(' · ');
}

/** The legal first name, when a preferred name stands in for it in this row and differs from it. */
export function legalFirstName(cells: readonly string[], mapping: ColumnMapping): string | undefined {
  const source = mapping.first_name;
  if (typeof source !== 'object' || !('preferred' in source) || !source.legal) return undefined;
  const preferred = refValue(cells, source.preferred).trim();
  const legal = refValue(cells, source.legal).trim();
  return preferred !== '' && legal !== '' && preferred !== legal ? legal : undefined;
}

/** One example value of a field; `legal` is the legal first name a preferred one stands in for. */
export interface SampleValue {
  value: string;
  legal?: string;
}

/** Up to `count` different example values of a field, as the mOS file would get them. */
export function sampleValues(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  field: MappedField,
  count = 3,
): SampleValue[] {
  const source = mapping[field];
  if (source === undefined) return [];
  const samples: SampleValue[] = [];
  for (const cells of rows) {
    let value = resolveSource(cells, source).trim();
    if (field === 'email') value = cleanEmail(value);
    if (value === '') continue;
    const legal = field === 'first_name' ? legalFirstName(cells, mapping) : undefined;
    if (samples.some((s) => s.value === value && s.legal === legal)) continue;
    samples.push(legal ? { value, legal } : { value });
    if (samples.length >= count) break;
  }
  return samples;
}
