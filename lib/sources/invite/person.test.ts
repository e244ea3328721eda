import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CHOICES,
  blankInvitee,
  checkInvitee,
  choicesOf,
  displayName,
  inviteValuesSchema,
  isBlankInvitee,
  programNames,
  valuesFromPaste,
  type InviteValues,
} from './person';

const jane: InviteValues = {
  ...blankInvitee(),
  first_name: ' Jane ',
  last_name: 'Doe',
  email: ' Jane.Doe@Acme.com ',
  job_title: 'Engineer II',
};

describe('checkInvitee', () => {
  it('gives the mOS person: trimmed, email lower-cased, with permissions', () => {
    expect(checkInvitee({ ...jane, course_enrollments: ['meddpicc-masterclass'] })).toEqual({
      person: {
        first_name: 'Jane',
        last_name: 'Doe',
        email: 'jane.doe@acme.com',
        job_title: 'Engineer II',
        permissions: 'Member',
        mos_enable: true,
        mos_opportunity: false,
        course_enrollments: ['meddpicc-masterclass'],
      },
      errors: {},
    });
  });

  it('names the field and the problem, in the schema’s words', () => {
    expect(checkInvitee({ ...jane, email: '' }).errors).toEqual({ email: 'Email is missing' });
    expect(checkInvitee({ ...jane, email: 'jane.doe.acme.com' }).errors.email).toBe(
      '"jane.doe.acme.com" is not a valid email address: it has no @',
    );
    expect(checkInvitee({ ...jane, permissions: '  ' }).errors).toEqual({
      permissions: 'Choose the permissions, for example Member',
    });
    expect(checkInvitee({ ...jane, first_name: 'x'.repeat(300) }).errors.first_name).toBe('At most 256 characters');
  });

  it('refuses an address already on the list, whatever its case', () => {
    const check = checkInvitee(jane, new Set(['jane.doe@acme.com']));
    expect(check.person).toBeUndefined();
    expect(check.errors).toEqual({ email: 'This address is already in the list' });
  });

  it('lets names and the title be empty, as the import template does', () => {
    expect(checkInvitee({ ...blankInvitee(), email: 'pat@acme.com' }).person).toMatchObject({ first_name: '', job_title: '' });
  });
});

describe('form helpers', () => {
  it('keeps choices, not the person, for the next invitee', () => {
    const values = { ...jane, permissions: 'Administrator', mos_opportunity: true, course_enrollments: ['meddicc-value-program' as const] };
    expect(choicesOf(values)).toEqual({
      permissions: 'Administrator',
      mos_enable: true,
      mos_opportunity: true,
      course_enrollments: ['meddicc-value-program'],
    });
    expect(blankInvitee(choicesOf(values))).toMatchObject({ first_name: '', email: '', permissions: 'Administrator' });
    expect(choicesOf({ ...values, permissions: ' ' }).permissions).toBe('Member');
  });

  it('counts only the person’s own details as typed', () => {
    expect(isBlankInvitee(blankInvitee({ ...DEFAULT_CHOICES, mos_opportunity: true }))).toBe(true);
    expect(isBlankInvitee({ ...blankInvitee(), job_title: 'x' })).toBe(false);
  });

  it('shows a name, or the address when there is none', () => {
    expect(displayName(jane)).toBe('Jane Doe');
    expect(displayName({ first_name: '', last_name: '', email: ' pat@acme.com' })).toBe('pat@acme.com');
  });

  it('lists program names in the help page’s order', () => {
    expect(programNames(['value-pyramid-program', 'meddpicc-masterclass'])).toEqual([
      'MEDDPICC Masterclass',
      'MEDDICC Value Pyramid Program',
    ]);
  });
});

describe('valuesFromPaste', () => {
  it('takes what the paste says and the current choices for the rest', () => {
    const choices = { ...DEFAULT_CHOICES, permissions: 'Administrator', course_enrollments: ['meddpicc-masterclass' as const] };
    expect(valuesFromPaste({ line: 1, first_name: 'Jane', last_name: 'Doe', email: 'jane@acme.com', job_title: '' }, choices)).toEqual({
      values: { first_name: 'Jane', last_name: 'Doe', email: 'jane@acme.com', job_title: '', ...choices },
      unknownPrograms: [],
    });
  });

  it('uses seats, permissions and programs the paste carries, and lists unknown programs', () => {
    const result = valuesFromPaste(
      {
        line: 1,
        first_name: 'Jane',
        last_name: 'Doe',
        email: 'jane@acme.com',
        job_title: '',
        permissions: 'Administrator',
        mos_enable: false,
        mos_opportunity: true,
        course_enrollments: 'MEDDPICC Masterclass, Basket Weaving',
      },
      DEFAULT_CHOICES,
    );
    expect(result.values).toMatchObject({
      permissions: 'Administrator',
      mos_enable: false,
      mos_opportunity: true,
      course_enrollments: ['meddpicc-masterclass'],
    });
    expect(result.unknownPrograms).toEqual(['Basket Weaving']);
  });
});

describe('inviteValuesSchema', () => {
  it('restores saved values, dropping programs that are no longer known', () => {
    const saved = { ...jane, course_enrollments: ['MEDDICC-GO-LIVE-PLAN', 'retired-program'] };
    expect(inviteValuesSchema.parse(saved).course_enrollments).toEqual(['Meddicc-go-live-plan']);
  });

  it('rejects a saved shape that is not ours', () => {
    expect(inviteValuesSchema.safeParse({ first_name: 1 }).success).toBe(false);
  });
});
