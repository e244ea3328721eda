import 'fake-indexeddb/auto';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { draftFromSource, loadDraft, openRosterDb, type RosterDatabase } from '../drafts';
import { produceMosCsv } from '../out';
import { sourceDraftOptions } from '../settings/source-draft';
import type { SourceTable } from '../sources/source-table';

/**
 * Hostile cell values, part of the hostile-input corpus: markup, script, spreadsheet formulas and
 * look-alike email addresses in an otherwise good roster. Markup stays text, formulas are
 * neutralised in the mOS CSV, and a bad address is named by row and column.
 */

type Person = [first: string, last: string, email: string, title: string];
const COLUMNS = ['user_id', 'first_name', 'last_name', 'email', 'job_title'] as const;

interface CellCase {
  name: string;
  person: Person;
  /** The row is left out with this message on its email column. */
  emailSays?: RegExp;
  /** The row goes into the CSV with this column holding exactly this value. */
  csv?: [column: (typeof COLUMNS)[number], value: string];
}

const canary = '<img src=x onerror="globalThis.__hostileCanary=1">';
const good = (over: Partial<Record<'first' | 'last' | 'email' | 'title', string>>): Person => [
  over.first ?? 'Jane',
  over.last ?? 'Doe',
  over.email ?? `jane.${Math.random().toString(36).slice(2, 8)}@example.com`,
  over.title ?? 'Engineer',
];

export const CELL_CASES: CellCase[] = [
  { name: 'a <script> element in a name', person: good({ first: '<script>globalThis.__hostileCanary=1</script>' }), csv: ['first_name', '<script>globalThis.__hostileCanary=1</script>'] },
  { name: 'an <img onerror> in a job title', person: good({ title: canary }), csv: ['job_title', canary] },
  { name: 'HTML entities in a name', person: good({ last: 'O&#39;Brien &lt;b&gt;' }), csv: ['last_name', 'O&#39;Brien &lt;b&gt;'] },
  { name: 'a javascript: link as a name', person: good({ first: 'javascript:alert(1)' }), csv: ['first_name', 'javascript:alert(1)'] },
  { name: 'a formula starting with =', person: good({ first: '=HYPERLINK("http://evil.example","Click")' }), csv: ['first_name', `'=HYPERLINK("http://evil.example","Click")`] },
  { name: 'a formula starting with +', person: good({ last: '+1+cmd|" /C calc"!A0' }), csv: ['last_name', `'+1+cmd|" /C calc"!A0`] },
  { name: 'a formula starting with -', person: good({ title: '-2+3+cmd|" /C calc"!A0' }), csv: ['job_title', `'-2+3+cmd|" /C calc"!A0`] },
  { name: 'a formula starting with @', person: good({ first: '@SUM(1+1)*cmd|" /C calc"!A0' }), csv: ['first_name', `'@SUM(1+1)*cmd|" /C calc"!A0`] },
  // Leading whitespace is trimmed from text fields first; the formula under it is still neutralised.
  { name: 'a formula behind a tab', person: good({ title: '\t=1+1' }), csv: ['job_title', "'=1+1"] },
  { name: 'a formula behind a carriage return', person: good({ title: '\r=1+1' }), csv: ['job_title', "'=1+1"] },
  { name: 'a formula holding a line break', person: good({ title: '=1+1\nsecond line' }), csv: ['job_title', "'=1+1\nsecond line"] },
  { name: 'a formula in the email column', person: good({ email: '=1+1@example.com' }), emailSays: /"=1\+1@example\.com" is not a valid email address/ },
  { name: 'a zero-width space in an email', person: good({ email: 'ja\u200bne@example.com' }), emailSays: /hidden character U\+200B/ },
  { name: 'a zero-width joiner in an email domain', person: good({ email: 'jane@exam\u200dple.com' }), emailSays: /hidden character U\+200D/ },
  { name: 'a right-to-left override in an email', person: good({ email: 'jane@\u202emoc.elpmaxe' }), emailSays: /hidden character U\+202E/ },
  { name: 'a right-to-left mark in an email', person: good({ email: 'jane\u200f@example.com' }), emailSays: /hidden character U\+200F/ },
  { name: 'a Cyrillic а in a Latin name part', person: good({ email: 'j\u0430ne@example.com' }), emailSays: /mixes Latin and Cyrillic letters \(U\+0430/ },
  { name: 'a Cyrillic о in a Latin domain', person: good({ email: 'jane@ex\u0430mple.c\u043em' }), emailSays: /mixes Latin and Cyrillic letters/ },
  { name: 'a Greek ο in a Latin domain', person: good({ email: 'jane@g\u03bfogle.com' }), emailSays: /mixes Latin and Greek letters \(U\+03BF/ },
  { name: 'a NUL character in an email', person: good({ email: 'jane\u0000@example.com' }), emailSays: /hidden character U\+0000/ },
  { name: 'a 100,000-character job title', person: good({ title: 'Engineer '.repeat(11_112).slice(0, 100_000) }), csv: ['job_title', 'Engineer '.repeat(11_112).slice(0, 100_000).trim()] },
];

const BASE_TABLE: SourceTable = {
  headers: ['First name', 'Last name', 'Email', 'Job title'],
  rows: [['Existing', 'Person', 'existing@example.com', 'Clerk']],
  origin: { kind: 'file', fileName: 'first.csv', signature: 'first name|last name|email|job title' },
};

describe('hostile cell values', () => {
  let db: RosterDatabase;
  let baseId: string;
  let before: string;
  let csv: string[][];
  let invalid: Map<number, { field: string; message: string }[]>;
  const hostileTable: SourceTable = { ...BASE_TABLE, rows: CELL_CASES.map((c) => c.person), origin: { kind: 'file', fileName: 'hostile.csv', signature: BASE_TABLE.origin.signature } };

  beforeAll(async () => {
    fakeBrowser.reset();
    delete (globalThis as { __hostileCanary?: unknown }).__hostileCanary;
    db = await openRosterDb(`hostile-cells-${crypto.randomUUID()}`);
    baseId = (await draftFromSource(db, BASE_TABLE, await sourceDraftOptions(BASE_TABLE))).id;
    before = JSON.stringify(await loadDraft(db, baseId));
    const hostile = (await loadDraft(db, (await draftFromSource(db, hostileTable, await sourceDraftOptions(hostileTable))).id))!;
    const produced = await produceMosCsv(db, hostile, { orgKey: 'acme' });
    csv = Papa.parse<string[]>(produced.csv, { newline: '\n' }).data;
    invalid = new Map(produced.plan.invalid.map((check) => [check.row.index, check.issues]));
  });
  afterAll(() => db.close());

  it('holds at least 20 hostile values, and the header of the CSV is the mOS template', () => {
    expect(CELL_CASES.length).toBeGreaterThanOrEqual(20);
    expect(csv[0]!.slice(0, 5)).toEqual([...COLUMNS]);
  });

  it.each(CELL_CASES.map((c, index) => ({ ...c, index })))('$name', ({ index, person, emailSays, csv: expected }) => {
    if (emailSays) {
      const issues = invalid.get(index);
      // The editor shows the row (index + 1) and the column (field) beside this message.
      expect(issues).toEqual([{ field: 'email', message: expect.stringMatching(emailSays), said: expect.objectContaining({ key: expect.stringMatching(/^editor\.checks\.email/) }) }]);
      // A hidden or bidi character is shown by its code point, so the message cannot be reordered by it.
      expect(issues![0]!.message).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
      expect(csv.some((line) => line[3] === person[2].toLowerCase())).toBe(false);
    } else {
      expect(invalid.has(index)).toBe(false);
      const line = csv.find((l) => l[3] === person[2].toLowerCase());
      expect(line?.[COLUMNS.indexOf(expected![0])]).toBe(expected![1]);
    }
    expect((globalThis as { __hostileCanary?: unknown }).__hostileCanary).toBeUndefined();
  });

  it('leaves every produced cell safe to open in a spreadsheet', () => {
    for (const line of csv.slice(1)) for (const cell of line.slice(0, 5)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves the draft that existed before untouched', async () => {
    expect(JSON.stringify(await loadDraft(db, baseId))).toBe(before);
  });
});
