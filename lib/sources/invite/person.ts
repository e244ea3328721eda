import { z } from 'zod';
import { PROGRAMS, parseCourseList, toProgramSlug, type ProgramSlug } from '../../mos/programs';
import { mosPersonSchema, type MosPerson } from '../../mos/schema';
import type { PastedPerson } from './paste';
import { sayer, type Said } from '../../said';

/** What the admin fills in for one invitee: the mOS invite form's fields, plus seats and programs. */
export interface InviteValues {
  first_name: string;
  last_name: string;
  email: string;
  job_title: string;
  permissions: string;
  mos_enable: boolean;
  mos_opportunity: boolean;
  course_enrollments: ProgramSlug[];
}

export type InviteField = keyof InviteValues;
export type TextField = 'first_name' | 'last_name' | 'email' | 'job_title' | 'permissions';
export const TEXT_FIELDS: readonly TextField[] = ['first_name', 'last_name', 'email', 'job_title', 'permissions'];

/** A checked invitee: the mOS person (trimmed, email lower-cased, program slugs) plus permissions. */
export type InvitePerson = MosPerson & { permissions: string };

/** The choices that carry over from one invitee to the next, and are remembered between visits. */
export interface InviteChoices {
  permissions: string;
  mos_enable: boolean;
  mos_opportunity: boolean;
  course_enrollments: ProgramSlug[];
}

/** The mOS invite form's own choices, as far as the help page and the screen show them. */
export const PERMISSION_CHOICES = ['Member', 'Administrator'] as const;

export const DEFAULT_CHOICES: InviteChoices = {
  permissions: 'Member',
  // Enable is the seat people are invited for; Opportunity needs licenses many teams lack.
  mos_enable: true,
  mos_opportunity: false,
  course_enrollments: [],
};

const MAX_TEXT = 256;
const MAX_PERMISSIONS = 64;

const slugList = z
  .array(z.string())
  .transform((items) => items.map(toProgramSlug).filter((slug): slug is ProgramSlug => slug !== undefined));

export const inviteValuesSchema = z.object({
  first_name: z.string().max(MAX_TEXT),
  last_name: z.string().max(MAX_TEXT),
  email: z.string().max(MAX_TEXT * 2),
  job_title: z.string().max(MAX_TEXT),
  permissions: z.string().max(MAX_PERMISSIONS),
  mos_enable: z.boolean(),
  mos_opportunity: z.boolean(),
  course_enrollments: slugList,
});

export function blankInvitee(choices: InviteChoices = DEFAULT_CHOICES): InviteValues {
  return {
    first_name: '',
    last_name: '',
    email: '',
    job_title: '',
    ...choices,
    course_enrollments: [...choices.course_enrollments],
  };
}

export function choicesOf(values: InviteValues): InviteChoices {
  return {
    permissions: values.permissions.trim() || DEFAULT_CHOICES.permissions,
    mos_enable: values.mos_enable,
    mos_opportunity: values.mos_opportunity,
    course_enrollments: [...values.course_enrollments],
  };
}

/** Nothing typed about the person yet (choices such as seats do not count). */
export function isBlankInvitee(values: InviteValues): boolean {
  return [values.first_name, values.last_name, values.email, values.job_title].every((text) => text.trim() === '');
}

export function normalisedEmail(values: Pick<InviteValues, 'email'>): string {
  return values.email.trim().toLowerCase();
}

export type FieldErrors = Partial<Record<InviteField, string>>;

export interface InviteeCheck {
  person?: InvitePerson;
  errors: FieldErrors;
  /** The errors as keys, for the popup to show in the admin's language. */
  errorsSaid?: Partial<Record<InviteField, Said>>;
}

/** The invite form's own field errors, in English; the same texts are under said.field in locales/en.yml. */
export const FIELD_MESSAGES = {
  choosePermissions: 'Choose the permissions, for example Member',
  permissionsTooLong: 'Permissions can be at most {max} characters',
  alreadyListed: 'This address is already in the list',
  tooLong: 'At most {max} characters',
} as const;

const sayField = sayer(FIELD_MESSAGES, 'said.field');

/**
 * Checks one invitee with the mOS person schema, as the import would. `listedEmails` are the other
 * people already in the list: the same address twice would be invited twice.
 */
export function checkInvitee(values: InviteValues, listedEmails: ReadonlySet<string> = new Set()): InviteeCheck {
  const errors: FieldErrors = {};
  const errorsSaid: Partial<Record<InviteField, Said>> = {};
  const set = (field: InviteField, told: { text: string; said: Said }) => {
    errors[field] = told.text;
    errorsSaid[field] = told.said;
  };
  const parsed = mosPersonSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '') as InviteField;
      if (errors[field] !== undefined) continue;
      errors[field] = issue.message;
      // The mOS schema's checks carry their key (lib/mos/row-wording.ts).
      const said = (issue as { params?: { said?: Said } }).params?.said;
      if (said) errorsSaid[field] = said;
    }
  }
  const permissions = values.permissions.trim();
  if (permissions === '') set('permissions', sayField('choosePermissions'));
  else if (permissions.length > MAX_PERMISSIONS) set('permissions', sayField('permissionsTooLong', { max: MAX_PERMISSIONS }));
  if (!errors.email && listedEmails.has(normalisedEmail(values))) set('email', sayField('alreadyListed'));
  for (const field of ['first_name', 'last_name', 'job_title'] as const) {
    if (!errors[field] && values[field].trim().length > MAX_TEXT) set(field, sayField('tooLong', { max: MAX_TEXT }));
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { errors, errorsSaid };
  return { person: { ...parsed.data, permissions }, errors };
}

export interface PastedValues {
  values: InviteValues;
  /** Program names or slugs in the pasted text that are not mOS programs. */
  unknownPrograms: string[];
}

/** A pasted person as form values: what the paste says, the current choices for what it does not. */
export function valuesFromPaste(pasted: PastedPerson, choices: InviteChoices): PastedValues {
  const courses = pasted.course_enrollments === undefined ? undefined : parseCourseList(pasted.course_enrollments);
  return {
    values: {
      first_name: pasted.first_name,
      last_name: pasted.last_name,
      email: pasted.email,
      job_title: pasted.job_title,
      permissions: pasted.permissions ?? choices.permissions,
      mos_enable: pasted.mos_enable ?? choices.mos_enable,
      mos_opportunity: pasted.mos_opportunity ?? choices.mos_opportunity,
      course_enrollments: courses ? courses.slugs : [...choices.course_enrollments],
    },
    unknownPrograms: courses?.unknown ?? [],
  };
}

/** Program names, in the help page's order, for slugs. */
export function programNames(slugs: readonly string[]): string[] {
  return PROGRAMS.filter((program) => slugs.includes(program.slug)).map((program) => program.name);
}

export function displayName(values: Pick<InviteValues, 'first_name' | 'last_name' | 'email'>): string {
  return `${values.first_name.trim()} ${values.last_name.trim()}`.trim() || values.email.trim();
}
