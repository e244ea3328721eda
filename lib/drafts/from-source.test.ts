import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newTitleRule } from '../rules/title-rules';
import { DEFAULT_ORG_SETTINGS, updateOrgSettings, type OrgSettings } from '../settings/org';
import { rememberMapping } from '../settings/remembered-mappings';
import { sourceDraftOptions } from '../settings/source-draft';
import type { SourceTable } from '../sources/source-table';
import { openRosterDb, type RosterDatabase } from './db';
import { draftFromSource, draftOfExport } from './from-source';
import { planImport, rowValues } from './rows';
import { listDrafts, loadDraft } from './store';
import { DraftChannel, type DraftEvent } from './tab-channel';

// Draft names carry the date as the browser's language writes it: these tests read British English.
vi.stubGlobal('navigator', { language: 'en-GB' });

beforeEach(() => fakeBrowser.reset());

/** A draft of the table as the extension's pages and background make one: with this browser's remembered mapping and settings. */
const fromSource = async (db: RosterDatabase, table: SourceTable, now = new Date(), org?: OrgSettings) =>
  draftFromSource(db, table, await sourceDraftOptions(table, now, org));
const ofExport = async (db: RosterDatabase, id: string, table: SourceTable, now = new Date()) =>
  draftOfExport(db, id, table, await sourceDraftOptions(table, now));

const freshDb = () => openRosterDb(`from-source-test-${crypto.randomUUID()}`);

const NOW = new Date('2024-10-07T09:30:00Z');

describe('draftFromSource', () => {
  it('saves a file table as a draft mapped by the engine, kept columns included', async () => {
    const db = await freshDb();
    const table: SourceTable = {
      headers: ['Employee ID', 'First Name', 'last_name', 'Email Address', 'JOB-TITLE', 'Team'],
      rows: [['7', 'Jane', 'Doe', 'jane@example.com', 'Engineer II', 'R&D']],
      origin: { kind: 'file', fileName: 'export.csv', signature: 'x' },
    };
    const meta = await fromSource(db, table, NOW);
    expect(meta.mapping).toEqual({ first_name: 1, last_name: 2, email: 3, job_title: 4, employee_id: 0, department: 5 });
    expect(meta.name).toBe('export.csv – 7 Oct 2024');
    expect(meta.createdAt).toBe(NOW.getTime());
    expect(meta.origin).toEqual(table.origin);
    const draft = await loadDraft(db, meta.id);
    expect(draft?.rows.map((r) => r.cells)).toEqual(table.rows);
  });

  it('splits a full-name column into first and last name', async () => {
    const db = await freshDb();
    const meta = await fromSource(db, {
      headers: ['Name', 'Work Email', 'Position'],
      rows: [['Doe, Jane', 'Jane.Doe@Example.com', 'Engineer II'], ['Ludwig van Beethoven', 'lvb@example.com', 'Composer']],
      origin: { kind: 'file', fileName: 'x.csv', signature: 'name|work email|position' },
    });
    const draft = (await loadDraft(db, meta.id))!;
    expect(planImport(draft).people.map((p) => [p.first_name, p.last_name, p.email, p.job_title])).toEqual([
      ['Jane', 'Doe', 'jane.doe@example.com', 'Engineer II'],
      ['Ludwig', 'van Beethoven', 'lvb@example.com', 'Composer'],
    ]);
  });

  it('uses the mapping the admin chose last time for the same kind of source', async () => {
    const db = await freshDb();
    const origin = { kind: 'file' as const, fileName: 'june.csv', signature: 'a|b|c' };
    await rememberMapping({ ...origin, fileName: 'may.csv' }, { email: 2, first_name: 0 });
    const meta = await fromSource(db, { headers: ['a', 'b', 'c'], rows: [['Jane', 'x', 'jane@example.com']], origin });
    expect(meta.mapping).toEqual({ email: 2, first_name: 0 });
  });

  it('names a page draft by its title, or its site when untitled', async () => {
    const db = await freshDb();
    const page = (title: string): SourceTable => ({
      headers: ['Email'],
      rows: [['a@example.com']],
      origin: { kind: 'page', site: 'hr.example.com', title, signature: 'email' },
    });
    expect((await fromSource(db, page('People'), NOW)).name).toBe('People – 7 Oct 2024');
    expect((await fromSource(db, page(''), NOW)).name).toBe('hr.example.com – 7 Oct 2024');
  });

  it('maps nothing when no header or value says what a column holds', async () => {
    const db = await freshDb();
    const meta = await fromSource(
      db,
      { headers: ['Who', 'Contact'], rows: [], origin: { kind: 'file', fileName: 'x.csv', signature: '' } },
      NOW,
    );
    expect(meta.mapping).toEqual({});
    expect(meta.rowCount).toBe(0);
  });
});

describe('draftFromSource with the organisation settings', () => {
  const table: SourceTable = {
    headers: ['First Name', 'Email', 'Job Title', 'mos_enable'],
    rows: [
      ['Sam', 'sam@example.com', 'Sales Manager', ''],
      ['Eve', 'eve@example.com', 'Engineer', ''],
      ['Ivy', 'ivy@example.com', 'Intern (Sales)', 'TRUE'],
    ],
    origin: { kind: 'file', fileName: 'people.csv', signature: 'x' },
  };
  const settings: OrgSettings = {
    ...DEFAULT_ORG_SETTINGS,
    defaultSeats: { mos_enable: false, mos_opportunity: false },
    defaultPrograms: ['meddicc-value-program'],
    rules: [
      { ...newTitleRule('sales'), text: 'sales', programs: ['meddpicc-masterclass'], enable: 'yes' },
      { ...newTitleRule('managers'), text: 'manager', opportunity: 'yes' },
    ],
  };

  it('applies the title rules to the new rows, with the file’s own cells still winning', async () => {
    const db = await freshDb();
    const meta = await fromSource(db, table, NOW, settings);
    expect(meta.defaults).toEqual({ mos_enable: false, mos_opportunity: false, course_enrollments: ['meddicc-value-program'] });
    const rows = (await loadDraft(db, meta.id))!.rows;
    expect(rows.map((r) => r.preset)).toEqual([
      { course_enrollments: 'meddicc-value-program,meddpicc-masterclass', mos_enable: 'TRUE', mos_opportunity: 'TRUE' },
      undefined,
      { course_enrollments: 'meddicc-value-program,meddpicc-masterclass', mos_enable: 'TRUE' },
    ]);
    expect(rows.map((r) => rowValues(r, meta).mos_enable)).toEqual(['TRUE', false, 'TRUE']);
    expect(rowValues(rows[1]!, meta).course_enrollments).toEqual(['meddicc-value-program']);
  });

  it('reads the saved settings when none are given', async () => {
    await updateOrgSettings({ rules: settings.rules });
    const db = await freshDb();
    const meta = await fromSource(db, table, NOW);
    expect((await loadDraft(db, meta.id))!.rows[0]!.preset?.mos_opportunity).toBe('TRUE');
  });
});

describe('draftOfExport', () => {
  const table: SourceTable = {
    headers: ['Name', 'Email'],
    rows: [['Jane Doe', 'jane@example.com'], ['Tom Brown', 'tom@example.com']],
    origin: { kind: 'page', site: 'hr.example.com', title: 'People', signature: 'name|email' },
  };

  it('saves an export once: saved again, alone or twice at the same moment, it gives back the first draft', async () => {
    const db = await freshDb();
    const first = await ofExport(db, 'export-1', table, NOW);
    const [again, racing] = await Promise.all([ofExport(db, 'export-1', table), ofExport(db, 'export-1', table)]);
    expect(first.id).toBe('export-1');
    expect(again).toEqual(first);
    expect(racing).toEqual(first);
    expect((await listDrafts(db)).map((d) => d.id)).toEqual(['export-1']);
    expect((await loadDraft(db, 'export-1'))!.rows.map((r) => r.cells)).toEqual(table.rows);
  });

  it('tells open draft lists of each new draft, from a page export or from a file', async () => {
    const db = await freshDb();
    const heard: DraftEvent[] = [];
    const listener = new DraftChannel();
    listener.subscribe((event) => heard.push(event));
    await ofExport(db, 'export-1', table, NOW);
    await vi.waitFor(() => expect(heard).toEqual([expect.objectContaining({ type: 'list', deleted: [] })]));
    await fromSource(db, { ...table, origin: { kind: 'file', fileName: 'people.csv', signature: 'name|email' } }, NOW);
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    listener.close();
  });

  it('gives another export its own draft', async () => {
    const db = await freshDb();
    await ofExport(db, 'export-1', table, NOW);
    await ofExport(db, 'export-2', table, NOW);
    expect((await listDrafts(db)).map((d) => d.id).sort()).toEqual(['export-1', 'export-2']);
  });
});
