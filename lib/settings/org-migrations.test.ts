import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_LEAVE_OUT, DEFAULT_ORG_SETTINGS, ORG_SETTINGS_MIGRATIONS, orgSettingsItem, readOrgSettings, rowPolicyOf } from './org';

/** Version 1 as the released extension stored it: a full copy of the settings, no version mark. */
const V1_FIXTURE = {
  hasOpportunityLicenses: false,
  retentionDays: 14,
  defaultSeats: { mos_enable: true, mos_opportunity: false },
  defaultPrograms: ['meddpicc-masterclass'],
  rules: [{ id: 'r1', match: 'contains', text: 'Sales', programs: ['meddpicc-masterclass'], enable: 'yes', opportunity: 'keep' }],
};

beforeEach(() => fakeBrowser.reset());

describe('organisation settings migrations', () => {
  it('2: keeps every value of a version 1 admin as their own choice', () => {
    expect(ORG_SETTINGS_MIGRATIONS[2](structuredClone(V1_FIXTURE))).toEqual(V1_FIXTURE);
  });

  it('2: repairs a damaged version 1 field and keeps the rest', () => {
    const migrated = ORG_SETTINGS_MIGRATIONS[2]({ ...V1_FIXTURE, retentionDays: 'soon' });
    expect(migrated).toEqual({ ...V1_FIXTURE, retentionDays: DEFAULT_ORG_SETTINGS.retentionDays });
  });

  it('an admin of version 1 finds their settings after the update', async () => {
    await fakeBrowser.storage.local.set({ orgSettings: structuredClone(V1_FIXTURE) });
    await orgSettingsItem.migrate();
    // Settings that version 1 did not have follow the defaults.
    expect(await readOrgSettings()).toEqual({ ...DEFAULT_ORG_SETTINGS, ...V1_FIXTURE });
    const meta = await fakeBrowser.storage.local.get('orgSettings$');
    expect(meta['orgSettings$']).toEqual({ v: 2 });
  });

  it('a version 2 value stored before "Use preferred first names" existed uses legal first names', async () => {
    await fakeBrowser.storage.local.set({ orgSettings: { retentionDays: 7 }, orgSettings$: { v: 2 } });
    await orgSettingsItem.migrate();
    const settings = await readOrgSettings();
    expect(settings.usePreferredFirstNames).toBe(false);
    expect(settings.retentionDays).toBe(7);
    expect(rowPolicyOf(settings).preferredFirstNames).toBeFalsy();
    expect(rowPolicyOf({ ...settings, usePreferredFirstNames: true }).preferredFirstNames).toBe(true);
  });

  it('a version 2 value from before the leave-out setting leaves every kind out, and keeps its choices', async () => {
    const { rules: _r, ...before } = V1_FIXTURE;
    await fakeBrowser.storage.local.set({ orgSettings: before, orgSettings$: { v: 2 } });
    await orgSettingsItem.migrate();
    const settings = await readOrgSettings();
    expect(settings).toMatchObject({ ...before, leaveOut: DEFAULT_LEAVE_OUT });
    expect(rowPolicyOf(settings).leaveOut).toEqual(['left', 'guest', 'notPerson', 'noWorkEmail', 'repeat']);
    expect(rowPolicyOf({ ...settings, leaveOut: { ...DEFAULT_LEAVE_OUT, repeat: false } }).leaveOut).not.toContain('repeat');
  });

  it('a new install starts from the defaults', async () => {
    await orgSettingsItem.migrate();
    expect(await readOrgSettings()).toEqual(DEFAULT_ORG_SETTINGS);
  });
});
