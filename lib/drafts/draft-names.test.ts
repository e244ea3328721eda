import { describe, expect, it } from 'vitest';
import { draftNameDate } from './draft-names';

describe('draftNameDate', () => {
  const day = new Date('2026-12-07T10:00:00Z');

  it('writes the month as a word, as each language does', () => {
    expect(draftNameDate(day, 'en-GB')).toBe('7 Dec 2026');
    expect(draftNameDate(day, 'en-US')).toBe('Dec 7, 2026');
    expect(draftNameDate(day, 'de-DE')).toBe('7. Dez. 2026');
  });
});
