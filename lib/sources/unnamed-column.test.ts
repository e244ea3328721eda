import { describe, expect, it } from 'vitest';
import { unnamedColumn, unnamedColumnNumber } from './unnamed-column';

describe('a column without a header', () => {
  it('is named by its number, and the number is read back from that name only', () => {
    expect(unnamedColumn(2)).toBe('Column 3');
    expect(unnamedColumnNumber(unnamedColumn(41))).toBe(42);
    for (const header of ['Column', 'Column 0', 'Column 3b', 'Spalte 3', 'My Column 3', '']) expect(unnamedColumnNumber(header), header).toBeUndefined();
  });
});
