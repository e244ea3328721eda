import { describe, expect, it } from 'vitest';
import {
  applyTitleRules,
  describeTitleRule,
  newTitleRule,
  titleMatches,
  titleRuleSchema,
  type TitleRule,
} from './title-rules';

function rule(overrides: Partial<TitleRule>): TitleRule {
  return { ...newTitleRule(overrides.id ?? 'r'), ...overrides };
}

describe('titleMatches', () => {
  it('finds the text anywhere in the title, ignoring case and extra spaces', () => {
    const sales = rule({ text: '  Account   executive ' });
    expect(titleMatches(sales, 'Senior account Executive')).toBe(true);
    expect(titleMatches(sales, 'Account Manager')).toBe(false);
  });

  it('matches a whole title with "is" and a beginning with "starts with"', () => {
    expect(titleMatches(rule({ match: 'is', text: 'CFO' }), ' cfo ')).toBe(true);
    expect(titleMatches(rule({ match: 'is', text: 'CFO' }), 'Deputy CFO')).toBe(false);
    expect(titleMatches(rule({ match: 'starts-with', text: 'VP' }), 'VP Sales')).toBe(true);
    expect(titleMatches(rule({ match: 'starts-with', text: 'VP' }), 'Former VP')).toBe(false);
  });

  it('never matches with empty rule text, which would catch everyone', () => {
    expect(titleMatches(rule({ text: '   ' }), 'Engineer')).toBe(false);
  });
});

describe('applyTitleRules', () => {
  const rules = [
    rule({ id: 'sales', text: 'sales', programs: ['meddpicc-masterclass'], enable: 'yes' }),
    rule({ id: 'managers', text: 'manager', programs: ['meddpicc-leadership-and-enablement-program'], opportunity: 'yes', enable: 'no' }),
    rule({ id: 'interns', match: 'starts-with', text: 'intern', enable: 'no' }),
  ];

  it('adds the programs of every matching rule, in the help page order', () => {
    expect(applyTitleRules('Sales Manager', rules)).toEqual({
      matched: ['sales', 'managers'],
      course_enrollments: ['meddpicc-leadership-and-enablement-program', 'meddpicc-masterclass'],
      mos_enable: true,
      mos_opportunity: true,
    });
  });

  it('lets the first rule that decides a seat decide it', () => {
    expect(applyTitleRules('Engineering Manager', rules)).toEqual({
      matched: ['managers'],
      course_enrollments: ['meddpicc-leadership-and-enablement-program'],
      mos_enable: false,
      mos_opportunity: true,
    });
  });

  it('leaves out what no rule decides', () => {
    expect(applyTitleRules('Intern, Finance', rules)).toEqual({ matched: ['interns'], mos_enable: false });
    expect(applyTitleRules('Engineer', rules)).toEqual({ matched: [] });
  });
});

describe('titleRuleSchema', () => {
  it('turns program names and slugs in any case into the exact slugs', () => {
    const parsed = titleRuleSchema.parse({
      ...newTitleRule('x'),
      programs: ['MEDDICC Go Live Plan', 'MEDDPICC-MASTERCLASS'],
    });
    expect(parsed.programs).toEqual(['Meddicc-go-live-plan', 'meddpicc-masterclass']);
  });

  it('rejects an unknown program with its name in the message', () => {
    const result = titleRuleSchema.safeParse({ ...newTitleRule('x'), programs: ['basket weaving'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('"basket weaving" is not an mOS program');
  });
});

describe('describeTitleRule', () => {
  it('reads as a sentence with program names and seats', () => {
    expect(
      describeTitleRule(rule({ text: 'Sales ', programs: ['meddpicc-masterclass'], enable: 'yes', opportunity: 'no' })),
    ).toBe('Job title contains "Sales" → MEDDPICC Masterclass, Enable seat, no Opportunity seat');
    expect(describeTitleRule(rule({ match: 'is', text: 'CFO' }))).toBe('Job title is exactly "CFO" → nothing yet');
  });
});
