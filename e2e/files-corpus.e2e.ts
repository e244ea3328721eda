import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

const DIR = new URL('./fixtures/hr-exports/', import.meta.url);
const FIXTURES = readdirSync(DIR)
  .filter((name) => !name.endsWith('.expected.csv') && !name.endsWith('.md'))
  .sort();

/**
 * The people the file must hold: every expected row but those left out by default (a reason in `left_out`), and
 * where the export has a program column, the slugs each of them gets (the others get none).
 */
function expectedPeople(name: string): { people: string[][]; programs: string[] } {
  const text = readFileSync(new URL(`${name.replace(/\.[^.]+$/, '')}.expected.csv`, DIR), 'utf8');
  const [header, ...all] = Papa.parse<string[]>(text.trim(), { skipEmptyLines: true }).data;
  const rows = all.filter((row) => !row[4]);
  const programs = header!.indexOf('course_enrollments');
  return { people: rows.map((row) => row.slice(0, 4)), programs: rows.map((row) => (programs < 0 ? '' : row[programs]!)) };
}

describe('importing every HR export of the corpus with no manual mapping change', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('has at least 15 exports to import', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(FIXTURES)('%s downloads exactly the expected people', async (name) => {
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.setInputFiles('input[type=file][data-testid=import-file]', new URL(name, DIR).pathname);
    await editor.waitForURL(/editor\.html\?draft=/);
    await editor.getByTestId('mapping-slot').waitFor();
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');

    const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const [header, ...rows] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(header).toEqual(['user_id', 'first_name', 'last_name', 'email', 'job_title', 'mos_enable', 'mos_opportunity', 'course_enrollments']);
    const expected = expectedPeople(name);
    for (const row of rows) {
      expect(row[0]).toMatch(/^EXT\d{5,}$/);
      expect(row.slice(5, 7)).toEqual(['TRUE', 'FALSE']);
    }
    expect(rows.map((row) => row.slice(1, 5))).toEqual(expected.people);
    expect(rows.map((row) => row[7])).toEqual(expected.programs);
    await editor.close();
  });
});
