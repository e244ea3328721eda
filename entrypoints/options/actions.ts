import { i18n } from '#i18n';
import { say, saySentences } from '@/components/format';
import { rosterDbConnector } from '@/lib/drafts/db';
import { eraseDraftDatabase } from '@/lib/drafts/erase';
import { DEFAULT_ORG_KEY } from '@/lib/drafts/types';
import { raiseNextUserId, readNextUserId, userIdHistory, type IssuedBatch, type RaiseOutcome } from '@/lib/drafts/user-id-counter';
import { formatUserId } from '@/lib/mos/ids';
import { saveTextFile } from '@/lib/browser/save-file';
import { grantedMosPatterns } from '@/lib/settings/items';
import { grantedHrPatterns } from '@/lib/settings/hr-sites';
import { OriginInputError, mosOriginPattern, type OriginProblem } from '@/lib/settings/mos-origins';
import { readEffectiveOrgSettings, updateOrgSettings } from '@/lib/settings/org';
import { parseSettingsJson, settingsToJson, type SettingsImport } from '@/lib/settings/transfer';
import { grantSite, revokeSite } from './site-access';

const db = rosterDbConnector();

/** An address the admin typed that is not one, worded in the admin's language. */
export function originProblemText(problem: OriginProblem, subject: string): string {
  if (problem === 'empty') return i18n.t('options.origins.errorEmpty');
  if (problem === 'not-an-address') return i18n.t('options.origins.errorNotAddress', [subject]);
  if (problem === 'not-web') return i18n.t('options.origins.errorNotWeb', [subject]);
  return i18n.t('options.origins.errorNotHost', [subject]);
}

export async function grant(address: string): Promise<string | undefined> {
  let pattern: string;
  try {
    pattern = mosOriginPattern(address);
  } catch (e) {
    return e instanceof OriginInputError ? originProblemText(e.problem, e.subject) : String(e);
  }
  return grantSite(grantedMosPatterns, pattern, i18n.t('options.origins.refused'));
}

/** Still granted as an HR site, the address keeps its access for the export button there. */
export const revoke = (pattern: string): Promise<void> => revokeSite(grantedMosPatterns, grantedHrPatterns, pattern);

/** The pattern an address stands for, or undefined when IT's policy holds something that is not one. */
export function patternOf(address: string): string | undefined {
  try {
    return mosOriginPattern(address);
  } catch {
    return undefined;
  }
}

export async function deleteAllData(): Promise<string> {
  const granted = [...(await grantedMosPatterns.getValue()), ...(await grantedHrPatterns.getValue())];
  let blocked = false;
  await eraseDraftDatabase(() => (blocked = true));
  await browser.storage.local.clear();
  await Promise.all([grantedMosPatterns.setValue([]), grantedHrPatterns.setValue([])]);
  await browser.permissions.remove({ origins: granted }).catch(() => false);
  return blocked ? i18n.t('options.deleteAll.doneBlocked') : i18n.t('options.deleteAll.done');
}

export interface UserIdState {
  next: number;
  history: IssuedBatch[];
}

export async function readUserIds(): Promise<UserIdState> {
  const database = await db();
  const [next, history] = await Promise.all([readNextUserId(database, DEFAULT_ORG_KEY), userIdHistory(database, DEFAULT_ORG_KEY)]);
  return { next, history };
}

export async function raiseUserId(wanted: number): Promise<RaiseOutcome> {
  return raiseNextUserId(await db(), DEFAULT_ORG_KEY, wanted);
}

export async function exportSettings(): Promise<void> {
  const [{ value }, { next }] = await Promise.all([readEffectiveOrgSettings(), readUserIds()]);
  saveTextFile(`roster-sync-settings-${new Date().toISOString().slice(0, 10)}.json`, settingsToJson(value, next), 'application/json');
}

function refusal(result: Exclude<SettingsImport, { ok: true }>): string {
  if (result.reason === 'bad-field') return i18n.t('words.settingsFile.refused', { problem: say(result.problem, result.said) });
  if (result.reason === 'not-json') return saySentences(result.problem, result.sentences);
  if (result.reason === 'not-settings') return i18n.t('options.transfer.notSettings');
  return i18n.t('options.transfer.newerVersion', [result.detail]);
}

/** Applies a settings file: nothing is saved unless the whole file is valid; IT's values stay. */
export async function importSettings(text: string): Promise<{ kind: 'ok' | 'error'; text: string }> {
  const parsed = parseSettingsJson(text);
  if (!parsed.ok) return { kind: 'error', text: refusal(parsed) };
  const { locked } = await readEffectiveOrgSettings();
  await updateOrgSettings(parsed.file.settings);
  if (parsed.file.nextUserId !== undefined) {
    const outcome = await raiseUserId(parsed.file.nextUserId);
    if (outcome.kind === 'too-low') return { kind: 'ok', text: i18n.t('options.transfer.lowerUserId', [formatUserId(outcome.next)]) };
  }
  if (locked.size > 0) return { kind: 'ok', text: i18n.t('options.transfer.importedLocked') };
  return { kind: 'ok', text: i18n.t('options.transfer.imported') };
}
