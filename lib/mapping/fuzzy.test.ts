import { describe, expect, it } from 'vitest';
import { editDistance, similarity } from './fuzzy';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    expect(editDistance('firstname', 'firstname')).toBe(0);
    expect(editDistance('fristname', 'firstname')).toBe(1);
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('email', 'emails')).toBe(1);
    expect(editDistance('jobtitle', 'jobtitel')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });
});

describe('similarity', () => {
  it('is 1 for equal text and lower the more edits it takes', () => {
    expect(similarity('email', 'email')).toBe(1);
    expect(similarity('fristname', 'firstname')).toBeCloseTo(8 / 9);
    expect(similarity('abc', 'xyz')).toBe(0);
    expect(similarity('', '')).toBe(1);
  });
});
