import { i18n } from '#i18n';
import { firstNameRefs, type ColumnRef, type FieldSource, type OtherFirstName, type ReadOptions, type SampleValue } from '@/lib/mapping';
import { unnamedColumnNumber } from '@/lib/sources/unnamed-column';
import { INVITE_FORM_TITLE, hostName, siteNameOf, type SourceOrigin } from '@/lib/sources/source-table';

/** A column as the admin knows it: its header from the file, as written, or its number when it has none. */
export function columnName(headers: readonly string[], column: number): string {
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

/** Where a field comes from, in the UI's language: “Work Email”, or “First name”, else “Preferred name”. */
export function sourceLabel(source: FieldSource, headers: readonly string[], options: ReadOptions = {}): string {
  if (typeof source === 'number') return columnName(headers, source);
  if ('column' in source) return refLabel(headers, source);
  if ('join' in source) return joinWith('labels.source.joined', source.join.map((r) => refLabel(headers, r)));
  if ('firstOf' in source) return joinWith('labels.source.orElse', source.firstOf.map((r) => refLabel(headers, r)));
  // The first name the organisation uses comes first, the other stands in when it is blank.
  const { used, other } = firstNameRefs(source, options);
  const refs = other ? [used, other] : [used];
  return joinWith('labels.source.orElse', refs.map((r) => refLabel(headers, r)));
}

/** "(preferred name Jen)" beside a legal first name, or "(legal name Jennifer)" beside a preferred one. */
export const otherNameNote = ({ kind, name }: OtherFirstName): string =>
  kind === 'legal' ? i18n.t('labels.legalName', { legal: name }) : i18n.t('labels.preferredName', { preferred: name });

/** An example value as the mapping editor shows it, with the other first name beside the one used. */
export const sampleLabel = ({ value, other }: SampleValue): string => (other ? `${value} ${otherNameNote(other)}` : value);

/**
 * Where a draft came from, in a few words beside its name: the site's name for a page, the file for a file.
 * A file the draft is already named after is said as the kind of source only, not repeated.
 */
export function originName(origin: SourceOrigin, draftName = ''): string {
  if (origin.kind === 'page') {
    if (origin.title === INVITE_FORM_TITLE) return i18n.t('words.origin.inviteForm', { site: hostName(origin.site) });
    return siteNameOf(origin);
  }
  const file = origin.sheet === undefined ? origin.fileName : i18n.t('said.origin.fileSheet', { file: origin.fileName, sheet: origin.sheet });
  return draftName.includes(origin.fileName) ? (origin.sheet === undefined ? i18n.t('library.sourceFile') : i18n.t('library.sourceSheet', { sheet: origin.sheet })) : file;
}
