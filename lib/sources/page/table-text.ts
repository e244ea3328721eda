import type { TableSnapshot } from './types';
import { collapseWhitespace } from './read-cell';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{7,}$/;
const TOTALS = /^(grand\s+)?(sub)?totals?:?$|^(sum|average|count):?$/i;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/** True when any line of the (possibly stacked) value is an email address. */
export function hasEmailLine(value: string): boolean {
  return value.includes('@') && value.split('\n').some(isEmail);
}

/** Values a header label never is: an email address or a phone number. */
export function looksLikeDataValue(text: string): boolean {
  return hasEmailLine(text) || text.split('\n').some((line) => PHONE.test(line) && /\d{4}/.test(line));
}

export function isBlankRow(values: readonly string[]): boolean {
  return values.every((v) => v === '');
}

/** A totals or summary row: its first filled cell says Total, Sum, Average or Count. */
export function isTotalsRow(values: readonly string[]): boolean {
  const first = values.find((v) => v !== '');
  return first !== undefined && TOTALS.test(first);
}

/** A stated row count (aria-rowcount) less the header rows it includes; -1 or junk means unknown. */
export function statedCount(attribute: string | null, headerRows: number): number | undefined {
  if (attribute === null || !/^\s*\d+\s*$/.test(attribute)) return undefined;
  return Math.max(0, Number(attribute) - headerRows);
}

/**
 * Column names that tell columns apart: a name used twice takes its group's name in front
 * ("Manager Name"), and any still alike are numbered.
 */
export function dedupeHeaders(lowest: readonly string[], paths: readonly (readonly string[])[]): string[] {
  const count = (names: readonly string[], name: string) => names.filter((n) => n === name).length;
  const grouped = lowest.map((name, i) =>
    name && count(lowest, name) > 1 && (paths[i]?.length ?? 0) > 1 ? paths[i]!.join(' ') : name,
  );
  const seen = new Map<string, number>();
  return grouped.map((name) => {
    if (!name || count(grouped, name) === 1) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} ${n}`;
  });
}

/** The element's aria-label or aria-labelledby text. */
export function accessibleLabel(el: Element): string | undefined {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => (root.getElementById ? root.getElementById(id)?.textContent ?? '' : ''))
      .join(' ');
    if (text.trim()) return collapseWhitespace(text);
  }
  const label = el.getAttribute('aria-label');
  return label?.trim() ? collapseWhitespace(label) : undefined;
}

/** Most filled values stack an email under other text: a users table's "name over email" cell. */
function isStackedWithEmail(values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  const stacked = filled.filter((v) => v.includes('\n') && hasEmailLine(v) && v.split('\n').some((line) => !isEmail(line)));
  return stacked.length > 0 && stacked.length >= filled.length * 0.5;
}

/**
 * Columns whose cells stack an email under the name (or other text) become two columns: the text
 * keeps the header, the address goes in an "Email" column just after. New row arrays: the rows
 * given may be cached readings.
 */
export function splitStackedEmails(headers: readonly string[], rows: readonly string[][]): { headers: string[]; rows: string[][] } {
  const split = headers.map((_, col) => isStackedWithEmail(rows.map((r) => r[col] ?? '')));
  if (!split.includes(true)) return { headers: [...headers], rows: rows as string[][] };
  const outHeaders = headers.flatMap((h, col) => (split[col] ? [h, 'Email'] : [h]));
  const outRows = rows.map((row) =>
    headers.flatMap((_, col) => {
      const value = row[col] ?? '';
      if (!split[col]) return [value];
      const lines = value.split('\n');
      return [lines.filter((line) => !isEmail(line)).join('\n'), lines.filter(isEmail).join('\n')];
    }),
  );
  return { headers: dedupeHeaders(outHeaders, outHeaders.map((h) => [h])), rows: outRows };
}

/** What every table reader does last: a name over an email in one cell becomes two fields, as separate
 * columns would have given; the row count the table states (aria-rowcount, less its header rows); its name. */
export function finishSnapshot(snapshot: TableSnapshot, element: Element, headerRows: number, name: string | undefined): TableSnapshot {
  ({ headers: snapshot.headers, rows: snapshot.rows } = splitStackedEmails(snapshot.headers, snapshot.rows));
  const stated = statedCount(element.getAttribute('aria-rowcount'), headerRows);
  if (stated !== undefined) snapshot.statedTotal = stated;
  if (name) snapshot.name = name;
  return snapshot;
}
