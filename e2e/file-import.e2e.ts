import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './support/extension';

const FIXTURE = new URL('./fixtures/mos-like.csv', import.meta.url).pathname;

describe('importing an HR export file into a draft and downloading the mOS CSV', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('turns a CSV with mOS-like headers into the exact template file', async () => {
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.setInputFiles('input[type=file][data-testid=import-file]', FIXTURE);
    await editor.waitForURL(/editor\.html\?draft=/);
    await editor.waitForSelector('[data-testid=draft-rows] tbody tr');
    // The broken row is shown with its problem, and left out of the file.
    await expect.poll(() => editor.locator('tr.invalid').textContent()).toContain('not-an-email');

    const [download] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    expect(download.suggestedFilename()).toMatch(/^mos-likecsv.*\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toBe(
      [
        'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments',
        'EXT00001,Jane,Doe,jane.doe@example.com,Engineer II,TRUE,FALSE,"meddpicc-masterclass,Meddicc-go-live-plan"',
        // "Jr." is a post-nominal, never part of a name in the file.
        'EXT00002,Smith,John,john.smith@example.com,"Legal ""Ops"" Assistant",TRUE,FALSE,',
        `EXT00003,Eve,Mallory,eve@example.com,"'=HYPERLINK(""http://x"")",TRUE,FALSE,value-pyramid-program`,
        'EXT00004,Ana,Lima,ana.lima@example.com,Account Executive,TRUE,FALSE,',
      ].join('\n'),
    );

    // Downloading again keeps everyone's user_id: IDs are never given out twice.
    const [again] = await Promise.all([editor.waitForEvent('download'), editor.click('[data-testid=download-csv]')]);
    expect(await readFile((await again.path())!, 'utf8')).toBe(csv);
  });

  it('explains a file it cannot read instead of creating a draft', async () => {
    const editor = await session.context.newPage();
    await editor.goto(session.extensionUrl('editor.html'));
    await editor.setInputFiles('[data-testid=import-file]', {
      name: 'empty.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\n\n'),
    });
    await expect.poll(() => editor.getByRole('alert').textContent()).toContain('empty.csv is empty');
    expect(editor.url()).not.toContain('draft=');
  });
});
