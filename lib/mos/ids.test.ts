import { describe, expect, it } from 'vitest';
import { USER_ID_PATTERN, allocateUserIds, formatUserId, highestUserId, parseUserId } from './ids';

describe('formatUserId', () => {
  it('pads to five digits after EXT', () => {
    expect(formatUserId(1)).toBe('EXT00001');
    expect(formatUserId(42)).toBe('EXT00042');
    expect(formatUserId(99999)).toBe('EXT99999');
  });

  it('continues past EXT99999 with more digits instead of wrapping or stopping', () => {
    expect(formatUserId(100000)).toBe('EXT100000');
    expect(formatUserId(100001)).toBe('EXT100001');
    expect(formatUserId(1234567)).toBe('EXT1234567');
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'rejects %s with a RangeError',
    (n) => {
      expect(() => formatUserId(n)).toThrow(RangeError);
    },
  );
});

describe('parseUserId', () => {
  it('reads the number, ignoring case of the prefix and surrounding space', () => {
    expect(parseUserId('EXT00001')).toBe(1);
    expect(parseUserId('ext00042')).toBe(42);
    expect(parseUserId('  Ext99999 ')).toBe(99999);
    expect(parseUserId('EXT100000')).toBe(100000);
  });

  it.each(['', 'EXT', 'EXT0001', 'EXT00000', 'EXT-0001', 'EXT 00001', 'XT00001', 'EXT00001a', '00001', 'EXT0000１'])(
    'returns undefined for %j',
    (id) => {
      expect(parseUserId(id)).toBeUndefined();
    },
  );

  it('round-trips formatUserId', () => {
    for (const n of [1, 7, 99998, 99999, 100000, 100001, 9876543]) {
      expect(parseUserId(formatUserId(n))).toBe(n);
    }
  });
});

describe('USER_ID_PATTERN', () => {
  it('matches what formatUserId writes', () => {
    for (const n of [1, 99999, 100000, 123456789]) {
      expect(USER_ID_PATTERN.test(formatUserId(n))).toBe(true);
    }
  });

  it.each(['EXT00000', 'ext00001', 'EXT0001', 'EXT012345', ' EXT00001', 'EXT00001 '])('does not match %j', (id) => {
    expect(USER_ID_PATTERN.test(id)).toBe(false);
  });
});

describe('highestUserId', () => {
  it('is 0 when no id parses', () => {
    expect(highestUserId([])).toBe(0);
    expect(highestUserId(['', 'jane', 'EXT00000'])).toBe(0);
  });

  it('finds the highest number regardless of order, ignoring junk', () => {
    expect(highestUserId(['EXT00003', 'nope', 'ext00010', 'EXT00002'])).toBe(10);
    expect(highestUserId(new Set(['EXT99999', 'EXT100000']))).toBe(100000);
  });
});

describe('allocateUserIds', () => {
  it('starts at EXT00001 for a new organisation', () => {
    expect(allocateUserIds(0, 3)).toEqual({ ids: ['EXT00001', 'EXT00002', 'EXT00003'], lastIssued: 3 });
  });

  it('continues after the highest id already issued', () => {
    const lastIssued = highestUserId(['EXT00001', 'EXT00007', 'EXT00004']);
    expect(allocateUserIds(lastIssued, 2)).toEqual({ ids: ['EXT00008', 'EXT00009'], lastIssued: 9 });
  });

  it('steps from EXT99999 to EXT100000', () => {
    expect(allocateUserIds(99998, 3)).toEqual({ ids: ['EXT99999', 'EXT100000', 'EXT100001'], lastIssued: 100001 });
  });

  it('never reissues an id across successive allocations', () => {
    const first = allocateUserIds(0, 4);
    const second = allocateUserIds(first.lastIssued, 4);
    const all = [...first.ids, ...second.ids];
    expect(new Set(all).size).toBe(8);
    expect(second.ids[0]).toBe('EXT00005');
  });

  it('allocates nothing for a count of 0', () => {
    expect(allocateUserIds(12, 0)).toEqual({ ids: [], lastIssued: 12 });
  });

  it('rejects a negative or fractional input', () => {
    expect(() => allocateUserIds(-1, 1)).toThrow(RangeError);
    expect(() => allocateUserIds(0, -1)).toThrow(RangeError);
    expect(() => allocateUserIds(0.5, 1)).toThrow(RangeError);
    expect(() => allocateUserIds(0, 1.5)).toThrow(RangeError);
  });
});
