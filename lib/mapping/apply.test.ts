import { describe, expect, it } from 'vitest';
import { cleanEmail, otherFirstName, pickKeptValues, pickMappedValues, resolveSource, sampleValues, withFieldSource } from './apply';
import type { ColumnMapping } from './types';

const ROW = ['Doe, Jane', 'Jen', 'Jennifer', '  Jane.Doe@Example.COM ', 'van der', 'Berg', '', 'jd@example.com'];

describe('resolveSource', () => {
  it('gives a whole column exactly as written', () => {
    expect(resolveSource(ROW, 3)).toBe('  Jane.Doe@Example.COM ');
    expect(resolveSource(ROW, { column: 0 })).toBe('Doe, Jane');
    expect(resolveSource(ROW, 99)).toBe('');
  });

  it('splits a full name', () => {
    expect(resolveSource(ROW, { column: 0, part: 'given' })).toBe('Jane');
    expect(resolveSource(ROW, { column: 0, part: 'family' })).toBe('Doe');
  });

  it('joins, takes the legal or the preferred first name, and falls back', () => {
    expect(resolveSource(ROW, { join: [{ column: 4 }, { column: 5 }] })).toBe('van der Berg');
    expect(resolveSource(ROW, { join: [{ column: 6 }, { column: 5 }] })).toBe('Berg');
    const names = { preferred: { column: 1 }, legal: { column: 2 } };
    expect(resolveSource(ROW, names)).toBe('Jennifer');
    expect(resolveSource(ROW, names, { preferredFirstNames: true })).toBe('Jen');
    // The other one stands in where the one used is blank.
    expect(resolveSource(ROW, { preferred: { column: 6 }, legal: { column: 2 } }, { preferredFirstNames: true })).toBe('Jennifer');
    expect(resolveSource(ROW, { preferred: { column: 1 }, legal: { column: 6 } })).toBe('Jen');
    expect(resolveSource(ROW, { preferred: { column: 1 } })).toBe('Jen');
    expect(resolveSource(ROW, { firstOf: [{ column: 6 }, { column: 7 }] })).toBe('jd@example.com');
  });
});

describe('pickMappedValues', () => {
  it('picks each mapped mOS field, trimming and lower-casing the email', () => {
    const mapping: ColumnMapping = { first_name: { preferred: { column: 1 }, legal: { column: 2 } }, last_name: 5, email: 3, department: 4 };
    expect(pickMappedValues(ROW, mapping)).toEqual({ first_name: 'Jennifer', last_name: 'Berg', email: 'jane.doe@example.com' });
    expect(pickMappedValues(ROW, mapping, { preferredFirstNames: true }).first_name).toBe('Jen');
  });

  it('takes first and last name columns as they are, less honorifics, post-nominals and status suffixes', () => {
    const mapping: ColumnMapping = { first_name: 0, last_name: 1 };
    expect(pickMappedValues(['Mary Ann', 'van der Berg'], mapping)).toEqual({ first_name: 'Mary Ann', last_name: 'van der Berg' });
    expect(pickMappedValues(['Dr. Jane', 'Doe PhD'], mapping)).toEqual({ first_name: 'Jane', last_name: 'Doe' });
    expect(pickMappedValues(['Aoife', 'Kavanagh (On Leave)'], mapping)).toEqual({ first_name: 'Aoife', last_name: 'Kavanagh' });
  });

  it('never lets a middle-name column into either name', () => {
    // First, Middle, Last as Okta and Gusto write them: the middle one is not mapped at all.
    const mapping: ColumnMapping = { first_name: 0, last_name: 2 };
    expect(pickMappedValues(['Linh', 'T', 'Nguyen'], mapping)).toEqual({ first_name: 'Linh', last_name: 'Nguyen' });
  });

  it('keeps the old { field: column } shape working', () => {
    expect(pickMappedValues(['Jane', 'Doe', 'JANE@example.com'], { first_name: 0, last_name: 1, email: 2 })).toEqual({
      first_name: 'Jane',
      last_name: 'Doe',
      email: 'jane@example.com',
    });
  });

  it('gives an empty string for a column beyond a short row, and nothing for unmapped fields', () => {
    const values = pickMappedValues(['Jane'], { first_name: 0, email: 2 });
    expect(values).toEqual({ first_name: 'Jane', email: '' });
    expect('last_name' in values).toBe(false);
  });

  it('keeps titles exactly as written and trims names', () => {
    expect(pickMappedValues(['  Jane  ', '00123'], { first_name: 0, job_title: 1 })).toEqual({ first_name: 'Jane', job_title: '00123' });
  });
});

describe('cleanEmail', () => {
  it('trims and lower-cases, and takes the address out of "Name <address>" and mailto:', () => {
    expect(cleanEmail('  Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(cleanEmail('Jane Doe <Jane.Doe@Example.com>')).toBe('jane.doe@example.com');
    expect(cleanEmail('mailto:JD@example.com')).toBe('jd@example.com');
    expect(cleanEmail('')).toBe('');
  });

  it('gives for every kind of cell what the full rules give (bare addresses take a short way)', () => {
    const fullRules = (raw: string) => {
      const value = raw.trim();
      const bracketed = /<\s*([^\s<>@]+@[^\s<>]+)\s*>/.exec(value);
      return (bracketed ? bracketed[1]! : value.replace(/^mailto:/i, '')).trim().toLowerCase();
    };
    const pieces = [' ', 'Ana', '@', 'x.io', '<', '>', 'mailto:', 'MAILTO:', ':', '\t', 'É', ' <b@y.de> '];
    let seed = 5;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let i = 0; i < 5_000; i++) {
      const cell = Array.from({ length: Math.floor(next() * 6) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      expect({ cell, email: cleanEmail(cell) }).toEqual({ cell, email: fullRules(cell) });
    }
  });
});

describe('pickKeptValues and otherFirstName', () => {
  it('gives kept fields trimmed', () => {
    expect(pickKeptValues(['x', ' Sales '], { department: 1, email: 0 })).toEqual({ department: 'Sales' });
  });

  it('names the first name not used, only when the row has a different one', () => {
    const mapping: ColumnMapping = { first_name: { preferred: { column: 1 }, legal: { column: 2 } } };
    expect(otherFirstName(ROW, mapping)).toEqual({ kind: 'preferred', name: 'Jen' });
    expect(otherFirstName(ROW, mapping, { preferredFirstNames: true })).toEqual({ kind: 'legal', name: 'Jennifer' });
    expect(otherFirstName(['', '', 'Jennifer'], mapping)).toBeUndefined();
    expect(otherFirstName(['', 'Jennifer', 'Jennifer'], mapping)).toBeUndefined();
    expect(otherFirstName(ROW, { first_name: 2 })).toBeUndefined();
  });
});

describe('sampleValues', () => {
  const rows = [ROW, ['Roe, John', '', 'John', 'john@example.com', '', 'Roe', '', ''], ROW];

  it('gives distinct examples as the file will get them, with the other first name beside the one used', () => {
    const mapping: ColumnMapping = { first_name: { preferred: { column: 1 }, legal: { column: 2 } }, email: 3 };
    expect(sampleValues(rows, mapping, 'first_name')).toEqual([{ value: 'Jennifer', other: { kind: 'preferred', name: 'Jen' } }, { value: 'John' }]);
    expect(sampleValues(rows, mapping, 'first_name', 3, { preferredFirstNames: true })).toEqual([
      { value: 'Jen', other: { kind: 'legal', name: 'Jennifer' } },
      { value: 'John' },
    ]);
    expect(sampleValues(rows, mapping, 'email', 1)).toEqual([{ value: 'jane.doe@example.com' }]);
    expect(sampleValues(rows, mapping, 'job_title')).toEqual([]);
  });
});

describe('withFieldSource', () => {
  it('sets or clears one field and leaves the given mapping as it was', () => {
    const mapping: ColumnMapping = { email: 0, first_name: 1 };
    expect(withFieldSource(mapping, 'last_name', 2)).toEqual({ email: 0, first_name: 1, last_name: 2 });
    expect(withFieldSource(mapping, 'first_name', undefined)).toEqual({ email: 0 });
    expect(mapping).toEqual({ email: 0, first_name: 1 });
  });
});
