import { z } from 'zod';
import { onStorageChanged, readLocal, readManaged } from '../browser/storage';
import { PROGRAMS, toProgramSlug, type ProgramSlug } from '../mos/programs';
import { titleRuleSchema } from '../rules/title-rules';
import { LEAVE_OUT_KINDS, type LeaveOutKind } from '../mapping/exclusions';
// Type only: org.ts reads this adapter, so a value import back would be a cycle.
import type { OrgSettings } from './org';

/**
 * What IT may preset for a force-installed deployment (chrome.storage.managed, from policy).
 * Mirrors public/managed-schema.json, which Chrome reads from the manifest's storage.managed_schema.
 */
export interface ManagedSettings extends Partial<OrgSettings> {
  /** mOS addresses IT presets; the admin still presses Grant once unless policy grants the host too. */
  mosOrigins?: string[];
}

const programList = z
  .array(z.string().max(200))
  .max(PROGRAMS.length * 4)
  .transform((values) => [...new Set(values.map(toProgramSlug).filter((s): s is ProgramSlug => s !== undefined))]);

// Each field is checked alone and dropped when wrong: one typo in a policy must not unlock or break the rest.
const fieldSchemas = {
  mosOrigins: z.array(z.string().min(1).max(2000)).max(50),
  hasOpportunityLicenses: z.boolean(),
  // The upper bound is org.ts's: the effective settings are normalised there.
  retentionDays: z.number().int().min(1),
  defaultSeats: z.object({ mos_enable: z.boolean(), mos_opportunity: z.boolean() }),
  defaultPrograms: programList,
  rules: z.array(titleRuleSchema).max(500),
  usePreferredFirstNames: z.boolean(),
  leaveOut: z.strictObject(Object.fromEntries(LEAVE_OUT_KINDS.map((k) => [k, z.boolean()])) as Record<LeaveOutKind, z.ZodBoolean>).partial(),
} as const;

export type ManagedKey = keyof typeof fieldSchemas;
export const MANAGED_KEYS = Object.keys(fieldSchemas) as ManagedKey[];

/** The policy's values that are well formed; anything else in it is left out. */
export function parseManagedSettings(raw: unknown): ManagedSettings {
  if (typeof raw !== 'object' || raw === null) return {};
  const input = raw as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of MANAGED_KEYS) {
    if (input[key] === undefined) continue;
    const parsed = fieldSchemas[key].safeParse(input[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as ManagedSettings;
}

/**
 * The test build's stand-in for policy: browsers fill chrome.storage.managed only from enterprise
 * policy, which a test cannot set, so the test build (and only it) reads this local key instead.
 */
export const TEST_MANAGED_KEY = 'testManagedSettings';

function isTestBuild(mode: string): boolean {
  return mode === 'test';
}

/** Reads the managed settings: the one place that knows where policy values come from. */
export async function readManagedSettings(mode: string = import.meta.env.MODE): Promise<ManagedSettings> {
  try {
    if (isTestBuild(mode)) return parseManagedSettings((await readLocal(TEST_MANAGED_KEY))[TEST_MANAGED_KEY]);
    return parseManagedSettings(await readManaged());
  } catch {
    // Without a policy, Firefox rejects managed reads ("manifest not found"): that means nothing is managed.
    return {};
  }
}

/** Calls back when IT's values may have changed. */
export function watchManagedSettings(onChange: () => void, mode: string = import.meta.env.MODE): () => void {
  const area = isTestBuild(mode) ? 'local' : 'managed';
  const listener = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== area) return;
    if (area === 'local' && !(TEST_MANAGED_KEY in changes)) return;
    onChange();
  };
  return onStorageChanged(listener);
}
