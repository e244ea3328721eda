import type { MosPerson, MosRow } from '../mos/schema';
import { MOS_COLUMNS, type MosColumn } from '../mos/template';

const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const EQUALS = 0x3d;
const AT = 0x40;

// The cells papaparse's unparse quotes (with its escapeFormulae off, see neutraliseFormula): a quote, the
// delimiter, a line break or a byte order mark anywhere, or a space first or last.
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

/** One cell as Papa.unparse writes it with a comma delimiter: quoted, its quotes doubled, only when it must be. */
export function csvCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function startsLikeFormula(cell: string): boolean {
  const first = cell.charCodeAt(0);
  return (
    first === EQUALS || first === PLUS || first === MINUS || first === AT || first === TAB || first === CARRIAGE_RETURN
  );
}

/** Prefixes an apostrophe to a cell a spreadsheet would run as a formula (OWASP CSV injection advice). */
export function neutraliseFormula(cell: string): string {
  return startsLikeFormula(cell) ? "'" + cell : cell;
}

function booleanWord(value: boolean): 'TRUE' | 'FALSE' {
  return value ? 'TRUE' : 'FALSE';
}

/** A cell's text in the file, quoted where it must be, from the person and their user_id. */
type CellWriter = (row: MosPerson, userId: string) => string;

// Papaparse's own escapeFormulae misses a formula cell that also holds a line break (its pattern's `.*$` stops at \n).
const CELL_WRITERS: Record<MosColumn, CellWriter> = {
  user_id: (_, userId) => csvCell(neutraliseFormula(userId)),
  first_name: (row) => csvCell(neutraliseFormula(row.first_name)),
  last_name: (row) => csvCell(neutraliseFormula(row.last_name)),
  email: (row) => csvCell(neutraliseFormula(row.email)),
  job_title: (row) => csvCell(neutraliseFormula(row.job_title)),
  // TRUE and FALSE, and so never quoted.
  mos_enable: (row) => booleanWord(row.mos_enable),
  mos_opportunity: (row) => booleanWord(row.mos_opportunity),
  course_enrollments: (row) => csvCell(row.course_enrollments.join(',')),
};

const EMPTY_CELL: CellWriter = () => '';

function isMosColumn(column: string): column is MosColumn {
  return Object.hasOwn(CELL_WRITERS, column);
}

/** Lines joined at a time: each line's cells are joined into a flat string, and a few hundred of those into one. */
const LINES_PER_PIECE = 512;

/**
 * The mOS bulk import CSV: header line, one line per row, LF line ends, no BOM, no final newline; the text
 * Papa.unparse gives for the same cells (csv.test.ts holds both to it), with only the cells that can need
 * quotes looked at, as a big draft's file is written while the admin waits. Lines are joined a few hundred
 * at a time rather than added cell by cell, which keeps a chain of partial strings per line alive to the end.
 * `columns` follows a template the mOS page offers when it differs from ours; columns we do not know are left empty.
 */
export function toMosCsv(rows: readonly MosRow[], columns: readonly string[] = MOS_COLUMNS): string {
  return peopleCsv(rows, rows.map((row) => row.user_id), columns);
}

/** toMosCsv of people and their user_ids by position, with no row object made per person. */
export function peopleCsv(people: readonly MosPerson[], userIds: readonly string[], columns: readonly string[] = MOS_COLUMNS): string {
  const writers = columns.map((column) => (isMosColumn(column) ? CELL_WRITERS[column] : EMPTY_CELL));
  // The header may come from the mOS page's own template: neutralised like any cell.
  const pieces = [columns.map((column) => csvCell(neutraliseFormula(column))).join(',')];
  const cells = new Array<string>(writers.length);
  for (let start = 0; start < people.length; start += LINES_PER_PIECE) {
    const end = Math.min(people.length, start + LINES_PER_PIECE);
    const lines = new Array<string>(end - start);
    for (let index = start; index < end; index++) {
      const person = people[index]!;
      const userId = userIds[index]!;
      for (let c = 0; c < writers.length; c++) cells[c] = writers[c]!(person, userId);
      lines[index - start] = cells.join(',');
    }
    pieces.push(lines.join('\n'));
  }
  return pieces.join('\n');
}

export const MOS_SAMPLE_ROWS: readonly MosRow[] = [
  {
    user_id: 'EXT00001',
    first_name: 'Jane',
    last_name: 'Doe',
    email: 'jane.doe@example.com',
    job_title: 'Engineer II',
    mos_enable: true,
    mos_opportunity: false,
    course_enrollments: ['meddpicc-leadership-and-enablement-toolkit', 'meddicc-value-program'],
  },
  {
    user_id: 'EXT00002',
    first_name: 'John',
    last_name: 'Smith',
    email: 'john.smith@example.com',
    job_title: 'Legal Assistant',
    mos_enable: true,
    mos_opportunity: true,
    course_enrollments: ['Meddicc-go-live-plan'],
  },
];

/** The template as offered for download: header and two example rows. */
export const MOS_SAMPLE_CSV: string = toMosCsv(MOS_SAMPLE_ROWS);
