import { sayer, type Said } from '../said';
import { startsLikeFormula } from './csv';
import { MOS_COLUMNS, type MosColumn } from '../mos/template';

export interface TemplateFit {
  /** The columns to write, in the page's order and spelling. */
  columns: string[];
  /** Page columns we cannot fill: they are written empty. */
  unknown: string[];
  /** Our columns the page's template lacks: that information is not sent. */
  missing: MosColumn[];
  matchesOurs: boolean;
  /** Formula-like columns (`=HYPERLINK(…)`): the page's template was not followed because of them. */
  refused?: string[];
}

const canonical = (header: string) => header.trim().toLowerCase();

/** Follows the template the mOS page offers ("Download Sample File"), since the live importer wins. */
export function fitToPageTemplate(pageHeader: readonly string[]): TemplateFit {
  // No real column name starts like a formula; a spreadsheet opening the file would run it, so keep our own.
  const refused = pageHeader.filter((h) => startsLikeFormula(h) || startsLikeFormula(h.trim())).map((h) => h.trim());
  if (refused.length > 0) return { columns: [...MOS_COLUMNS], unknown: [], missing: [], matchesOurs: true, refused };
  const columns = pageHeader.map((h) => h.trim()).filter((h) => h !== '');
  const ours = new Map<string, MosColumn>(MOS_COLUMNS.map((c) => [c, c]));
  const written = columns.map((h) => ours.get(canonical(h)) ?? h);
  const unknown = columns.filter((h) => !ours.has(canonical(h)));
  const present = new Set(written);
  const missing = MOS_COLUMNS.filter((c) => !present.has(c));
  const matchesOurs = written.length === MOS_COLUMNS.length && written.every((c, i) => c === MOS_COLUMNS[i]);
  return { columns: written, unknown, missing, matchesOurs };
}

/** Notes on following the page's template, in English; the same texts are under said.template in locales/en.yml. */
export const TEMPLATE_MESSAGES = {
  unknownColumns: 'The mOS template has columns we cannot fill, left empty: {columns}.',
  missingColumns: 'The mOS template has no {columns} column, so that is not sent.',
  reordered: 'The mOS template orders its columns differently; the file follows it.',
  formulaColumns: 'The mOS template has a column that looks like a spreadsheet formula ({columns}), so the file keeps the standard columns.',
} as const;

const sayTemplate = sayer(TEMPLATE_MESSAGES, 'said.template');

/** Plain words for the admin about what following the page's template changes, with their keys. */
export function templateFitNotes(fit: TemplateFit): Array<{ text: string; said: Said }> {
  const notes: Array<{ text: string; said: Said }> = [];
  if (fit.refused) return [sayTemplate('formulaColumns', { columns: fit.refused.map(shortColumn).join(', ') })];
  if (fit.unknown.length > 0) notes.push(sayTemplate('unknownColumns', { columns: fit.unknown.join(', ') }));
  if (fit.missing.length > 0) notes.push(sayTemplate('missingColumns', { columns: fit.missing.join(', ') }));
  if (notes.length === 0 && !fit.matchesOurs) notes.push(sayTemplate('reordered'));
  return notes;
}

/** A page-made column name, cut to what a note can show. */
function shortColumn(name: string): string {
  return name.length > 60 ? `${name.slice(0, 59)}…` : name;
}

/** Plain words for the admin about what following the page's template changes. */
export function describeTemplateFit(fit: TemplateFit): string[] {
  return templateFitNotes(fit).map((note) => note.text);
}
