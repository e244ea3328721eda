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

/** "Jane Doe · jane@example.com": a row as the admin recognises it. */
export function personLabel(cells: readonly string[], mapping: ColumnMapping): string {
  const v = pickMappedValues(cells, mapping);
  const name = [v.first_name, v.last_name]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(' ');
  return [name, v.email].filter(Boolean).join(' · ') || 'A row without name or email';
}

/** The legal first name, when a preferred name stands in for it in this row and differs from it. */
export function legalFirstName(cells: readonly string[], mapping: ColumnMapping): string | undefined {
  const source = mapping.first_name;
  if (typeof source !== 'object' || !('preferred' in source) || !source.legal) return undefined;
  const preferred = refValue(cells, source.preferred).trim();
  const legal = refValue(cells, source.legal).trim();
  return preferred !== '' && legal !== '' && preferred !== legal ? legal : undefined;
}

/** Up to `count` different example values of a field, as the mOS file would get them. */
export function sampleValues(
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  field: MappedField,
  count = 3,
): string[] {
  const source = mapping[field];
  if (source === undefined) return [];
  const samples: string[] = [];
  for (const cells of rows) {
    let value = resolveSource(cells, source).trim();
    if (field === 'email') value = cleanEmail(value);
    if (value === '') continue;
    const legal = field === 'first_name' ? legalFirstName(cells, mapping) : undefined;
    const shown = legal ? `${value} (legal name ${legal})` : value;
    if (!samples.includes(shown)) samples.push(shown);
    if (samples.length >= count) break;
  }
  return samples;
}

const quoted = (headers: readonly string[], column: number) => `“${headers[column]?.trim() || `Column ${column + 1}`}”`;

function describeRef(headers: readonly string[], ref: ColumnRef): string {
  const column = quoted(headers, ref.column);
  if (ref.part === 'given') return `first name in ${column}`;
  if (ref.part === 'family') return `last name in ${column}`;
  return column;
}

/** Where a field comes from, in words: “Work Email”, or “Preferred name”, else “First name”. */
export function describeSource(source: FieldSource, headers: readonly string[]): string {
  if (typeof source === 'number') return quoted(headers, source);
  if ('column' in source) return describeRef(headers, source);
  if ('join' in source) return source.join.map((r) => describeRef(headers, r)).join(' + ');
  if ('firstOf' in source) return source.firstOf.map((r) => describeRef(headers, r)).join(', else ');
  const preferred = describeRef(headers, source.preferred);
  return source.legal ? `${preferred}, else ${describeRef(headers, source.legal)}` : preferred;
}
