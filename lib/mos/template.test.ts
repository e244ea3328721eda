import { describe, expect, it } from 'vitest';
import { MOS_COLUMNS, MOS_HEADER_LINE } from './template';

describe('mOS import template', () => {
  it('lists the columns in the order of the help page', () => {
    expect(MOS_COLUMNS).toEqual([
      'user_id',
      'first_name',
      'last_name',
      'email',
      'job_title',
      'mos_enable',
      'mos_opportunity',
      'course_enrollments',
    ]);
  });

  it('joins the columns into the header line', () => {
    expect(MOS_HEADER_LINE).toBe(
      'user_id,first_name,last_name,email,job_title,mos_enable,mos_opportunity,course_enrollments',
    );
  });
});
