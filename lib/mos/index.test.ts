import { describe, expect, it } from 'vitest';
import * as mos from './index';
import { toMosCsv } from '../out';

describe('lib/mos public API', () => {
  it('exposes the template, catalog, ids, schemas and CSV writer', () => {
    expect(Object.keys(mos).sort()).toEqual(
      [
        'MOS_COLUMNS',
        'MOS_FIELD_LABELS',
        'MOS_HEADER_LINE',
        'PROGRAMS',
        'USER_ID_PATTERN',
        'allocateUserIds',
        'emailProblem',
        'formatUserId',
        'highestUserId',
        'isValidEmail',
        'mosPersonSchema',
        'mosRowSchema',
        'normaliseEmail',
        'parseCourseList',
        'parseUserId',
        'toProgramSlug',
      ].sort(),
    );
  });

  it('turns roster input into the import CSV end to end', () => {
    const people = [
      { first_name: ' Jane ', last_name: 'Doe', email: 'Jane.Doe@Example.com', job_title: 'Engineer II', mos_enable: 'yes', course_enrollments: 'MEDDICC Go Live Plan' },
      { first_name: 'Sam', last_name: '=cmd', email: 'sam@example.com', mos_opportunity: 'TRUE' },
    ].map((person) => mos.mosPersonSchema.parse(person));
    const { ids } = mos.allocateUserIds(mos.highestUserId(['EXT99998']), people.length);
    const rows = people.map((person, index) => mos.mosRowSchema.parse({ ...person, user_id: ids[index] }));
    expect(toMosCsv(rows)).toBe(
      `${mos.MOS_HEADER_LINE}\n` +
        'EXT99999,Jane,Doe,jane.doe@example.com,Engineer II,TRUE,FALSE,Meddicc-go-live-plan\n' +
        "EXT100000,Sam,'=cmd,sam@example.com,,FALSE,TRUE,",
    );
  });
});
