import { defineItem } from '../../browser/storage';
import { z } from 'zod';
import { toProgramSlug, type ProgramSlug } from '../../mos/programs';
import { DEFAULT_CHOICES, inviteValuesSchema, type InviteChoices, type InviteValues } from './person';

/** What the popup remembers between visits: the last choices used, never a person. */
export interface InvitePreferences extends InviteChoices {
  pressInviteMember: boolean;
  /** The permission names the mOS page offered last time, for suggestions. */
  permissionOptions: string[];
}

export const DEFAULT_PREFERENCES: InvitePreferences = {
  ...DEFAULT_CHOICES,
  pressInviteMember: false,
  permissionOptions: [],
};

const preferencesSchema = z
  .object({
    permissions: z.string().trim().min(1).max(64),
    mos_enable: z.boolean(),
    mos_opportunity: z.boolean(),
    course_enrollments: z.array(z.string()).transform((items) => items.map(toProgramSlug).filter((s): s is ProgramSlug => s !== undefined)),
    pressInviteMember: z.boolean(),
    permissionOptions: z.array(z.string().max(64)).max(20),
  })
  .partial();

const preferencesItem = defineItem<unknown>('local:invitePreferences');

// The people being typed are personal data: session storage lives in memory only, is cleared when the
// browser closes, and content scripts cannot read it. It lets the popup close and reopen without loss.
const workItem = defineItem<unknown>('session:inviteWork');

export async function loadInvitePreferences(): Promise<InvitePreferences> {
  const parsed = preferencesSchema.safeParse(await preferencesItem.getValue());
  return { ...DEFAULT_PREFERENCES, ...(parsed.success ? parsed.data : {}) };
}

export async function saveInvitePreferences(update: Partial<InvitePreferences>): Promise<void> {
  await preferencesItem.setValue({ ...(await loadInvitePreferences()), ...update });
}

export interface InviteWork {
  form: InviteValues;
  queue: InviteValues[];
}

const workSchema = z.object({ form: inviteValuesSchema, queue: z.array(inviteValuesSchema).max(500) });

export async function loadInviteWork(): Promise<InviteWork | undefined> {
  const parsed = workSchema.safeParse(await workItem.getValue().catch(() => undefined));
  return parsed.success ? parsed.data : undefined;
}

export async function saveInviteWork(work: InviteWork | undefined): Promise<void> {
  await (work ? workItem.setValue(work) : workItem.removeValue()).catch(() => undefined);
}
