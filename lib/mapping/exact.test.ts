import { describe, expect, it } from 'vitest';
import { MAPPABLE_FIELDS, mapHeadersExactly, pickMappedValues } from './exact';

describe('mapHeadersExactly', () => {
  it('normalises case, spaces, underscores and hyphens', () => {
    expect(mapHeadersExactly(['First Name', 'last_name', 'EMAIL', 'Job Title'])).toEqual({
      first_name: 0,
      last_name: 1,
      email: 2,
      job_title: 3,
    });
    expect(mapHeadersExactly(['FIRST-NAME', 'Last-Name', 'Email Address', 'job_title'])).toEqual({
      first_name: 0,
      last_name: 1,
      email: 2,
      job_title: 3,
    });
    expect(mapHeadersExactly([' first_name ', 'E-mail'])).toEqual({ first_name: 0, email: 1 });
  });

  it('maps the seat and course columns of the mOS template itself', () => {
    expect(
      mapHeadersExactly([
        'user_id',
        'first_name',
        'last_name',
        'email',
        'job_title',
        'mos_enable',
        'mos_opportunity',
        'course_enrollments',
      ]),
    ).toEqual({
      first_name: 1,
      last_name: 2,
      email: 3,
      job_title: 4,
      mos_enable: 5,
      mos_opportunity: 6,
      course_enrollments: 7,
    });
  });

  it('leaves fields without a matching column undefined', () => {
    const mapping = mapHeadersExactly(['Full Name', 'Contact', 'Title', 'Department']);
    for (const field of MAPPABLE_FIELDS) expect(mapping[field]).toBeUndefined();
    expect(Object.keys(mapping)).toEqual([]);
  });

  it('maps "Work Email", as HR directories label the address', () => {
    expect(mapHeadersExactly(['Employee name', 'Work Email'])).toEqual({ email: 1 });
  });

  it('takes the first matching column when several match', () => {
    expect(mapHeadersExactly(['Email', 'Email Address', 'email'])).toEqual({ email: 0 });
    expect(mapHeadersExactly(['Dept', 'first name', 'First_Name'])).toEqual({ first_name: 1 });
  });

  it('maps nothing for no headers', () => {
    expect(mapHeadersExactly([])).toEqual({});
  });
});

describe('pickMappedValues', () => {
  it('picks each mapped field from its column', () => {
    expect(
      pickMappedValues(['Jane', 'Doe', 'jane@example.com', 'Engineer II'], {
        first_name: 0,
        last_name: 1,
        email: 2,
        job_title: 3,
      }),
    ).toEqual({ first_name: 'Jane', last_name: 'Doe', email: 'jane@example.com', job_title: 'Engineer II' });
  });

  it('gives an empty string for a column beyond a short row, and nothing for unmapped fields', () => {
    const values = pickMappedValues(['Jane'], { first_name: 0, email: 2 });
    expect(values).toEqual({ first_name: 'Jane', email: '' });
    expect('last_name' in values).toBe(false);
  });

  it('keeps values exactly as written', () => {
    expect(pickMappedValues(['  Jane  ', '00123'], { first_name: 0, last_name: 1 })).toEqual({
      first_name: '  Jane  ',
      last_name: '00123',
    });
  });
});
