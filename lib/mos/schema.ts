import { z } from 'zod';
import { emailCheck } from './email';
import { rowMessage } from './row-messages';
import type { Said } from '../said';

/** A zod issue's text, with the message key riding along in its params for the editor to translate. */
const issueOf = ({ message, said }: { message: string; said: Said }) => ({ message, params: { said } });
import { USER_ID_PATTERN } from './ids';
import { parseCourseList, type ProgramSlug } from './programs';
import type { MosColumn } from './template';

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
      ctx.addIssue({ code: 'custom', ...issueOf(rowMessage('unknownProgram', { course })), input: value });
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
