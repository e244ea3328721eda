import { z } from 'zod';
import { describeFileIssue } from '../file-problems';
import { jsonPlaceSentence, sayJsonWords } from '../json-place';
import type { Said } from '../said';
import { PROGRAMS, toProgramSlug, type ProgramSlug } from '../mos/programs';
import { titleRuleSchema } from '../rules/title-rules';
import { DEFAULT_LEAVE_OUT, MAX_RETENTION_DAYS, type OrgSettings } from './org';
import { LEAVE_OUT_KINDS, type LeaveOutKind } from '../mapping/exclusions';

/** Marks our settings files, so a draft export or any other JSON is told apart at once. */
export const SETTINGS_FILE_FORMAT = 'roster-sync-for-mos/settings';
/** Bump with a new shape, and keep reading the old ones. */
export const SETTINGS_FILE_VERSION = 1;

const programSlug = z.string().transform((value, ctx): ProgramSlug => {
  const slug = toProgramSlug(value);
  if (slug !== undefined) return slug;
  ctx.addIssue({ code: 'custom', message: `"${value}" is not an mOS program`, params: { fileProblem: 'notProgram', value } });
  return z.NEVER;
});

// Strict objects: a settings file holds settings only, so anything else (people, rows) is refused, not carried in.
const settingsV1 = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  version: z.literal(SETTINGS_FILE_VERSION),
  exportedAt: z.string().max(40).optional(),
  settings: z.strictObject({
    hasOpportunityLicenses: z.boolean(),
    retentionDays: z.number().int().min(1).max(MAX_RETENTION_DAYS),
    defaultSeats: z.strictObject({ mos_enable: z.boolean(), mos_opportunity: z.boolean() }),
    defaultPrograms: z.array(programSlug).max(PROGRAMS.length),
    rules: z.array(titleRuleSchema.strict()).max(500),
    // Files from before this setting existed read as the default, the legal first name.
    usePreferredFirstNames: z.boolean().default(false),
    // Files from before this setting have none: the defaults apply.
    leaveOut: z.strictObject(Object.fromEntries(LEAVE_OUT_KINDS.map((k) => [k, z.boolean()])) as Record<LeaveOutKind, z.ZodBoolean>).optional(),
  }),
  /** The organisation's next user_id, so a new browser never hands out an ID again. */
  nextUserId: z.number().int().min(1).optional(),
});

export interface SettingsFile {
  settings: OrgSettings;
  nextUserId?: number;
}

export type SettingsImport =
  | { ok: true; file: SettingsFile }
  /** `field` is where the problem is, such as "settings.rules[2].match"; empty for the file itself. */
  | { ok: false; reason: 'not-settings' | 'newer-version'; field: string; detail: string }
  /** `problem` says so in our words, and where when the engine said (`sentences` are its keys); `detail` is the engine's, for logs. */
  | { ok: false; reason: 'not-json'; field: string; detail: string; problem: string; sentences: Said[] }
  /** `problem` says where and what in our words (`said` is its key); `detail` is zod's wording, for logs. */
  | { ok: false; reason: 'bad-field'; field: string; detail: string; problem: string; said: Said };

export function settingsToJson(settings: OrgSettings, nextUserId: number, now = new Date()): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, exportedAt: now.toISOString(), settings, nextUserId };
  return `${JSON.stringify(file, null, 2)}\n`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '');
}

/** Reads a settings file, naming the first bad field; nothing is saved here. */
export function parseSettingsJson(text: string): SettingsImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    const told = [sayJsonWords('notJson'), jsonPlaceSentence(text, e)].filter((t) => t !== undefined);
    const problem = told.map((t) => t.text).join(' ');
    return { ok: false, reason: 'not-json', field: '', detail: e instanceof Error ? e.message : String(e), problem, sentences: told.map((t) => t.said) };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, reason: 'not-settings', field: 'format', detail: `expected "${SETTINGS_FILE_FORMAT}"` };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > SETTINGS_FILE_VERSION) {
    return { ok: false, reason: 'newer-version', field: 'version', detail: String(version) };
  }
  const parsed = settingsV1.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const field = fieldPath([...issue.path, ...(keys.length > 0 ? [keys[0]!] : [])]);
    const { text, said } = describeFileIssue(issue, raw);
    return { ok: false, reason: 'bad-field', field, detail: issue.message, problem: text, said };
  }
  const { settings, nextUserId } = parsed.data;
  const full: OrgSettings = { ...settings, leaveOut: settings.leaveOut ?? { ...DEFAULT_LEAVE_OUT } };
  return { ok: true, file: { settings: full, ...(nextUserId !== undefined && { nextUserId }) } };
}
