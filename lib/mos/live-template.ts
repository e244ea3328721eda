import { MOS_COLUMNS, type MosColumn } from './template';

export interface TemplateFit {
  /** The columns to write, in the page's order and spelling. */
  columns: string[];
  /** Page columns we cannot fill: they are written empty. */
  unknown: string[];
  /** Our columns the page's template lacks: that information is not sent. */
  missing: MosColumn[];
  matchesOurs: boolean;
}

const canonical = (header: string) => header.trim().toLowerCase();

/** Follows the template the mOS page offers ("Download Sample File"), since the live importer wins. */
export function fitToPageTemplate(pageHeader: readonly string[]): TemplateFit {
  const columns = pageHeader.map((h) => h.trim()).filter((h) => h !== '');
  const ours = new Map<string, MosColumn>(MOS_COLUMNS.map((c) => [c, c]));
  const written = columns.map((h) => ours.get(canonical(h)) ?? h);
  const unknown = columns.filter((h) => !ours.has(canonical(h)));
  const present = new Set(written);
  const missing = MOS_COLUMNS.filter((c) => !present.has(c));
  const matchesOurs = written.length === MOS_COLUMNS.length && written.every((c, i) => c === MOS_COLUMNS[i]);
  return { columns: written, unknown, missing, matchesOurs };
}

/** Plain words for the admin about what following the page's template changes. */
export function describeTemplateFit(fit: TemplateFit): string[] {
  const notes: string[] = [];
  if (fit.unknown.length > 0) {
    notes.push(`The mOS template has columns we cannot fill, left empty: ${fit.unknown.join(', ')}.`);
  }
  if (fit.missing.length > 0) {
    notes.push(`The mOS template has no ${fit.missing.join(', ')} column, so that is not sent.`);
  }
  if (notes.length === 0 && !fit.matchesOurs) notes.push('The mOS template orders its columns differently; the file follows it.');
  return notes;
}
