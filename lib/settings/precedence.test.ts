import { describe, expect, it } from 'vitest';
import { applyPrecedence, withoutLocked } from './precedence';

const defaults = { retentionDays: 30, hasOpportunityLicenses: true, origins: [] as string[] };

describe('applyPrecedence', () => {
  it('takes managed over user over default, and locks what is managed', () => {
    const { value, locked } = applyPrecedence(defaults, { retentionDays: 7, hasOpportunityLicenses: true }, { hasOpportunityLicenses: false });
    expect(value).toEqual({ retentionDays: 7, hasOpportunityLicenses: false, origins: [] });
    expect([...locked]).toEqual(['hasOpportunityLicenses']);
  });

  it('keeps defaults when nobody set anything, and ignores keys it does not know', () => {
    const { value, locked } = applyPrecedence(defaults, {}, { unknown: 1 } as never);
    expect(value).toEqual(defaults);
    expect(locked.size).toBe(0);
  });

  it('drops locked keys from what the admin saves', () => {
    expect(withoutLocked({ retentionDays: 9, hasOpportunityLicenses: true }, new Set(['hasOpportunityLicenses'] as const))).toEqual({
      retentionDays: 9,
    });
  });
});
