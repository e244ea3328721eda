import Papa from 'papaparse';
import { z } from 'zod';
import { neutraliseFormula } from './csv';
import type { ProgramSlug } from '../mos/programs';
import type { LeftOutKind } from '../drafts/left-out';
import { planNumbers } from '../drafts/plan';
import { rowMessage } from '../mos/row-wording';
import { fill } from '../said';
import type { ImportPlan } from '../drafts/rows';

export interface ExportSummary {
  rows: number;
  /** Rows left out, and by why. */
  excluded: number;
  leftOutByKind: Partial<Record<LeftOutKind, number>>;
  /** Rows that cannot go: invalid and repeated emails. */
  cannotGo: number;
  /** People who go into the file. */
  toImport: number;
  /** Included rows mOS would reject; they are left out. */
  invalid: number;
  /** Repeated emails left out (the first row with the email is imported). */
  duplicates: number;
  alreadyMembers: number;
  enableSeats: number;
  opportunitySeats: number;
  /** People in the file per program, in the help page's order, every program listed. */
  perProgram: Array<{ slug: ProgramSlug; name: string; people: number }>;
}

/** What the file would hold, in the numbers an admin checks against their licenses. */
export function summarisePlan(plan: ImportPlan, rowCount: number): ExportSummary {
  const n = planNumbers(plan, rowCount);
  return {
    rows: n.rows,
    excluded: n.leftOut,
    leftOutByKind: n.leftOutByKind,
    toImport: n.toInvite,
    invalid: n.invalid,
    duplicates: n.duplicates,
    cannotGo: n.cannotGo,
    alreadyMembers: n.alreadyInMos,
    enableSeats: n.enableSeats,
    opportunitySeats: n.opportunitySeats,
    perProgram: n.perProgram,
  };
}

export interface ReportLine {
  /** The row number the editor shows (1 for the first row). */
  row: number;
  column: string;
  message: string;
}

const CHECK_KEY = 'editor.checks.';
const word = z.string().max(2000);

/**
 * The report's words in the admin's language, from the page (a worker has no extension i18n): its column
 * names, the row checks' texts by key (placeholders left in) and the file name's word. Columns keep the mOS
 * template's names, as in the file the admin fixes.
 */
export const reportWordsSchema = z.object({
  header: z.tuple([word, word, word]),
  checks: z.record(z.string().max(64), word),
  fileWord: z.string().regex(/^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u).max(60),
});
export type ReportWords = z.infer<typeof reportWordsSchema>;

/** One line per reason a row cannot go into the file, in row order, in the report's words when given. */
export function errorReportLines(plan: ImportPlan, words?: ReportWords): ReportLine[] {
  const told = ({ message, said }: { message: string; said?: { key: string; subs?: Record<string, string | number> } }) => {
    const template = said?.key.startsWith(CHECK_KEY) ? words?.checks[said.key.slice(CHECK_KEY.length)] : undefined;
    return template ? fill(template, said!.subs) : message;
  };
  const lines: ReportLine[] = [];
  for (const check of plan.invalid) {
    for (const issue of check.issues) lines.push({ row: check.row.index + 1, column: issue.field, message: told(issue) });
  }
  for (const { row, keptIndex } of plan.duplicateRows) {
    lines.push({ row: row.index + 1, column: 'email', message: told(rowMessage('sameEmailKept', { row: keptIndex + 1 })) });
  }
  return lines.sort((a, b) => a.row - b.row);
}

/** The error report as CSV (row, column, message); cells a spreadsheet would run are neutralised. */
export function errorReportCsv(plan: ImportPlan, words?: ReportWords): string {
  const data = errorReportLines(plan, words).map((l) => [String(l.row), l.column, neutraliseFormula(l.message)]);
  return Papa.unparse([words?.header ?? ['row', 'column', 'message'], ...data], { newline: '\n', escapeFormulae: false });
}
