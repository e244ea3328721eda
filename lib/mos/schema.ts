import { z } from 'zod';
import { emailCheck, lowerCase } from './email';
import { rowMessage } from './row-wording';
import type { Said } from '../said';
import { USER_ID_PATTERN } from './ids';
import { nearestProgram, parseCourseList, type ProgramSlug } from './programs';
import type { MosColumn } from './template';

/** A zod issue's text, with the message key riding along in its params for the editor to translate. */
const issueOf = ({ message, said }: { message: string; said: Said }) => ({ message, params: { said } });

export const MOS_FIELD_LABELS: Record<MosColumn, string> = {
  user_id: 'User ID',
  first_name: 'First name',
  last_name: 'Last name',
  email: 'Email',
  job_title: 'Job title',
  mos_enable: 'Enable seat',
  mos_opportunity: 'Opportunity seat',
  course_enrollments: 'Programs',
};

const BOOLEAN_WORDS: ReadonlyMap<string, boolean> = new Map([
  ['true', true],
  ['yes', true],
  ['y', true],
  ['1', true],
  ['false', false],
  ['no', false],
  ['n', false],
  ['0', false],
  ['', false],
]);

function readBoolean(value: boolean | string | number | null | undefined): boolean | undefined {
  if (value === null || value === undefined) return false;
  if (typeof value === 'boolean') return value;
  return BOOLEAN_WORDS.get(String(value).trim().toLowerCase());
}

const seatFlag = z
  .union([z.boolean(), z.string(), z.number()], { error: 'must be TRUE or FALSE' })
  .nullish()
  .transform((value, ctx): boolean => {
    const flag = readBoolean(value);
    if (flag !== undefined) return flag;
    ctx.addIssue({ code: 'custom', ...issueOf(rowMessage('notBoolean', { value: String(value).trim() })), input: value });
    return z.NEVER;
  });

const optionalText = z
  .string()
  .trim()
  .nullish()
  .transform((value): string => value ?? '');

const email = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'Email is missing' : 'Email must be text') })
  .trim()
  .toLowerCase()
  .superRefine((address, ctx) => {
    const problem = emailCheck(address);
    if (problem !== undefined) ctx.addIssue({ code: 'custom', ...issueOf(problem), input: address });
  });


const courseEnrollments = z
  .union([z.string(), z.array(z.string())], { error: 'must be a list of mOS programs' })
  .nullish()
  .transform((value, ctx): ProgramSlug[] => {
    const { slugs, unknown } = parseCourseList(value ?? []);
    for (const course of unknown) {
      // The program it most likely means is offered by name, so the admin can tell a typo from another course.
      const near = nearestProgram(course);
      const message = near ? rowMessage('unknownProgramNear', { course, program: near.name }) : rowMessage('unknownProgram', { course });
      ctx.addIssue({ code: 'custom', ...issueOf(message), input: value });
    }
    return unknown.length === 0 ? slugs : z.NEVER;
  });

const userId = z
  .string({ error: (issue) => (issue.input === undefined || issue.input === null ? 'User ID is missing' : 'User ID must be text') })
  .trim()
  .toUpperCase()
  .superRefine((id, ctx) => {
    if (id === '') ctx.addIssue({ code: 'custom', ...issueOf(rowMessage('userIdMissing')), input: id });
    else if (!USER_ID_PATTERN.test(id)) {
      ctx.addIssue({ code: 'custom', ...issueOf(rowMessage('notUserId', { id })), input: id });
    }
  });

const personShape = {
  first_name: optionalText,
  last_name: optionalText,
  email,
  job_title: optionalText,
  mos_enable: seatFlag,
  mos_opportunity: seatFlag,
  course_enrollments: courseEnrollments,
};

/** One invitee before a user_id is allocated. */
export const mosPersonSchema = z.object(personShape);

/** One line of the mOS bulk import template. */
export const mosRowSchema = z.object({ user_id: userId, ...personShape });

export type MosPersonInput = z.input<typeof mosPersonSchema>;
export type MosPerson = z.output<typeof mosPersonSchema>;
export type MosRowInput = z.input<typeof mosRowSchema>;
export type MosRow = z.output<typeof mosRowSchema>;

type PersonFieldInput = string | boolean | number | readonly string[] | null | undefined;

/** The text fields as optionalText reads them; undefined when zod would not take the value as it is. */
function fastText(value: PersonFieldInput): string | undefined {
  if (typeof value === 'string') return value.trim();
  return value === null || value === undefined ? '' : undefined;
}

function fastFlag(value: PersonFieldInput): boolean | undefined {
  return typeof value === 'object' && value !== null ? undefined : readBoolean(value);
}

/** The programs of everyone who has none: one shared, frozen list, not a new one per person of a big file. */
const NO_PROGRAMS: ProgramSlug[] = Object.freeze([]) as unknown as ProgramSlug[];

/**
 * mosPersonSchema's answer for a valid person, worked out without zod (which runs without its compiled
 * path under the extension's CSP and costs most of the time of checking a big file). Undefined when the
 * person is not valid or not plainly so: then the schema itself decides and words the messages.
 * lib/mos/schema.test.ts proves that both agree on many generated people.
 */
export function readValidPersonFast(values: Readonly<Record<keyof MosPersonInput, PersonFieldInput>>): MosPerson | undefined {
  const { first_name, last_name, email, job_title, mos_enable, mos_opportunity, course_enrollments } = values;
  return readValidPersonFields(first_name, last_name, email, job_title, mos_enable, mos_opportunity, course_enrollments);
}

/** readValidPersonFast for values given one by one: a caller checking every row of a big file makes no record of them. */
export function readValidPersonFields(
  firstName: PersonFieldInput,
  lastName: PersonFieldInput,
  emailValue: PersonFieldInput,
  jobTitle: PersonFieldInput,
  enable: PersonFieldInput,
  opportunity: PersonFieldInput,
  programs: PersonFieldInput,
): MosPerson | undefined {
  const first_name = fastText(firstName);
  const last_name = fastText(lastName);
  const job_title = fastText(jobTitle);
  const mos_enable = fastFlag(enable);
  const mos_opportunity = fastFlag(opportunity);
  if (first_name === undefined || last_name === undefined || job_title === undefined || mos_enable === undefined || mos_opportunity === undefined) {
    return undefined;
  }
  if (typeof emailValue !== 'string') return undefined;
  const email = lowerCase(emailValue.trim());
  if (emailCheck(email) !== undefined) return undefined;
  const courses = programs ?? [];
  // The usual case, no programs said: what parseCourseList gives for it, without its lists and sets.
  if (courses === '' || (Array.isArray(courses) && courses.length === 0)) {
    return { first_name, last_name, email, job_title, mos_enable, mos_opportunity, course_enrollments: NO_PROGRAMS };
  }
  if (typeof courses !== 'string' && !(Array.isArray(courses) && courses.every((c) => typeof c === 'string'))) return undefined;
  const { slugs, unknown } = parseCourseList(courses as string | readonly string[]);
  if (unknown.length > 0) return undefined;
  return { first_name, last_name, email, job_title, mos_enable, mos_opportunity, course_enrollments: slugs };
}
