import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, MOS_SAMPLE_CSV, MOS_SAMPLE_ROWS, neutraliseFormula, toMosCsv } from './csv';
import { MOS_COLUMNS } from '../mos/template';
import type { MosRow } from '../mos/schema';
import { MOS_HEADER_LINE } from '../mos/template';

function row(overrides: Partial<MosRow>): MosRow {
  return {
    user_id: 'EXT00001',
    first_name: 'Jane',
    last_name: 'Doe',
    email: 'jane.doe@example.com',
    job_title: 'Engineer II',
    mos_enable: true,
    mos_opportunity: false,
    course_enrollments: [],
    ...overrides,
  };
}

describe('neutraliseFormula', () => {
  it.each(['=SUM(A1)', '+1', '-2', '@x', '\tx', '\rx', '=1\n+2'])('prefixes an apostrophe to %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe("'" + cell);
  });

  it.each(['', 'Jane', ' =SUM(A1)', "'=already", 'a=b', 'Engineer - II', '1+1'])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

/** The file as papaparse writes the same cells: what toMosCsv wrote through Papa.unparse before it wrote lines itself. */
function papaparseFile(rows: readonly MosRow[], columns: readonly string[] = MOS_COLUMNS): string {
  const cell = (row: MosRow, column: string): string => {
    const value = (row as unknown as Record<string, unknown>)[column];
    if (!(MOS_COLUMNS as readonly string[]).includes(column)) return '';
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return Array.isArray(value) ? value.join(',') : neutraliseFormula(String(value));
  };
  return Papa.unparse([columns.map(neutraliseFormula), ...rows.map((r) => columns.map((c) => cell(r, c)))], { newline: '\n', escapeFormulae: false });
}

describe('csvCell', () => {
  it.each(['', 'Jane', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'crlf\r\n', '\uFEFFbom', ' lead', 'trail ', 'in side', '"', ',', ' ', "'=1", 'x'.repeat(20_000)])(
    'writes %j as papaparse does',
    (cell) => {
      expect(csvCell(cell)).toBe(Papa.unparse([[cell]], { newline: '\n', escapeFormulae: false }));
    },
  );
});

describe('toMosCsv', () => {
  it('writes the same text as papaparse for cells of every awkward kind', () => {
    const awkward = ['', 'Jane', 'Doe, Jane', 'say "hi"', 'two\nlines', 'crlf\r\nend', '\uFEFFbom', ' lead', 'trail ', '=SUM(A1)', '+1', '-2', '@x', '\tx', '\rx', 'Chloé', "O'Connor", 'x'.repeat(12_000)];
    let seed = 11;
    const pick = () => awkward[(seed = (seed * 48271) % 2147483647) % awkward.length]!;
    // More rows than one piece of lines joined at a time, and not a whole number of pieces.
    const rows = Array.from({ length: 1_300 }, (_, i) =>
      row({
        user_id: i % 50 === 0 ? pick() : `EXT${String(i + 1).padStart(5, '0')}`,
        first_name: pick(),
        last_name: pick(),
        email: pick(),
        job_title: pick(),
        mos_enable: i % 2 === 0,
        mos_opportunity: i % 3 === 0,
        course_enrollments: (i % 4 === 0 ? [] : i % 4 === 1 ? ['meddicc-value-program'] : ['meddicc-value-program', 'meddpicc-leadership-and-enablement-toolkit']) as MosRow['course_enrollments'],
      }),
    );
    expect(toMosCsv(rows)).toBe(papaparseFile(rows));
    const template = ['email', 'Notes', ' user_id', 'course_enrollments', '=x', 'first_name'];
    expect(toMosCsv(rows, template)).toBe(papaparseFile(rows, template));
    expect(toMosCsv(rows, [])).toBe(papaparseFile(rows, []));
  });

  it('neutralises a formula-like column name in the header too', () => {
    expect(toMosCsv([], ['email', '=HYPERLINK("http://evil.example")', '@x']).split('\n')[0]).toBe(`email,"'=HYPERLINK(""http://evil.example"")",'@x`);
  });

  it('writes only the header line when there are no rows', () => {
    expect(toMosCsv([])).toBe(
      'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments',
    );
  });

  it('writes exact bytes: LF line ends, TRUE/FALSE words, a quoted multi-course cell, no final newline', () => {
    const csv = toMosCsv([
      row({ course_enrollments: ['meddpicc-masterclass', 'Meddicc-go-live-plan'] }),
      row({
        user_id: 'EXT00002',
        first_name: 'Pat',
        last_name: 'Doe, Jr.',
        email: 'pat@example.com',
        job_title: 'The "Closer"',
        mos_enable: false,
        mos_opportunity: true,
        course_enrollments: ['value-pyramid-program'],
      }),
    ]);
    expect(csv).toBe(
      'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments\n' +
        'EXT00001,Jane,Doe,jane.doe@example.com,Engineer II,TRUE,FALSE,"meddpicc-masterclass,Meddicc-go-live-plan"\n' +
        'EXT00002,Pat,"Doe, Jr.",pat@example.com,"The ""Closer""",FALSE,TRUE,value-pyramid-program',
    );
  });

  it('writes no byte order mark and no carriage return of its own', () => {
    const csv = toMosCsv([row({}), row({ user_id: 'EXT00002' })]);
    expect(csv.charCodeAt(0)).toBe('u'.charCodeAt(0));
    expect(csv).not.toContain('\r');
    expect(csv.endsWith('\n')).toBe(false);
  });

  it('quotes a cell holding a line break', () => {
    expect(toMosCsv([row({ job_title: 'Engineer\nII' })]).split('\n').slice(1).join('\n')).toBe(
      'EXT00001,Jane,Doe,jane.doe@example.com,"Engineer\nII",TRUE,FALSE,',
    );
  });

  it('neutralises formula cells in every text column', () => {
    const csv = toMosCsv([
      row({ first_name: '=SUM(A1)', last_name: '+1', job_title: '-2' }),
      row({ user_id: 'EXT00002', first_name: '@x', last_name: '\tx', job_title: '\rx' }),
    ]);
    expect(csv.split('\n').slice(1)).toEqual([
      "EXT00001,'=SUM(A1),'+1,jane.doe@example.com,'-2,TRUE,FALSE,",
      "EXT00002,'@x,'\tx,jane.doe@example.com,\"'\rx\",TRUE,FALSE,",
    ]);
  });

  it('neutralises a formula cell that also holds a line break', () => {
    const lines = toMosCsv([row({ job_title: '=HYPERLINK("x")\nCEO' })]);
    expect(lines).toContain(',"\'=HYPERLINK(""x"")\nCEO",');
  });

  it('reads back to the same cells through papaparse', () => {
    const rows = [
      row({ first_name: 'Zoë', last_name: "O'Brien, \"Jr\"", course_enrollments: ['meddicc-value-program'] }),
      row({ user_id: 'EXT100000', job_title: 'Line one\nLine two', course_enrollments: [] }),
    ];
    const parsed = Papa.parse<string[]>(toMosCsv(rows), { newline: '\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      MOS_HEADER_LINE.split(','),
      ['EXT00001', 'Zoë', "O'Brien, \"Jr\"", 'jane.doe@example.com', 'Engineer II', 'TRUE', 'FALSE', 'meddicc-value-program'],
      ['EXT100000', 'Jane', 'Doe', 'jane.doe@example.com', 'Line one\nLine two', 'TRUE', 'FALSE', ''],
    ]);
  });
});

describe("papaparse's own escapeFormulae", () => {
  it('misses a formula followed by a line break, which is why toMosCsv neutralises cells itself', () => {
    const escaped = Papa.unparse([['=1+1\nx']], { escapeFormulae: true });
    expect(escaped).toBe('"=1+1\nx"');
  });
});

describe('MOS_SAMPLE_CSV', () => {
  it('is the header and the two example rows', () => {
    expect(MOS_SAMPLE_CSV).toBe(
      'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments\n' +
        'EXT00001,Jane,Doe,jane.doe@example.com,Engineer II,TRUE,FALSE,"meddpicc-leadership-and-enablement-toolkit,meddicc-value-program"\n' +
        'EXT00002,John,Smith,john.smith@example.com,Legal Assistant,TRUE,TRUE,Meddicc-go-live-plan',
    );
    expect(MOS_SAMPLE_ROWS).toHaveLength(2);
  });
});

describe('public/mos-bulk-import-template.csv', () => {
  const file = readFileSync(new URL('../../public/mos-bulk-import-template.csv', import.meta.url), 'utf8');

  it('starts with the header line', () => {
    expect(file.split('\n')[0]).toBe(MOS_HEADER_LINE);
  });

  it('holds exactly the sample rows after it, ending with one newline', () => {
    expect(file.endsWith('\n')).toBe(true);
    expect(file.slice(0, -1).split('\n').slice(1)).toEqual(MOS_SAMPLE_CSV.split('\n').slice(1));
    expect(file).toBe(MOS_SAMPLE_CSV + '\n');
  });
});
