import { resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMS } from '../lib/mos/programs';
import { activate, cell, download, importIntoEditor } from './support/editor';
import { demoPeople, exportThroughPopup } from './support/export-table';
import { startSession, type ExtensionSession } from './support/extension';
import { openMosWithPopup, reportOf, typePerson } from './support/invite';

declare const chrome: { i18n: { getMessage(key: string): string }; runtime: { getManifest(): { description: string } } };

/** Whole English sentences and labels whose German differs, so finding one on a German screen is a miss. */
async function englishOnlyTexts(): Promise<string[]> {
  const read = async (locale: string) => {
    const messages = await parseMessagesFile(resolve(__dirname, `../locales/${locale}.yml`));
    const entries: Array<[string, string]> = messages.flatMap((m): Array<[string, string]> =>
      m.type === 'plural' ? Object.entries(m.plurals).map(([form, text]): [string, string] => [`${m.key.join('.')}.${form}`, String(text)]) : m.type === 'simple' ? [[m.key.join('.'), m.message]] : [],
    );
    return new Map(entries);
  };
  const [en, de] = await Promise.all([read('en'), read('de')]);
  // Placeholders are filled in on screen, so only the fixed texts can be looked for as they are.
  return [...en].filter(([key, text]) => de.get(key) !== text && !/[{$]/.test(text) && text.trim().length > 3).map(([, text]) => text.trim());
}

function englishLeftIn(visible: string, english: readonly string[]): string[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A hyphen joins German compounds ("HR-Export"), so it counts as part of the word.
  return english.filter((text) => new RegExp(`(^|[^\\p{L}-])${escape(text)}($|[^\\p{L}-])`, 'u').test(visible));
}

/** The page's text without mOS program names: they are product names, English in every language. */
async function visibleText(where: Page | Frame): Promise<string> {
  const text = await where.evaluate(() => document.body.innerText);
  return PROGRAMS.reduce((rest, program) => rest.replaceAll(program.name, ''), text);
}

describe('the extension speaks the browser language', () => {
  let german: ExtensionSession;
  let english: string[];
  beforeAll(async () => {
    [german, english] = await Promise.all([startSession({ locale: 'de' }), englishOnlyTexts()]);
  });
  afterAll(async () => german?.close());

  it('a German browser gets the German messages, manifest included', async () => {
    const description = await german.serviceWorker.evaluate(() => chrome.i18n.getMessage('extDescription'));
    expect(description).toMatch(/Einladungsdatei/);
  });

  it('the mOS panel with no draft yet says in German where drafts come from, and opens the drafts page', async () => {
    const mos = await german.context.newPage();
    await mos.goto(`${german.demoOrigin}/mos/`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.getByTestId('panel-empty').waitFor();
    const frame = mos.frames().find((f) => f.url().includes('mos-panel.html'))!;
    const text = await visibleText(frame);
    expect(text).toContain('sobald Sie zu diesem Tab zurückkehren');
    expect(englishLeftIn(text, english)).toEqual([]);
    const [drafts] = await Promise.all([
      german.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/editor.html') }),
      panel.getByRole('link', { name: 'Entwürfe von Roster Sync öffnen' }).click(),
    ]);
    await drafts.getByTestId('library-empty').waitFor();
    await Promise.all([drafts.close(), mos.close()]);
  });

  it('the drafts page, empty and with a draft, is German through and through', async () => {
    const library = await german.context.newPage();
    await library.goto(german.extensionUrl('editor.html'));
    await library.getByTestId('library-empty').waitFor();
    expect(await library.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await library.title()).toBe('Roster Sync for mOS – Entwürfe');
    const empty = await visibleText(library);
    expect(empty).toContain('Noch keine Entwürfe');
    expect(empty).toContain('HR-Exportdatei importieren');
    expect(await library.getByRole('button', { name: 'HR-Exportdatei auswählen' }).count()).toBe(1);
    expect(englishLeftIn(empty, english)).toEqual([]);

    // German headers: the file's own column names are shown as they are.
    const csv = ['Vorname,Nachname,E-Mail,Stelle', 'Ada,Lovelace,ada@acme.example,Ingenieurin', 'Grace,Hopper,grace@acme.example,Admiralin'].join('\n');
    const { page: draft } = await importIntoEditor(german, { name: 'mitarbeiter.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => draft.getByTestId('save-state').textContent()).toMatch(/^Alle Änderungen gespeichert/);
    await draft.getByTestId('summary-to-import').waitFor();
    const draftText = await visibleText(draft);
    for (const german of ['Vor dem Herunterladen', 'Einzuladen', 'Spalten aus der Datei', 'Vorname', 'Bestätigen und CSV herunterladen']) {
      expect(draftText).toContain(german);
    }
    expect(englishLeftIn(draftText, english)).toEqual([]);

    // An edit undone says so in German on the status line.
    await activate(draft, 0, 'job_title');
    await draft.keyboard.type('Leiterin');
    await draft.keyboard.press('Enter');
    await expect.poll(() => cell(draft, 0, 'job_title').textContent()).toContain('Leiterin');
    await draft.keyboard.press('Control+z');
    await expect.poll(() => cell(draft, 0, 'job_title').textContent()).toBe('Ingenieurin');
    await expect.poll(() => draft.getByTestId('save-state').textContent()).toContain('Rückgängig gemacht: ');
    expect(englishLeftIn(await draft.getByTestId('save-state').innerText(), english)).toEqual([]);

    await draft.getByTestId('search').fill('niemand-heisst-so');
    await draft.getByTestId('filtered-empty').waitFor();
    expect(await draft.getByTestId('filtered-empty').textContent()).toContain('Keine Zeile passt');

    await library.reload();
    await library.getByTestId('draft-item').waitFor();
    const listed = await visibleText(library);
    expect(listed).toContain('Letzte Änderung');
    expect(englishLeftIn(listed, english)).toEqual([]);
    await Promise.all([library.close(), draft.close()]);
  });

  it('the mapping editor names where each field comes from in German, the file’s headers as they are', async () => {
    const bamboo = new URL('./fixtures/hr-exports/bamboohr.csv', import.meta.url).pathname;
    const { page: editor } = await importIntoEditor(german, bamboo);
    const field = (page: Page, name: string) => page.locator(`[data-testid=mapping-field][data-field=${name}]`);
    await expect.poll(() => field(editor, 'first_name').locator('select option:checked').textContent()).toBe('„First Name“, sonst „Preferred Name“');
    expect(await field(editor, 'first_name').locator('.samples').textContent()).toContain('Jennifer (Rufname Jen)');
    expect(await editor.locator('[data-testid=draft-rows] tr[data-row="0"]').textContent()).toContain('Jennifer (Rufname Jen)');
    await editor.close();

    // A full name to split, and a column without a header, named by its number.
    const csv = ['Mitarbeiter,E-Mail,', 'Ada Lovelace,ada@acme.example,Ingenieurin', 'Grace Hopper,grace@acme.example,Admiralin'].join('\n');
    const { page: draft } = await importIntoEditor(german, { name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await draft.getByTestId('mapping-editor').waitFor();
    const firstName = field(draft, 'first_name');
    const labels = await firstName.locator('select option').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Nicht in dieser Datei', '„Mitarbeiter“', '„Spalte 3“', 'Vorname aus „Mitarbeiter“']));
    expect(await field(draft, 'last_name').locator('select option').allTextContents()).toContain('Nachname aus „Mitarbeiter“');
    // Every option of every field: no English wording left around the headers.
    const everyLabel = await draft.locator('[data-testid=mapping-editor] select option').allTextContents();
    expect(everyLabel.filter((label) => /first name in|last name in|, else |Column \d|Not in this file/.test(label))).toEqual([]);
    await firstName.locator('select').selectOption({ label: '„Spalte 3“' });
    await expect.poll(() => firstName.getAttribute('data-source')).toBe('2');
    await expect.poll(() => firstName.locator('.samples').textContent()).toContain('Ingenieurin');
    await draft.close();
  });

  it('names a status column without a header in German where it leaves someone out', async () => {
    const csv = ['Name,Mail,', 'Ada Lovelace,ada@acme.example,Ausgetreten', 'Grace Hopper,grace@acme.example,Aktiv', 'Tim Berners,tim@acme.example,Aktiv'].join('\n');
    const { page: draft } = await importIntoEditor(german, { name: 'status.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const leftOut = draft.getByTestId('left-out-row');
    await expect.poll(() => leftOut.count()).toBe(1);
    expect(await leftOut.textContent()).toContain('Ausgeschieden oder Konto gesperrt (Spalte 3: Ausgetreten)');
    expect(await leftOut.getByTestId('put-back').textContent()).toBe('Wieder aufnehmen');
    await draft.close();
  });

  it('writes the report of rows that cannot go in German', async () => {
    const csv = ['Vorname,Nachname,E-Mail', 'Ada,Lovelace,ada@acme.example', 'Grace,Hopper,grace(at)acme.example', 'Ada,Byron,ada@acme.example'].join('\n');
    const { page: draft } = await importIntoEditor(german, { name: 'fehler.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    // The repeated email is left out by default; put back, it is a row that cannot go, and the report says why.
    await draft.getByTestId('left-out-row').getByTestId('put-back').click();
    await expect.poll(() => draft.getByTestId('left-out-row').count()).toBe(0);
    await expect.poll(() => draft.getByTestId('download-error-report').isEnabled()).toBe(true);
    const report = await download(draft, 'download-error-report');
    expect(report.name).toMatch(/-nicht-importierbare-zeilen-.*\.csv$/);
    expect(report.text.split('\n')).toEqual([
      'Zeile,Spalte,Meldung',
      '2,email,"""grace(at)acme.example"" ist keine gültige E-Mail-Adresse: Ihr fehlt das @"',
      '3,email,"Dieselbe E-Mail-Adresse wie Zeile 1, die stattdessen importiert wird"',
    ]);
    await draft.close();
  });

  it('the import panel on the mOS page is German', async () => {
    const mos = await german.context.newPage();
    await mos.goto(`${german.demoOrigin}/mos/`);
    await mos.frameLocator('[data-testid=mos-import-panel]').getByTestId('plan-to-import').waitFor();
    const panel = mos.frames().find((f) => f.url().includes('mos-panel.html'))!;
    await panel.locator('#sync-title').waitFor();
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('de');
    const text = await visibleText(panel);
    for (const german of ['Zu importierender Entwurf', 'An mOS senden', 'einzuladen', 'Abgleich mit mOS']) expect(text).toContain(german);
    expect(englishLeftIn(text, english)).toEqual([]);
    await mos.close();
  });

  it('the panel tells in German what following the mOS page template changes', async () => {
    const mos = await german.context.newPage();
    await mos.goto(`${german.demoOrigin}/mos/?template=newer`);
    const panel = mos.frameLocator('[data-testid=mos-import-panel]');
    await panel.getByTestId('plan-to-import').waitFor();
    await panel.getByTestId('send-to-mos').click();
    await expect.poll(() => panel.locator('body').textContent()).toContain('sie bleiben leer: team');
    // The panel steps aside while the page's Import dialog is open, and shows what it said once it closes.
    await mos.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => panel.getByTestId('panel-toggle').getAttribute('aria-expanded')).toBe('true');
    const frame = mos.frames().find((f) => f.url().includes('mos-panel.html'))!;
    const text = await visibleText(frame);
    expect(text).toContain('keine Spalte mos_opportunity');
    expect(englishLeftIn(text, english)).toEqual([]);
    await mos.close();
  });

  it('says in German, in the popup and above the draft, how an export ended and what may be missing', async () => {
    const hr = await german.context.newPage();
    await hr.goto(`${german.demoOrigin}/hr/hubspot.html?failFrom=3`);
    const people = await demoPeople(hr);
    const { popup, editor } = await exportThroughPopup(german, hr);
    // The table the popup offered: its row count said in German.
    expect(await popup.getByTestId('table-candidate').first().textContent()).toMatch(/\(\d+ Zeilen\)|von [\d.]+ Zeilen angezeigt/);
    const result = popup.getByTestId('export-result');
    await expect.poll(() => result.getAttribute('data-end')).toBe('next-page-stuck');
    const said = (await result.textContent()) ?? '';
    expect(said).toContain('Seite 3 hat nicht geladen, daher endete der Export bei Seite 2.');
    expect(said).toContain(`Die 50 bisher gelesenen Zeilen sind im Entwurf. Laut Seite sind es ${people.length}`);
    // "Export" is German too ("der Export"): the English button label of that name is no miss here.
    expect(englishLeftIn(said, english.filter((text) => text !== 'Export'))).toEqual([]);
    await expect.poll(() => editor.getByTestId('export-outcome').textContent()).toContain(`also fehlen vielleicht ${people.length - 50}`);
    await Promise.all([hr.close(), popup.close(), editor.close()]);
  });

  it('the popup says in German which field of the mOS invite form it could not fill, and what a paste left out', async () => {
    const { mos, popup } = await openMosWithPopup(german, '/mos/');
    await popup.click('.paste summary');
    await popup.fill('[data-testid=paste-people]', 'Jemand ohne Adresse\nPat Lee <pat.lee@acme.com>');
    await popup.click('[data-testid=add-pasted]');
    const notice = popup.getByTestId('invite-notice');
    await expect.poll(() => notice.textContent()).toContain('Zeile 1 („Jemand ohne Adresse“): keine E-Mail-Adresse.');
    expect(englishLeftIn(await visibleText(popup), english)).toEqual([]);

    // The semantic mock's form has no Program(s) field, so a program cannot go through it.
    await typePerson(popup, { first_name: 'Ann', last_name: 'Lee', email: 'ann.lee@acme.com', job_title: 'CFO' });
    await popup.check('[name=course_enrollments][value=value-pyramid-program]');
    await popup.click('[data-testid=invite-now]');
    expect((await reportOf(popup)).kind).toBe('error');
    const problems = popup.getByTestId('fill-problem');
    await expect.poll(() => problems.allTextContents()).toContainEqual(expect.stringContaining('hat kein Feld „Program(s)“'));
    // "Program(s)" is the mOS page's own English name for its field, so that word is no miss here.
    expect(englishLeftIn(await visibleText(popup), english.filter((text) => text !== 'Program'))).toEqual([]);
    await Promise.all([mos.close(), popup.close()]);
  });

  it('a draft file with bad fields is refused in German, naming each field, and a copy gets a German name', async () => {
    const library = await german.context.newPage();
    await library.goto(german.extensionUrl('editor.html'));
    await library.getByTestId('import-draft-json').waitFor({ state: 'attached' });
    const file = { format: 'roster-sync-draft', version: 1, draft: { name: 'Team' }, rows: [{ cells: [], edits: { email: 42 }, excluded: false }] };
    await library.getByTestId('import-draft-json').setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const alert = library.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('team.json kann nicht als Entwurf importiert werden.');
    const said = (await alert.textContent()) ?? '';
    expect(said).toContain('draft › origin fehlt.');
    expect(said).toMatch(/Es gibt noch \d+ weitere Probleme\./);
    expect(englishLeftIn(said, english)).toEqual([]);
    expect(said).not.toMatch(/Invalid input|expected/);

    // A copy is named in German too.
    const first = library.getByTestId('draft-item').first();
    const name = (await first.getByTestId('draft-link').textContent())!;
    await first.getByTestId('duplicate-draft').click();
    await expect.poll(() => library.getByTestId('draft-link').allTextContents()).toContain(`Kopie von ${name}`);
    await library.close();
  });
});
