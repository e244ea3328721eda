import { describe, expect, it } from 'vitest';
import { confidenceLevel, decodeSource, encodeSource, mappingDoubts, sourceOptions, sourceStanding } from './options';
import { suggestMapping } from './suggest';

const HEADERS = ['Full Name', 'Work Email', 'Preferred', 'Legal First'];
const ROWS = [
  ['Jane Doe', 'jane@example.com', 'Jen', 'Jane'],
  ['John Roe', 'john@example.com', '', 'John'],
];

describe('encodeSource and decodeSource', () => {
  it('round-trips every kind of source, a whole column always as its number', () => {
    expect(encodeSource(undefined)).toBe('');
    expect(encodeSource(3)).toBe('3');
    expect(encodeSource({ column: 3 })).toBe('3');
    for (const source of [3, { column: 0, part: 'given' as const }, { join: [{ column: 1 }, { column: 2 }] }, { firstOf: [{ column: 1 }] }]) {
      expect(decodeSource(encodeSource(source))).toEqual(source);
    }
  });

  it('reads anything malformed as no source', () => {
    expect(decodeSource('')).toBeUndefined();
    expect(decodeSource('{oops')).toBeUndefined();
    expect(decodeSource('{"column":-1}')).toBeUndefined();
    expect(decodeSource('"3"')).toBeUndefined();
  });
});

describe('sourceOptions', () => {
  it('offers no source, every column, and for names each full-name column split', () => {
    const options = sourceOptions('first_name', HEADERS, ROWS, undefined, undefined);
    expect(options.map((o) => [o.group, o.source])).toEqual([
      ['none', undefined],
      ['column', 0],
      ['column', 1],
      ['column', 2],
      ['column', 3],
      ['split', { column: 0, part: 'given' }],
    ]);
    expect(options.map((o) => o.value)).toEqual(['', '0', '1', '2', '3', '{"column":0,"part":"given"}']);
    expect(sourceOptions('email', HEADERS, ROWS, undefined, undefined).some((o) => o.group === 'split')).toBe(false);
  });

  it('offers the current and the suggested combinations', () => {
    const current = { preferred: { column: 2 }, legal: { column: 3 } };
    const suggested = { preferred: { column: 2 }, legal: { column: 0, part: 'given' as const } };
    const combos = sourceOptions('first_name', HEADERS, ROWS, current, suggested).filter((o) => o.group === 'combination');
    expect(combos.map((o) => o.source)).toEqual([current, suggested]);
  });
});

describe('sourceStanding and confidenceLevel', () => {
  const suggestion = suggestMapping(['Email', 'Name'], [['a@example.com', 'Ann Lee']]);

  it('tells a suggested source from a remembered one and from the admin’s own choice', () => {
    expect(sourceStanding('email', { email: 0 }, suggestion, undefined)).toEqual({ kind: 'suggested', detail: suggestion.details.email });
    expect(sourceStanding('job_title', { job_title: 1 }, suggestion, { job_title: 1 })).toEqual({ kind: 'remembered' });
    expect(sourceStanding('job_title', { job_title: 1 }, suggestion, undefined)).toEqual({ kind: 'chosen' });
    expect(sourceStanding('job_title', {}, suggestion, undefined)).toEqual({ kind: 'none' });
  });

  it('bands confidence for people', () => {
    expect([confidenceLevel(1), confidenceLevel(0.85), confidenceLevel(0.7), confidenceLevel(0.4)]).toEqual(['high', 'high', 'medium', 'low']);
  });
});

describe('mappingDoubts', () => {
  it('has none when every person field is matched surely', () => {
    const headers = ['First Name', 'Last Name', 'Email', 'Job Title'];
    const suggestion = suggestMapping(headers, [['Ann', 'Lee', 'ann@example.com', 'Engineer']]);
    expect(mappingDoubts(['first_name', 'last_name', 'email', 'job_title'], suggestion.mapping, suggestion, undefined)).toEqual({ unsure: [], missing: [] });
  });

  it('names the person fields filled from nothing, and the matches the engine is unsure of', () => {
    const suggestion = suggestMapping(['Email', 'Name'], [['a@example.com', 'Ann Lee']]);
    expect(mappingDoubts(['email'], {}, suggestion, undefined).missing).toEqual(['first_name', 'last_name', 'email', 'job_title']);
    const unsure = { ...suggestion, details: { ...suggestion.details, email: { ...suggestion.details.email!, confidence: 0.3 } } };
    expect(mappingDoubts(['email'], suggestion.mapping, unsure, undefined).unsure).toEqual(['email']);
    // The admin's own choice is never in doubt.
    expect(mappingDoubts(['email'], { ...suggestion.mapping, email: 1 }, unsure, undefined).unsure).toEqual([]);
  });
});
