import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../files/read-file';
import { mosPersonSchema } from '../mos/schema';
import { pickMappedValues } from './apply';
import { suggestExclusions } from './exclusions';
import { suggestMapping } from './suggest';

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
    exclusions: rows.filter((r) => r[4]).map((r) => [r[2], r[4]]),
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
    const exclusions = suggestExclusions(table.rows, mapping, table.headers).map((s) => [emailOf(s.index), s.reason]);
    expect(exclusions).toEqual(expected.exclusions);
  });
});
