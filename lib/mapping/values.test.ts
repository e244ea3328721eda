import { describe, expect, it } from 'vitest';
import { profileValues } from './values';

describe('profileValues', () => {
  it('measures what the non-blank values look like', () => {
    const p = profileValues(['jane@example.com', 'John <john@example.com>', '', 'not an email', '  ']);
    expect(p.count).toBe(3);
    expect(p.email).toBeCloseTo(2 / 3);
  });

  it('tells names, full names, statuses, booleans, numbers and honorifics apart', () => {
    expect(profileValues(['Jane', "O'Brien", 'van der Berg']).nameLike).toBe(1);
    expect(profileValues(['Jane Doe', 'Doe, Jane', 'Madonna']).fullNameLike).toBeCloseTo(2 / 3);
    expect(profileValues(['Active', 'Terminated', 'Inaktiv', 'Uit dienst']).status).toBe(1);
    expect(profileValues(['TRUE', 'false', 'Yes', 'nein']).boolean).toBe(1);
    expect(profileValues(['2024-05-01', '+49 89 123', '00123']).numberOrDate).toBe(1);
    expect(profileValues(['Mr', 'Mrs.', 'Dr']).honorific).toBe(1);
  });

  it('samples a bounded number of values from across a long column', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => (i < 50_000 ? 'a@example.com' : 'Jane'));
    const p = profileValues(values, 200);
    expect(p.count).toBe(200);
    expect(p.email).toBeGreaterThan(0.3);
    expect(p.email).toBeLessThan(0.7);
  });
});
