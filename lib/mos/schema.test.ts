import { describe, expect, it } from 'vitest';
import { MOS_FIELD_LABELS, mosPersonSchema, mosRowSchema, readValidPersonFast, type MosPersonInput } from './schema';
import { MOS_COLUMNS } from './template';
import { prng } from '../../bench/page/data';

const JANE: MosPersonInput = { email: 'jane.doe@example.com' };

function issuesOf(input: unknown, schema: typeof mosPersonSchema | typeof mosRowSchema = mosPersonSchema) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

describe('MOS_FIELD_LABELS', () => {
  it('labels every column', () => {
    expect(Object.keys(MOS_FIELD_LABELS).sort()).toEqual([...MOS_COLUMNS].sort());
    expect(MOS_FIELD_LABELS).toMatchObject({
      user_id: 'User ID',
      first_name: 'First name',
      email: 'Email',
      job_title: 'Job title',
      mos_enable: 'Enable seat',
      mos_opportunity: 'Opportunity seat',
      course_enrollments: 'Programs',
    });
  });
});

describe('mosPersonSchema', () => {
  it('fills defaults for everything but the email', () => {
    expect(mosPersonSchema.parse(JANE)).toEqual({
      first_name: '',
      last_name: '',
      email: 'jane.doe@example.com',
      job_title: '',
      mos_enable: false,
      mos_opportunity: false,
      course_enrollments: [],
    });
  });

  it('trims the text fields and treats null as empty', () => {
    const person = mosPersonSchema.parse({ ...JANE, first_name: '  Jane ', last_name: null, job_title: ' Engineer II\n' });
    expect(person).toMatchObject({ first_name: 'Jane', last_name: '', job_title: 'Engineer II' });
  });

  describe('email', () => {
    it('is trimmed and lower-cased', () => {
      expect(mosPersonSchema.parse({ email: '  Jane.Doe@Example.COM ' }).email).toBe('jane.doe@example.com');
    });

    it.each([undefined, null, '', '   '])('is reported missing when %j', (email) => {
      expect(issuesOf({ email })).toEqual([{ path: ['email'], message: 'Email is missing' }]);
    });

    it.each([
      ['missing @', 'jane.example.com'],
      ['space', 'jane doe@example.com'],
      ['zero-width space', 'jane\u200b@example.com'],
      ['right-to-left override', 'jane\u202e@example.com'],
      ['missing TLD', 'jane@example'],
    ])('is rejected with a %s', (_why, email) => {
      const [issue, ...others] = issuesOf({ email });
      expect(others).toEqual([]);
      expect(issue.path).toEqual(['email']);
      expect(issue.message).toMatch(/^".+" is not a valid email address/);
    });

    it('quotes the lower-cased address in the message', () => {
      expect(issuesOf({ email: ' Jane@Example ' })).toEqual([
        { path: ['email'], message: '"jane@example" is not a valid email address' },
      ]);
    });
  });

  describe('seat flags', () => {
    it.each([
      [true, true],
      [false, false],
      ['TRUE', true],
      ['FALSE', false],
      [' true ', true],
      ['False', false],
      ['yes', true],
      ['No', false],
      ['Y', true],
      ['n', false],
      ['1', true],
      ['0', false],
      [1, true],
      [0, false],
      ['', false],
      [' ', false],
      [null, false],
      [undefined, false],
    ])('reads %j as %s', (input, expected) => {
      const person = mosPersonSchema.parse({ ...JANE, mos_enable: input, mos_opportunity: input });
      expect(person.mos_enable).toBe(expected);
      expect(person.mos_opportunity).toBe(expected);
    });

    it.each(['maybe', 'TRUEISH', '2', 'on'])('rejects %j on the right column', (input) => {
      const issues = issuesOf({ ...JANE, mos_opportunity: input });
      expect(issues).toHaveLength(1);
      expect(issues[0].path).toEqual(['mos_opportunity']);
      expect(issues[0].message).toContain('must be TRUE or FALSE');
    });

    it('rejects a value that is not text, a number or a boolean', () => {
      expect(issuesOf({ ...JANE, mos_enable: {} })).toEqual([{ path: ['mos_enable'], message: 'must be TRUE or FALSE' }]);
    });

    it('rejects a number other than 0 or 1', () => {
      expect(issuesOf({ ...JANE, mos_enable: 2 })).toEqual([
        { path: ['mos_enable'], message: 'must be TRUE or FALSE, not "2"' },
      ]);
    });
  });

  describe('course_enrollments', () => {
    it('accepts slugs and names in any case, as a string or an array, and emits canonical slugs', () => {
      expect(
        mosPersonSchema.parse({ ...JANE, course_enrollments: 'MEDDICC-GO-LIVE-PLAN, meddpicc masterclass' })
          .course_enrollments,
      ).toEqual(['Meddicc-go-live-plan', 'meddpicc-masterclass']);
      expect(
        mosPersonSchema.parse({ ...JANE, course_enrollments: ['MEDDICC Value Pyramid Program', 'meddicc-go-live-plan'] })
          .course_enrollments,
      ).toEqual(['value-pyramid-program', 'Meddicc-go-live-plan']);
    });

    it.each([undefined, null, '', []])('is empty for %j', (input) => {
      expect(mosPersonSchema.parse({ ...JANE, course_enrollments: input }).course_enrollments).toEqual([]);
    });

    it('rejects a value that is neither text nor a list of text', () => {
      expect(issuesOf({ ...JANE, course_enrollments: 3 })).toEqual([
        { path: ['course_enrollments'], message: 'must be a list of mOS programs' },
      ]);
    });

    it('names each unknown course and nothing else', () => {
      expect(issuesOf({ ...JANE, course_enrollments: 'meddpicc-masterclass, Sales 101,cold-calling' })).toEqual([
        { path: ['course_enrollments'], message: '"Sales 101" is not an mOS program' },
        { path: ['course_enrollments'], message: '"cold-calling" is not an mOS program' },
      ]);
    });

    it('reads names and slugs in any case, split by commas, semicolons or line breaks', () => {
      const parsed = mosPersonSchema.parse({ ...JANE, course_enrollments: 'MEDDPICC masterclass; meddicc go live plan\nVALUE-PYRAMID-PROGRAM' });
      expect(parsed.course_enrollments).toEqual(['meddpicc-masterclass', 'Meddicc-go-live-plan', 'value-pyramid-program']);
    });

    it('offers the nearest program for an unknown name close to one', () => {
      expect(issuesOf({ ...JANE, course_enrollments: 'Masterclass' })).toEqual([
        { path: ['course_enrollments'], message: '"Masterclass" is not an mOS program. Did you mean "MEDDPICC Masterclass"?' },
      ]);
    });
  });

  it('reports every wrong column at once, each with its path', () => {
    const paths = issuesOf({ email: 'nope', mos_enable: 'maybe', course_enrollments: 'x' }).map((issue) => issue.path);
    expect(paths).toEqual([['email'], ['mos_enable'], ['course_enrollments']]);
  });
});

describe('mosRowSchema', () => {
  it('requires a user_id on top of the person', () => {
    expect(issuesOf(JANE, mosRowSchema)).toEqual([{ path: ['user_id'], message: 'User ID is missing' }]);
    expect(issuesOf({ ...JANE, user_id: '  ' }, mosRowSchema)).toEqual([
      { path: ['user_id'], message: 'User ID is missing' },
    ]);
  });

  it('accepts a user_id in any case with surrounding space and writes it canonically', () => {
    const row = mosRowSchema.parse({ ...JANE, user_id: ' ext00042 ' });
    expect(row.user_id).toBe('EXT00042');
    expect(mosRowSchema.parse({ ...JANE, user_id: 'EXT100000' }).user_id).toBe('EXT100000');
  });

  it.each(['EXT0001', 'EXT00000', 'USR00001', 'EXT000001', '00001'])('rejects the user_id %j', (userId) => {
    expect(issuesOf({ ...JANE, user_id: userId }, mosRowSchema)).toEqual([
      { path: ['user_id'], message: `"${userId}" is not a user ID like EXT00001` },
    ]);
  });

  it('parses a full row', () => {
    expect(
      mosRowSchema.parse({
        user_id: 'EXT00001',
        first_name: 'Jane',
        last_name: 'Doe',
        email: 'Jane.Doe@example.com',
        job_title: 'Engineer II',
        mos_enable: 'TRUE',
        mos_opportunity: 'FALSE',
        course_enrollments: 'meddpicc-leadership-and-enablement-toolkit,meddicc-value-program',
      }),
    ).toEqual({
      user_id: 'EXT00001',
      first_name: 'Jane',
      last_name: 'Doe',
      email: 'jane.doe@example.com',
      job_title: 'Engineer II',
      mos_enable: true,
      mos_opportunity: false,
      course_enrollments: ['meddpicc-leadership-and-enablement-toolkit', 'meddicc-value-program'],
    });
  });
});

describe('readValidPersonFast', () => {
  // Seeded, so the generated cases are the same on every run.
  const next = prng(7);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const odd = [undefined, null, 0, 1, 2, NaN, true, false, [], ['x'], [1], {}];
  const text = () => pick<unknown>(['', ' ', 'Ana', '  José  ', 'Müller', 'O\u2019Connor', 'x'.repeat(300), '\u200bAna', ...odd]);
  const email = () =>
    pick<unknown>([
      'ana@example.com', ' Ana.Almeida@Example.COM ', 'ana.almeida.12@sub.example.co.uk', 'jose@exämple.de', 'jоse@example.com',
      'ana@@example.com', 'ana example@x.com', 'ana..b@x.com', 'ana@x', '', '   ', 'a\u200b@x.com', `${'a'.repeat(250)}@x.com`,
      '"q"@x.com', 'mailto:ana@x.com', 'ana@x.c', 'αβγ@παράδειγμα.ελ', 'ana+tag@x.io', ...odd,
    ]);
  const flag = () => pick<unknown>([true, false, 'TRUE', 'false', ' yes ', 'Y', 'n', '0', '1', '', 'maybe', 'on', 0, 1, 2, null, undefined, [], {}]);
  const courses = () =>
    pick<unknown>([
      [], '', 'meddpicc-masterclass', 'MEDDPICC Masterclass; meddicc-value-program', ['value-pyramid-program', ' MEDDICC Go Live Plan '],
      'meddpicc-masterclass,\nmeddpicc-masterclass', 'cooking', ['meddpicc-masterclass', 'nope'], [1], null, undefined, 3, true, {},
    ]);
  const people = Array.from({ length: 20_000 }, () => ({
    first_name: next() < 0.7 ? 'Ana' : text(),
    last_name: next() < 0.7 ? ' Almeida ' : text(),
    email: next() < 0.5 ? 'ana@example.com' : email(),
    job_title: next() < 0.7 ? 'AE' : text(),
    mos_enable: next() < 0.6 ? true : flag(),
    mos_opportunity: next() < 0.6 ? 'FALSE' : flag(),
    course_enrollments: next() < 0.6 ? 'meddpicc-masterclass' : courses(),
  }));

  it('gives the same person as mosPersonSchema for each valid one, and nothing for each invalid one', () => {
    let valid = 0;
    for (const input of people) {
      const fast = readValidPersonFast(input as Parameters<typeof readValidPersonFast>[0]);
      const parsed = mosPersonSchema.safeParse(input);
      expect({ input, fast: fast ?? null }).toEqual({ input, fast: parsed.success ? parsed.data : null });
      if (fast) valid++;
    }
    // Both answers must be well represented for the agreement to mean anything.
    expect(valid).toBeGreaterThan(2000);
    expect(people.length - valid).toBeGreaterThan(5000);
  });
});
