import Papa from 'papaparse';
import type { MosRow } from './schema';
import { MOS_COLUMNS } from './template';

const TAB = 0x09;
const CARRIAGE_RETURN = 0x0d;
const PLUS = 0x2b;
const MINUS = 0x2d;
const EQUALS = 0x3d;
const AT = 0x40;

// Papaparse's own escapeFormulae misses a formula cell that also holds a line break (its pattern's `.*$` stops at \n).
const UNPARSE_CONFIG: Papa.UnparseConfig = { newline: '\n', escapeFormulae: false };

function startsLikeFormula(cell: string): boolean {
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

function toCells(row: MosRow): string[] {
  return [
    neutraliseFormula(row.user_id),
    neutraliseFormula(row.first_name),
    neutraliseFormula(row.last_name),
    neutraliseFormula(row.email),
    neutraliseFormula(row.job_title),
    booleanWord(row.mos_enable),
    booleanWord(row.mos_opportunity),
    row.course_enrollments.join(','),
  ];
}

/** The mOS bulk import CSV: header line, one line per row, LF line ends, no BOM, no final newline. */
export function toMosCsv(rows: readonly MosRow[]): string {
  const lines: string[][] = new Array<string[]>(rows.length + 1);
  lines[0] = [...MOS_COLUMNS];
  for (let index = 0; index < rows.length; index++) {
    lines[index + 1] = toCells(rows[index]);
  }
  return Papa.unparse(lines, UNPARSE_CONFIG);
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
