import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../files/read-file';
import { mosPersonSchema } from '../mos/schema';
import { pickMappedValues } from './apply';
import { isNoteKind, suggestExclusions } from './exclusions';
import { suggestMapping } from './suggest';

const DIR = new URL('../../e2e/fixtures/hr-exports/', import.meta.url);
const fixtures = readdirSync(DIR)
  .filter((name) => !name.endsWith('.expected.csv') && !name.endsWith('.md'))
  .sort();

function expectedFor(name: string) {
  const text = readFileSync(new URL(`${name.replace(/\.[^.]+$/, '')}.expected.csv`, DIR), 'utf8');
  const rows = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data.slice(1);
  return {
    people: rows.map(([first, last, email, title]) => [first, last, email, title]),
    leftOut: rows.filter((r) => r[4]).map((r) => [r[2], r[4]]),
    notes: rows.filter((r) => r[5]).map((r) => [r[2], r[5]]),
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
    const people = table.rows
      .map((cells) => mosPersonSchema.safeParse(pickMappedValues(cells, mapping)))
      .filter((r) => r.success)
      .map((r) => [r.data.first_name, r.data.last_name, r.data.email, r.data.job_title]);
    const expected = expectedFor(name);
    expect(people).toEqual(expected.people);

    const emailOf = (index: number) => mosPersonSchema.safeParse(pickMappedValues(table.rows[index]!, mapping)).data?.email;
    const verdicts = suggestExclusions(table.rows, mapping, table.headers);
    expect(verdicts.filter((s) => !isNoteKind(s.kind)).map((s) => [emailOf(s.index), s.reason])).toEqual(expected.leftOut);
    expect(verdicts.filter((s) => isNoteKind(s.kind)).map((s) => [emailOf(s.index), s.reason])).toEqual(expected.notes);
  });
});
