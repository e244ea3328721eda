import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_ORG_SETTINGS,
  normaliseOrgSettings,
  orgSettingsItem,
  readOrgSettings,
  updateOrgSettings,
  watchOrgSettings,
} from './org';
import { newTitleRule } from '../rules/title-rules';

beforeEach(() => fakeBrowser.reset());

describe('organisation settings', () => {
  it('starts from the defaults: licenses on, 30 days, Enable seat, no programs, no rules', async () => {
    expect(await readOrgSettings()).toEqual(DEFAULT_ORG_SETTINGS);
    expect(DEFAULT_ORG_SETTINGS).toMatchObject({ hasOpportunityLicenses: true, retentionDays: 30 });
  });

  it('saves a change and keeps the other settings', async () => {
    await updateOrgSettings({ retentionDays: 7 });
    const saved = await updateOrgSettings({ hasOpportunityLicenses: false });
    expect(saved).toMatchObject({ retentionDays: 7, hasOpportunityLicenses: false });
    expect(await readOrgSettings()).toEqual(saved);
  });

  it('keeps every one of several quick changes made before the first is saved', async () => {
    const rule = { ...newTitleRule('r1'), text: 'sales' };
    await Promise.all([
      updateOrgSettings({ rules: [rule] }),
      updateOrgSettings((current) => ({ rules: current.rules.map((r) => ({ ...r, programs: ['meddpicc-masterclass'] })) })),
      updateOrgSettings((current) => ({ rules: current.rules.map((r) => ({ ...r, enable: 'no' as const })) })),
      updateOrgSettings({ retentionDays: 9 }),
    ]);
    expect(await readOrgSettings()).toMatchObject({
      retentionDays: 9,
      rules: [{ ...rule, programs: ['meddpicc-masterclass'], enable: 'no' }],
    });
  });

  it('goes on saving after a save that failed', async () => {
    const setValue = vi.spyOn(orgSettingsItem, 'setValue').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateOrgSettings({ retentionDays: 3 })).rejects.toThrow('quota');
    expect(await updateOrgSettings({ retentionDays: 4 })).toMatchObject({ retentionDays: 4 });
    setValue.mockRestore();
  });

  it('keeps only what the admin chose, in the local area', async () => {
    await updateOrgSettings({ retentionDays: 12 });
    const stored = await fakeBrowser.storage.local.get('orgSettings');
    expect(stored.orgSettings).toEqual({ retentionDays: 12 });
    expect(orgSettingsItem.key).toBe('local:orgSettings');
  });

  it('repairs a damaged field without losing the others', () => {
    const repaired = normaliseOrgSettings({
      hasOpportunityLicenses: false,
      retentionDays: -4,
      defaultPrograms: ['MEDDICC Go Live Plan', 'nonsense'],
      rules: 'not a list',
    });
    expect(repaired).toEqual({
      ...DEFAULT_ORG_SETTINGS,
      hasOpportunityLicenses: false,
      defaultPrograms: ['Meddicc-go-live-plan'],
    });
    expect(normaliseOrgSettings(null)).toEqual(DEFAULT_ORG_SETTINGS);
  });

  it('refuses retention outside 1 to 365 days by keeping the default', () => {
    expect(normaliseOrgSettings({ retentionDays: 0 }).retentionDays).toBe(30);
    expect(normaliseOrgSettings({ retentionDays: 366 }).retentionDays).toBe(30);
    expect(normaliseOrgSettings({ retentionDays: 365 }).retentionDays).toBe(365);
  });

  it('tells a watcher about changes made elsewhere', async () => {
    const seen: boolean[] = [];
    const stop = watchOrgSettings((s) => seen.push(s.hasOpportunityLicenses));
    await orgSettingsItem.setValue({ ...DEFAULT_ORG_SETTINGS, hasOpportunityLicenses: false });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    stop();
  });
});
