import { i18n } from '#i18n';
import type { ColumnRef, FieldSource, SampleValue } from '@/lib/mapping';
import { unnamedColumnNumber } from '@/lib/unnamed-column';

/** A column as the admin knows it: its header from the file, as written, or its number when it has none. */
function columnName(headers: readonly string[], column: number): string {
  const written = headers[column]?.trim() ?? '';
  const number = written === '' ? column + 1 : unnamedColumnNumber(written);
  const header = number === undefined ? written : i18n.t('labels.source.numbered', { number });
  return i18n.t('labels.source.quoted', { header });
}

/** Why a row looks like someone not to invite: "Employment status: Terminated", a nameless column in the UI's words. */
export function exclusionReason({ column, value }: { column: string; value: string }): string {
  const number = unnamedColumnNumber(column);
  return `${number === undefined ? column : i18n.t('labels.source.numbered', { number })}: ${value}`;
}

function refLabel(headers: readonly string[], ref: ColumnRef): string {
  const column = columnName(headers, ref.column);
  if (ref.part === 'given') return i18n.t('labels.source.given', { column });
  if (ref.part === 'family') return i18n.t('labels.source.family', { column });
  return column;
}

/** Joins a list pairwise with a message such as "{first}, else {second}", so the language decides the glue. */
const joinWith = (key: 'labels.source.joined' | 'labels.source.orElse', parts: readonly string[]): string =>
  parts.length === 0 ? '' : parts.reduce((first, second) => i18n.t(key, { first, second }));

/** Where a field comes from, in the UI's language: “Work Email”, or “Preferred name”, else “First name”. */
export function sourceLabel(source: FieldSource, headers: readonly string[]): string {
  if (typeof source === 'number') return columnName(headers, source);
  if ('column' in source) return refLabel(headers, source);
  if ('join' in source) return joinWith('labels.source.joined', source.join.map((r) => refLabel(headers, r)));
  if ('firstOf' in source) return joinWith('labels.source.orElse', source.firstOf.map((r) => refLabel(headers, r)));
  const refs = source.legal ? [source.preferred, source.legal] : [source.preferred];
  return joinWith('labels.source.orElse', refs.map((r) => refLabel(headers, r)));
}

/** "(legal name Jennifer)": what stands beside a preferred first name. */
export const legalNameNote = (legal: string): string => i18n.t('labels.legalName', { legal });

/** An example value as the mapping editor shows it, with the legal first name beside a preferred one. */
export const sampleLabel = ({ value, legal }: SampleValue): string => (legal ? `${value} ${legalNameNote(legal)}` : value);
