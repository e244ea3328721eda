import { z } from 'zod';
import { defineItem } from '../browser/storage';
import { PROGRAMS, toProgramSlug, type ProgramSlug } from '../mos/programs';
import { titleRuleSchema, type TitleRule } from '../rules/title-rules';
import { LEAVE_OUT_KINDS, type LeaveOutKind } from '../mapping/exclusions';
import { readManagedSettings, watchManagedSettings, type ManagedSettings } from './managed';
import { applyPrecedence, withoutLocked, type Effective } from './precedence';

/** How long drafts are kept after their last change, unless the admin picks another number. */
export const DEFAULT_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 365;

export interface OrgSettings {
  /** Off: every row gets mos_opportunity FALSE, as the mOS help page asks of teams without these licenses. */
  hasOpportunityLicenses: boolean;
  /** Drafts not changed for this many days are deleted, so rosters do not linger in the browser. */
  retentionDays: number;
  /** Seats and programs a new draft gives rows whose file says nothing about them. */
  defaultSeats: { mos_enable: boolean; mos_opportunity: boolean };
  defaultPrograms: ProgramSlug[];
  /** "Job title matches … → programs and seats", applied to the rows of every new draft. */
  rules: TitleRule[];
  /** Where a source has a legal and a preferred first name: on uses the preferred one, off (the default) the legal one. */
  usePreferredFirstNames: boolean;
  /** Which kinds of rows are left out of the file by default (lib/drafts/left-out.ts); the admin can put anyone back. */
  leaveOut: LeaveOutSettings;
}

export type LeaveOutSettings = Record<LeaveOutKind, boolean>;

/** A careful admin leaves every kind out; contractors, people on leave and later starters always stay in. */
export const DEFAULT_LEAVE_OUT: LeaveOutSettings = { left: true, guest: true, notPerson: true, noWorkEmail: true, repeat: true };

export const leaveOutSchema = z.object(
  Object.fromEntries(LEAVE_OUT_KINDS.map((k) => [k, z.boolean().catch(true)])) as Record<LeaveOutKind, z.ZodCatch<z.ZodBoolean>>,
);

export const DEFAULT_ORG_SETTINGS: OrgSettings = {
  // On by default so a file's own mos_opportunity column is written as given until the admin says otherwise.
  hasOpportunityLicenses: true,
  retentionDays: DEFAULT_RETENTION_DAYS,
  // Enable is the seat people are invited for; Opportunity needs licenses many teams lack.
  defaultSeats: { mos_enable: true, mos_opportunity: false },
  defaultPrograms: [],
  rules: [],
  // HR's legal first name, as the issue asks: a preferred one is the admin's choice to make.
  usePreferredFirstNames: false,
  leaveOut: { ...DEFAULT_LEAVE_OUT },
};

const slugList = z
  .array(z.string().max(200))
  .max(PROGRAMS.length * 4)
  .transform((values) => [...new Set(values.map(toProgramSlug).filter((s): s is ProgramSlug => s !== undefined))]);

/** Each field falls back on its own, so one damaged value never loses the admin's other settings. */
export const orgSettingsSchema = z.object({
  hasOpportunityLicenses: z.boolean().catch(DEFAULT_ORG_SETTINGS.hasOpportunityLicenses),
  retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS).catch(DEFAULT_RETENTION_DAYS),
  defaultSeats: z
    .object({ mos_enable: z.boolean(), mos_opportunity: z.boolean() })
    .catch({ ...DEFAULT_ORG_SETTINGS.defaultSeats }),
  defaultPrograms: slugList.catch([]),
  rules: z.array(titleRuleSchema).max(500).catch([]),
  usePreferredFirstNames: z.boolean().catch(DEFAULT_ORG_SETTINGS.usePreferredFirstNames),
  // A stored value from before this setting has no key: every kind is left out, as for a new admin.
  leaveOut: leaveOutSchema.catch({ ...DEFAULT_LEAVE_OUT }),
});

/** What the admin chose, as stored from version 2 on: the keys they set; the rest follow the defaults. */
export type StoredOrgSettings = Partial<OrgSettings>;

/**
 * Numbered migrations: entry N turns a value of version N-1 into version N. Never edit a released one.
 * v2: version 1 kept a full copy of the settings; version 2 keeps the admin's choices, so IT's policy
 * and new defaults sit beside them (managed > admin > default). Every v1 value was the admin's, and is kept.
 */
export const ORG_SETTINGS_MIGRATIONS = {
  2: (v1: unknown): StoredOrgSettings => {
    // Only what version 1 held: settings added since were never the admin's choice, so they follow the defaults.
    const { hasOpportunityLicenses, retentionDays, defaultSeats, defaultPrograms, rules } = normaliseOrgSettings(v1);
    return { hasOpportunityLicenses, retentionDays, defaultSeats, defaultPrograms, rules };
  },
} satisfies Record<number, (old: unknown) => StoredOrgSettings>;

export const orgSettingsItem = defineItem<StoredOrgSettings>('local:orgSettings', {
  fallback: {},
  version: 2,
  migrations: ORG_SETTINGS_MIGRATIONS,
});

/** The settings as stored, repaired field by field where something is missing or damaged. */
export function normaliseOrgSettings(value: unknown): OrgSettings {
  const input = typeof value === 'object' && value !== null ? value : {};
  return orgSettingsSchema.parse({ ...DEFAULT_ORG_SETTINGS, ...input });
}

/** The admin's own choices, each repaired or dropped alone. */
function storedChoices(value: unknown): StoredOrgSettings {
  if (typeof value !== 'object' || value === null) return {};
  const repaired = normaliseOrgSettings(value);
  return Object.fromEntries(Object.keys(DEFAULT_ORG_SETTINGS).filter((k) => k in value).map((k) => [k, repaired[k as keyof OrgSettings]]));
}

/** Policy first, then the admin, then the default; `locked` names what IT set. */
export function resolveOrgSettings(stored: unknown, managed: ManagedSettings): Effective<OrgSettings> {
  const { mosOrigins: _origins, ...managedOrg } = managed;
  const { value, locked } = applyPrecedence(DEFAULT_ORG_SETTINGS, storedChoices(stored), managedOrg);
  return { value: normaliseOrgSettings(value), locked };
}

export async function readEffectiveOrgSettings(): Promise<Effective<OrgSettings>> {
  return resolveOrgSettings(await orgSettingsItem.getValue(), await readManagedSettings());
}

/** The settings in force: what IT set wins everywhere they are used. */
export async function readOrgSettings(): Promise<OrgSettings> {
  return (await readEffectiveOrgSettings()).value;
}

/** A change to the settings, or a way to work one out from the settings in force when it is saved. */
export type OrgSettingsChange = Partial<OrgSettings> | ((current: OrgSettings) => Partial<OrgSettings>);

export function changeOf(change: OrgSettingsChange, current: OrgSettings): Partial<OrgSettings> {
  return typeof change === 'function' ? change(current) : change;
}

// Saves run one after another: each reads what the one before wrote, so quick edits never undo each other.
let lastSave: Promise<unknown> = Promise.resolve();

/** Saves the admin's change, less anything IT locked; returns the settings in force. */
export function updateOrgSettings(change: OrgSettingsChange): Promise<OrgSettings> {
  const save = async () => {
    const { value, locked } = await readEffectiveOrgSettings();
    const allowed = withoutLocked(changeOf(change, value), locked);
    await orgSettingsItem.setValue(storedChoices({ ...storedChoices(await orgSettingsItem.getValue()), ...allowed }));
    return readOrgSettings();
  };
  const saved = lastSave.then(save, save);
  lastSave = saved.catch(() => undefined);
  return saved;
}

export function watchEffectiveOrgSettings(onChange: (settings: Effective<OrgSettings>) => void): () => void {
  const reread = () => void readEffectiveOrgSettings().then(onChange);
  const stopUser = orgSettingsItem.watch(reread);
  const stopManaged = watchManagedSettings(reread);
  return () => {
    stopUser();
    stopManaged();
  };
}

export function watchOrgSettings(onChange: (settings: OrgSettings) => void): () => void {
  return watchEffectiveOrgSettings(({ value }) => onChange(value));
}

/** The part of the settings that changes what every row becomes. */
export function rowPolicyOf(
  settings: Pick<OrgSettings, 'hasOpportunityLicenses'> & Partial<Pick<OrgSettings, 'usePreferredFirstNames' | 'leaveOut'>>,
): { opportunityLicenses: boolean; preferredFirstNames?: boolean; leaveOut: LeaveOutKind[] } {
  const leaveOut = settings.leaveOut ?? DEFAULT_LEAVE_OUT;
  return {
    opportunityLicenses: settings.hasOpportunityLicenses,
    ...(settings.usePreferredFirstNames && { preferredFirstNames: true }),
    leaveOut: LEAVE_OUT_KINDS.filter((k) => leaveOut[k]),
  };
}

/** What a new draft gives rows whose file says nothing about seats or programs. */
export function draftDefaultsOf(settings: Pick<OrgSettings, 'defaultSeats' | 'defaultPrograms'>): {
  mos_enable: boolean;
  mos_opportunity: boolean;
  course_enrollments: string[];
} {
  return { ...settings.defaultSeats, course_enrollments: [...settings.defaultPrograms] };
}
