import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { PROGRAMS, toProgramSlug, type ProgramSlug } from '../mos/programs';
import { titleRuleSchema, type TitleRule } from '../rules/title-rules';

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
}

export const DEFAULT_ORG_SETTINGS: OrgSettings = {
  // On by default so a file's own mos_opportunity column is written as given until the admin says otherwise.
  hasOpportunityLicenses: true,
  retentionDays: DEFAULT_RETENTION_DAYS,
  // Enable is the seat people are invited for; Opportunity needs licenses many teams lack.
  defaultSeats: { mos_enable: true, mos_opportunity: false },
  defaultPrograms: [],
  rules: [],
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
});

/** Version 1 of the stored settings; a later shape bumps the version and adds its migration here. */
export const orgSettingsItem = storage.defineItem<OrgSettings>('local:orgSettings', {
  fallback: DEFAULT_ORG_SETTINGS,
  version: 1,
  migrations: {},
});

/** The settings as stored, repaired field by field where something is missing or damaged. */
export function normaliseOrgSettings(value: unknown): OrgSettings {
  const input = typeof value === 'object' && value !== null ? value : {};
  return orgSettingsSchema.parse({ ...DEFAULT_ORG_SETTINGS, ...input });
}

export async function readOrgSettings(): Promise<OrgSettings> {
  return normaliseOrgSettings(await orgSettingsItem.getValue());
}

/** Saves a change to some settings; returns them all as saved. */
export async function updateOrgSettings(change: Partial<OrgSettings>): Promise<OrgSettings> {
  const next = normaliseOrgSettings({ ...(await readOrgSettings()), ...change });
  await orgSettingsItem.setValue(next);
  return next;
}

export function watchOrgSettings(onChange: (settings: OrgSettings) => void): () => void {
  return orgSettingsItem.watch((value) => onChange(normaliseOrgSettings(value)));
}

/** The part of the settings that changes what every row becomes. */
export function rowPolicyOf(settings: Pick<OrgSettings, 'hasOpportunityLicenses'>): { opportunityLicenses: boolean } {
  return { opportunityLicenses: settings.hasOpportunityLicenses };
}

/** What a new draft gives rows whose file says nothing about seats or programs. */
export function draftDefaultsOf(settings: Pick<OrgSettings, 'defaultSeats' | 'defaultPrograms'>): {
  mos_enable: boolean;
  mos_opportunity: boolean;
  course_enrollments: string[];
} {
  return { ...settings.defaultSeats, course_enrollments: [...settings.defaultPrograms] };
}
