import Papa from 'papaparse';
import { neutraliseFormula } from '../mos/csv';
import { PROGRAMS, type ProgramSlug } from '../mos/programs';
import type { ImportPlan } from './rows';

export interface ExportSummary {
  rows: number;
  excluded: number;
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
  const perSlug = new Map<string, number>();
  let enableSeats = 0;
  let opportunitySeats = 0;
  for (const person of plan.people) {
    if (person.mos_enable) enableSeats++;
    if (person.mos_opportunity) opportunitySeats++;
    for (const slug of person.course_enrollments) perSlug.set(slug, (perSlug.get(slug) ?? 0) + 1);
  }
  return {
    rows: rowCount,
    excluded: plan.excluded.length,
    toImport: plan.people.length,
    invalid: plan.invalid.length,
    duplicates: plan.duplicates.length,
    alreadyMembers: plan.alreadyMembers.length,
    enableSeats,
    opportunitySeats,
    perProgram: PROGRAMS.map((p) => ({ slug: p.slug, name: p.name, people: perSlug.get(p.slug) ?? 0 })),
  };
}

export interface ReportLine {
  /** The row number the editor shows (1 for the first row). */
  row: number;
  column: string;
  message: string;
}

/** One line per reason a row cannot go into the file, in row order. */
export function errorReportLines(plan: ImportPlan): ReportLine[] {
  const lines: ReportLine[] = [];
  for (const check of plan.invalid) {
    for (const issue of check.issues) lines.push({ row: check.row.index + 1, column: issue.field, message: issue.message });
  }
  for (const { row, keptIndex } of plan.duplicateRows) {
    lines.push({ row: row.index + 1, column: 'email', message: `Same email as row ${keptIndex + 1}, which is imported instead` });
  }
  return lines.sort((a, b) => a.row - b.row);
}

/** The error report as CSV (row, column, message); cells a spreadsheet would run are neutralised. */
export function errorReportCsv(plan: ImportPlan): string {
  const data = errorReportLines(plan).map((l) => [String(l.row), l.column, neutraliseFormula(l.message)]);
  return Papa.unparse([['row', 'column', 'message'], ...data], { newline: '\n', escapeFormulae: false });
}
