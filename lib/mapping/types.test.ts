import { describe, expect, it } from 'vitest';
import { fitsColumns, readMapping, sameSource, sourceRefs } from './types';

describe('readMapping', () => {
  it('reads the old { field: column } shape unchanged', () => {
    expect(readMapping({ first_name: 0, last_name: 1, email: 2, job_title: 3 })).toEqual({ first_name: 0, last_name: 1, email: 2, job_title: 3 });
  });

  it('reads combinations and kept fields', () => {
    const mapping = {
      first_name: { preferred: { column: 2 }, legal: { column: 0, part: 'given' } },
      last_name: { join: [{ column: 4 }, { column: 5 }] },
      email: { firstOf: [{ column: 1 }, { column: 6 }] },
      status: 7,
    };
    expect(readMapping(mapping)).toEqual(mapping);
  });

  it('drops malformed or unknown entries and keeps the rest', () => {
    expect(readMapping({ first_name: -1, last_name: 'x', email: 2, colour: 3, job_title: { join: [] } })).toEqual({ email: 2 });
    expect(readMapping(null)).toEqual({});
    expect(readMapping('nope')).toEqual({});
  });
});

describe('source helpers', () => {
  it('lists the columns a source reads', () => {
    expect(sourceRefs(2)).toEqual([{ column: 2 }]);
    expect(sourceRefs({ preferred: { column: 1 } })).toEqual([{ column: 1 }]);
    expect(sourceRefs({ join: [{ column: 1 }, { column: 2 }] })).toEqual([{ column: 1 }, { column: 2 }]);
  });

  it('compares sources whatever their key order or number form', () => {
    expect(sameSource(2, { column: 2 })).toBe(true);
    expect(sameSource({ column: 0, part: 'given' }, { part: 'given', column: 0 })).toBe(true);
    expect(sameSource({ column: 0, part: 'given' }, { column: 0, part: 'family' })).toBe(false);
    expect(sameSource(undefined, undefined)).toBe(true);
    expect(sameSource(undefined, 0)).toBe(false);
  });

  it('checks that a mapping fits a table', () => {
    expect(fitsColumns({ email: 2, first_name: { column: 0, part: 'given' } }, 3)).toBe(true);
    expect(fitsColumns({ email: 3 }, 3)).toBe(false);
  });
});
