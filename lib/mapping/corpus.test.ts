import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../sources/file/read-file';
import { mosPersonSchema } from '../mos/schema';
import { pickMappedValues } from './apply';
import { isNoteKind, suggestExclusions } from './exclusions';
import { suggestMapping } from './suggest';
import { judgeRows } from '../drafts/left-out';
import type { DraftMeta, DraftRow } from '../drafts/types';

const DIR = new URL('../../e2e/fixtures/hr-exports/', import.meta.url);
const fixtures = readdirSync(DIR)
  .filter((name) => !name.endsWith('.expected.csv') && !name.endsWith('.md'))
  .sort();

function expectedFor(name: string) {
  const text = readFileSync(new URL(`${name.replace(/\.[^.]+$/, '')}.expected.csv`, DIR), 'utf8');
  const [header, ...rows] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  // Files with a program column say which slugs each person gets; the others get none.
  const programs = header!.indexOf('course_enrollments');
  return {
    people: rows.map(([first, last, email, title]) => [first, last, email, title]),
    leftOut: rows.filter((r) => r[4]).map((r) => [r[2], r[4]]),
    notes: rows.filter((r) => r[5]).map((r) => [r[2], r[5]]),
    programs: rows.map((r) => (programs < 0 ? '' : r[programs]!)),
  };
}

describe('the HR export corpus', () => {
  it('holds at least 15 real-world header sets, each with its expected people', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(15);
    for (const name of fixtures) expect(expectedFor(name).people.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s maps with no manual change to exactly the expected people', async (name) => {
    const bytes = new Uint8Array(readFileSync(new URL(name, DIR)));
    const { table } = await readSourceFile(bytes, name);
    const { mapping } = suggestMapping(table.headers, table.rows);
    const valid = table.rows
      .map((cells) => mosPersonSchema.safeParse(pickMappedValues(cells, mapping)))
      .filter((r) => r.success)
      .map((r) => r.data);
    const people = valid.map((p) => [p.first_name, p.last_name, p.email, p.job_title]);
    const expected = expectedFor(name);
    expect(people).toEqual(expected.people);
    expect(valid.map((p) => p.course_enrollments.join(','))).toEqual(expected.programs);

    const emailOf = (index: number) => mosPersonSchema.safeParse(pickMappedValues(table.rows[index]!, mapping)).data?.email;
    // Rows mOS would reject anyway (no valid email) are not in the expected list.
    const inFile = (index: number) => emailOf(index) !== undefined;
    const verdicts = suggestExclusions(table.rows, mapping, table.headers).filter((s) => inFile(s.index));
    expect(verdicts.filter((s) => isNoteKind(s.kind)).map((s) => [emailOf(s.index), s.reason])).toEqual(expected.notes);
    // Left out by default, as the draft judges it: a cell's reason, or the kind for a repeated email.
    const meta = { headers: table.headers, mapping } as DraftMeta;
    const rows = table.rows.map((cells, index): DraftRow => ({ draftId: 'd', index, cells, edits: {}, excluded: false, rev: 0 }));
    const { leftOut } = judgeRows(rows, meta);
    const said = leftOut.flatMap((why, index) => (why && inFile(index) ? [[emailOf(index), why.column ? `${why.column}: ${why.value}` : why.kind]] : []));
    expect(said).toEqual(expected.leftOut);
  });
});
