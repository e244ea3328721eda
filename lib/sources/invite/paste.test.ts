import { describe, expect, it } from 'vitest';
import { MAX_PASTED_LINES, parsePastedPeople } from './paste';

const person = (line: number, first_name: string, last_name: string, email: string, job_title = '') => ({
  line,
  first_name,
  last_name,
  email,
  job_title,
});

describe('parsePastedPeople: one line', () => {
  it('reads the classic "Name <email>, Title" line', () => {
    expect(parsePastedPeople('Jane Doe <jane.doe@acme.com>, Engineer II')).toEqual({
      people: [person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II')],
      skipped: [],
    });
  });

  it.each([
    ['"Doe, Jane" <jane.doe@acme.com>', person(1, 'Jane', 'Doe', 'jane.doe@acme.com')],
    ['Doe, Jane <jane.doe@acme.com>', person(1, 'Jane', 'Doe', 'jane.doe@acme.com')],
    ['jane.doe@acme.com', person(1, '', '', 'jane.doe@acme.com')],
    ['<jane.doe@acme.com>', person(1, '', '', 'jane.doe@acme.com')],
    ['mailto:jane.doe@acme.com', person(1, '', '', 'jane.doe@acme.com')],
    ['jane.doe@acme.com (Jane Doe)', person(1, 'Jane', 'Doe', 'jane.doe@acme.com')],
    ['Jane Doe <jane.doe@acme.com> (Engineer II)', person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II')],
    ['Jane Doe <jane.doe@acme.com> – Engineer II', person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II')],
    ['Jane Doe jane.doe@acme.com Engineer II', person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II')],
    ['Jane Doe, jane.doe@acme.com, Engineer II', person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II')],
    ['Jane, Doe, jane.doe@acme.com, Engineer II', person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II')],
    ['Jane Doe <jane.doe@acme.com>, VP, Sales', person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'VP, Sales')],
    ['  Jane   Doe   <jane.doe@acme.com> ,  Engineer II  ', person(1, 'Jane', 'Doe', 'jane.doe@acme.com', 'Engineer II')],
    ['Write to jane.doe@acme.com.', person(1, 'Write', 'to', 'jane.doe@acme.com')],
  ])('reads %j', (text, expected) => {
    expect(parsePastedPeople(text).people).toEqual([expected]);
  });

  it('reads several people on one line, with titles between them', () => {
    expect(
      parsePastedPeople('Jane Doe <jane@acme.com>, Engineer II, Bob Roe <bob@acme.com>, Legal Assistant').people,
    ).toEqual([person(1, 'Jane', 'Doe', 'jane@acme.com', 'Engineer II'), person(1, 'Bob', 'Roe', 'bob@acme.com', 'Legal Assistant')]);
    expect(parsePastedPeople('jane@acme.com, bob@acme.com').people).toEqual([
      person(1, '', '', 'jane@acme.com'),
      person(1, '', '', 'bob@acme.com'),
    ]);
  });

  it('reads an Outlook recipient line, where ";" separates people and commas belong to names', () => {
    expect(parsePastedPeople('Doe, Jane <jane@acme.com>; Roe, Bob <bob@acme.com>; pat@acme.com').people).toEqual([
      person(1, 'Jane', 'Doe', 'jane@acme.com'),
      person(1, 'Bob', 'Roe', 'bob@acme.com'),
      person(1, '', '', 'pat@acme.com'),
    ]);
  });

  it('drops a user_id in front of the name, as in a template row', () => {
    expect(parsePastedPeople('EXT00001,Jane,Doe,jane@acme.com,Engineer II').people).toEqual([
      person(1, 'Jane', 'Doe', 'jane@acme.com', 'Engineer II'),
    ]);
  });
});

describe('parsePastedPeople: several lines', () => {
  it('reads one person per line, keeps line numbers and reports lines without an address', () => {
    const text = ['Jane Doe <jane@acme.com>, Engineer II', '', 'Bob Roe', 'Pat Lee <pat@acme.com>'].join('\r\n');
    expect(parsePastedPeople(text)).toEqual({
      people: [person(1, 'Jane', 'Doe', 'jane@acme.com', 'Engineer II'), person(4, 'Pat', 'Lee', 'pat@acme.com')],
      skipped: [{ line: 3, text: 'Bob Roe', reason: 'no email address', cause: 'noEmail' }],
    });
  });

  it('keeps the first of two lines with the same address, whatever its case', () => {
    expect(parsePastedPeople('Jane <jane@acme.com>\nJANE@ACME.COM')).toEqual({
      people: [person(1, 'Jane', '', 'jane@acme.com')],
      skipped: [{ line: 2, text: 'JANE@ACME.COM', reason: 'repeats the address on line 1', cause: 'repeats', firstLine: 1 }],
    });
  });

  it('shortens a long skipped line in the report', () => {
    const skipped = parsePastedPeople('x'.repeat(200)).skipped[0]!;
    expect(skipped.text).toHaveLength(58);
    expect(skipped.text.endsWith('…')).toBe(true);
  });

  it('reads only the first lines of a huge paste, and says so', () => {
    const text = Array.from({ length: MAX_PASTED_LINES + 10 }, (_, i) => `p${i}@acme.com`).join('\n');
    const result = parsePastedPeople(text);
    expect(result.people).toHaveLength(MAX_PASTED_LINES);
    expect(result.skipped).toEqual([
      expect.objectContaining({ line: MAX_PASTED_LINES + 1, reason: expect.stringContaining(`first ${MAX_PASTED_LINES} lines`) }),
    ]);
  });

  it('finds nothing in text without addresses', () => {
    expect(parsePastedPeople('hello there').people).toEqual([]);
    expect(parsePastedPeople('').people).toEqual([]);
  });
});

describe('parsePastedPeople: rows copied from a spreadsheet', () => {
  it('maps columns by a header row in any order, splitting a full-name column', () => {
    const text = ['Work Email\tName\tPosition\tDepartment', 'jane@acme.com\tJane Doe\tEngineer II\tR&D', 'bob@acme.com\tRoe, Bob\tCounsel\tLegal'].join('\n');
    expect(parsePastedPeople(text)).toEqual({
      people: [person(2, 'Jane', 'Doe', 'jane@acme.com', 'Engineer II'), person(3, 'Bob', 'Roe', 'bob@acme.com', 'Counsel')],
      skipped: [],
    });
  });

  it('reads the mOS template columns, seats and programs included', () => {
    const text = [
      'user_id\tfirst_name\tlast_name\temail\tjob_title\tmos_enable\tmos_opportunity\tcourse_enrollments',
      'EXT00001\tJane\tDoe\tjane@acme.com\tEngineer II\tTRUE\tFALSE\tmeddpicc-masterclass,value-pyramid-program',
    ].join('\n');
    expect(parsePastedPeople(text).people).toEqual([
      {
        ...person(2, 'Jane', 'Doe', 'jane@acme.com', 'Engineer II'),
        mos_enable: true,
        mos_opportunity: false,
        course_enrollments: 'meddpicc-masterclass,value-pyramid-program',
      },
    ]);
  });

  it('reads a copied CSV with a header row (the template pasted as text)', () => {
    const text = 'first_name,last_name,email,job_title,permissions\nJane,Doe,jane@acme.com,"Engineer, II",Administrator';
    expect(parsePastedPeople(text).people).toEqual([
      { ...person(2, 'Jane', 'Doe', 'jane@acme.com', 'Engineer, II'), permissions: 'Administrator' },
    ]);
  });

  it('reads rows without a header by what the cells hold', () => {
    const text = ['Jane\tDoe\tjane@acme.com\tEngineer II\tR&D\tTRUE\tTRUE\tMEDDPICC Masterclass', 'Bob Roe\tbob@acme.com\tAdministrator\t\tCounsel'].join('\n');
    expect(parsePastedPeople(text).people).toEqual([
      {
        ...person(1, 'Jane', 'Doe', 'jane@acme.com', 'Engineer II'),
        mos_enable: true,
        mos_opportunity: true,
        course_enrollments: 'MEDDPICC Masterclass',
      },
      { ...person(2, 'Bob', 'Roe', 'bob@acme.com', 'Counsel'), permissions: 'Administrator' },
    ]);
  });

  it('keeps line numbers right after a quoted cell with a line break, and reports rows without an address', () => {
    const text = 'Name\tEmail\tTitle\n"Jane\nDoe"\tjane@acme.com\tEngineer\nBob Roe\t\tCounsel\nPat Lee\tpat@acme.com\tSDR';
    expect(parsePastedPeople(text)).toEqual({
      people: [person(2, 'Jane', 'Doe', 'jane@acme.com', 'Engineer'), person(5, 'Pat', 'Lee', 'pat@acme.com', 'SDR')],
      skipped: [{ line: 4, text: 'Bob Roe Counsel', reason: 'no email address', cause: 'noEmail' }],
    });
  });

  it('takes the address out of a cell that also holds the name', () => {
    expect(parsePastedPeople('Email\tTitle\nJane Doe <jane@acme.com>\tEngineer').people).toEqual([
      person(2, 'Jane', 'Doe', 'jane@acme.com', 'Engineer'),
    ]);
  });
});
