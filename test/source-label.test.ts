import { afterEach, describe, expect, it } from 'vitest';
import { originName, sampleLabel, sourceLabel } from '@/components/source-label';
import { sampleValues, sourceOptions, type FieldSource } from '@/lib/mapping';
import { speakUnitLocale } from './unit-i18n';

const HEADERS = ['Full Name', 'Preferred', 'First', 'Email', 'Prefix', 'Surname', '  ', 'Login', 'Column 5'];

/** Each kind of source, with how an English and a German screen word it. */
const SOURCES: Array<[FieldSource, string, string]> = [
  [3, '“Email”', '„Email“'],
  [{ column: 3 }, '“Email”', '„Email“'],
  [{ column: 0, part: 'given' }, 'first name in “Full Name”', 'Vorname aus „Full Name“'],
  [{ column: 0, part: 'family' }, 'last name in “Full Name”', 'Nachname aus „Full Name“'],
  [{ join: [{ column: 4 }, { column: 5 }] }, '“Prefix” + “Surname”', '„Prefix“ + „Surname“'],
  // The legal first name is used unless the organisation uses preferred ones.
  [{ preferred: { column: 1 }, legal: { column: 2 } }, '“First”, else “Preferred”', '„First“, sonst „Preferred“'],
  [{ preferred: { column: 1 } }, '“Preferred”', '„Preferred“'],
  [{ firstOf: [{ column: 3 }, { column: 7 }, { column: 0 }] }, '“Email”, else “Login”, else “Full Name”', '„Email“, sonst „Login“, sonst „Full Name“'],
  [{ preferred: { column: 1 }, legal: { column: 0, part: 'given' } }, 'first name in “Full Name”, else “Preferred”', 'Vorname aus „Full Name“, sonst „Preferred“'],
  // A blank or missing header: the column by its number, counted from 1.
  [6, '“Column 7”', '„Spalte 7“'],
  [42, '“Column 43”', '„Spalte 43“'],
  // The name the file reader gave a column without a header (its number before empty columns were dropped).
  [8, '“Column 5”', '„Spalte 5“'],
];

describe('where a field comes from, as the mapping editor words it', () => {
  afterEach(() => speakUnitLocale());

  it('reads in English exactly as the pickers have always been labelled', () => {
    for (const [source, english] of SOURCES) expect(sourceLabel(source, HEADERS), english).toBe(english);
  });

  it('reads in German, the headers from the file kept as they are', async () => {
    await speakUnitLocale('de');
    for (const [source, , german] of SOURCES) expect(sourceLabel(source, HEADERS), german).toBe(german);
  });

  it('puts the preferred first name first when the organisation uses preferred names', () => {
    expect(sourceLabel({ preferred: { column: 1 }, legal: { column: 2 } }, HEADERS, { preferredFirstNames: true })).toBe('“Preferred”, else “First”');
  });

  it('gives every choice a picker offers a label of its own', () => {
    const rows = [['Jane Doe', 'Jen', 'Jane', 'jane@acme.example', '', '', '', 'jdoe']];
    const options = sourceOptions('first_name', HEADERS, rows, { preferred: { column: 1 }, legal: { column: 2 } }, undefined);
    const labels = options.flatMap((o) => (o.source === undefined ? [] : [sourceLabel(o.source, HEADERS)]));
    expect(labels).toContain('first name in “Full Name”');
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('an example value with the other first name beside it', () => {
  afterEach(() => speakUnitLocale());
  const rows = [['Jennifer Doe', 'Jen', 'Jennifer'], ['John Roe', '', 'John']];
  const mapping = { first_name: { preferred: { column: 1 }, legal: { column: 2 } } };
  const samples = (preferredFirstNames = false) => sampleValues(rows, mapping, 'first_name', 3, { preferredFirstNames }).map(sampleLabel);

  it('reads in English: the legal name with the preferred one beside it, or the reverse', () => {
    expect(samples()).toEqual(['Jennifer (preferred name Jen)', 'John']);
    expect(samples(true)).toEqual(['Jen (legal name Jennifer)', 'John']);
  });

  it('reads in German', async () => {
    await speakUnitLocale('de');
    expect(samples()).toEqual(['Jennifer (Rufname Jen)', 'John']);
    expect(samples(true)).toEqual(['Jen (amtlicher Vorname Jennifer)', 'John']);
  });
});

describe('where a draft came from, beside its name', () => {
  afterEach(() => speakUnitLocale());
  const page = { kind: 'page' as const, site: '127.0.0.1:5173', title: 'Employee directory · Acme Corp People', signature: 's' };
  const file = { kind: 'file' as const, fileName: 'roster.csv', signature: 's' };

  it('names a page by its site, never by its port, and a file once', () => {
    expect(originName(page, 'Employee directory · Acme Corp People – 7 Dec 2026')).toBe('Acme Corp People');
    expect(originName({ ...page, title: 'People' })).toBe('127.0.0.1');
    // The draft is named after the file: the source says what kind it is, not the name again.
    expect(originName(file, 'roster.csv – 7 Dec 2026')).toBe('File');
    expect(originName({ ...file, sheet: 'Workers' }, 'roster.csv – 7 Dec 2026')).toBe('File, sheet “Workers”');
    expect(originName(file, 'New hires')).toBe('roster.csv');
  });

  it('reads in German', async () => {
    await speakUnitLocale('de');
    expect(originName(file, 'roster.csv – 7. Dez. 2026')).toBe('Datei');
    expect(originName({ ...file, sheet: 'Workers' }, 'Neue')).toBe('roster.csv, Blatt „Workers“');
  });
});
