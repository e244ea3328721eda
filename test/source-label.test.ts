import { afterEach, describe, expect, it } from 'vitest';
import { sampleLabel, sourceLabel } from '@/components/source-label';
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
  [{ preferred: { column: 1 }, legal: { column: 2 } }, '“Preferred”, else “First”', '„Preferred“, sonst „First“'],
  [{ preferred: { column: 1 } }, '“Preferred”', '„Preferred“'],
  [{ firstOf: [{ column: 3 }, { column: 7 }, { column: 0 }] }, '“Email”, else “Login”, else “Full Name”', '„Email“, sonst „Login“, sonst „Full Name“'],
  [{ preferred: { column: 1 }, legal: { column: 0, part: 'given' } }, '“Preferred”, else first name in “Full Name”', '„Preferred“, sonst Vorname aus „Full Name“'],
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

  it('gives every choice a picker offers a label of its own', () => {
    const rows = [['Jane Doe', 'Jen', 'Jane', 'jane@acme.example', '', '', '', 'jdoe']];
    const options = sourceOptions('first_name', HEADERS, rows, { preferred: { column: 1 }, legal: { column: 2 } }, undefined);
    const labels = options.flatMap((o) => (o.source === undefined ? [] : [sourceLabel(o.source, HEADERS)]));
    expect(labels).toContain('first name in “Full Name”');
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('an example value with the legal first name beside it', () => {
  afterEach(() => speakUnitLocale());
  const rows = [['Jennifer Doe', 'Jen', 'Jennifer'], ['John Roe', '', 'John']];
  const samples = () => sampleValues(rows, { first_name: { preferred: { column: 1 }, legal: { column: 2 } } }, 'first_name').map(sampleLabel);

  it('reads in English as before', () => {
    expect(samples()).toEqual(['Jen (legal name Jennifer)', 'John']);
  });

  it('reads in German', async () => {
    await speakUnitLocale('de');
    expect(samples()).toEqual(['Jen (amtlicher Vorname Jennifer)', 'John']);
  });
});
