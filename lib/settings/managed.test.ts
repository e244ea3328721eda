import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TEST_MANAGED_KEY, parseManagedSettings, readManagedSettings, watchManagedSettings } from './managed';
import { DEFAULT_ORG_SETTINGS, readEffectiveOrgSettings, readOrgSettings, updateOrgSettings } from './org';

beforeEach(() => fakeBrowser.reset());

describe('managed settings', () => {
  it('keeps the well-formed policy values and drops the rest, field by field', () => {
    expect(
      parseManagedSettings({
        mosOrigins: ['https://mos.example'],
        retentionDays: 'ninety',
        hasOpportunityLicenses: false,
        defaultPrograms: ['MEDDPICC Masterclass', 'nonsense'],
        unknownPolicy: 1,
      }),
    ).toEqual({ mosOrigins: ['https://mos.example'], hasOpportunityLicenses: false, defaultPrograms: ['meddpicc-masterclass'] });
    expect(parseManagedSettings(undefined)).toEqual({});
  });

  it('IT can choose preferred first names for everyone, and the admin cannot change it', async () => {
    expect(parseManagedSettings({ usePreferredFirstNames: true })).toEqual({ usePreferredFirstNames: true });
    expect(parseManagedSettings({ usePreferredFirstNames: 'yes' })).toEqual({});
    await fakeBrowser.storage.local.set({ [TEST_MANAGED_KEY]: { usePreferredFirstNames: true } });
    await updateOrgSettings({ usePreferredFirstNames: false });
    const { value, locked } = await readEffectiveOrgSettings();
    expect(value.usePreferredFirstNames).toBe(true);
    expect(locked.has('usePreferredFirstNames')).toBe(true);
  });

  it('reads chrome.storage.managed in a normal build', async () => {
    await fakeBrowser.storage.managed.set({ retentionDays: 7 });
    expect(await readManagedSettings('production')).toEqual({ retentionDays: 7 });
  });

  it('reads only the test key in the test build, never in a normal one', async () => {
    await fakeBrowser.storage.local.set({ [TEST_MANAGED_KEY]: { retentionDays: 9 } });
    expect(await readManagedSettings('test')).toEqual({ retentionDays: 9 });
    expect(await readManagedSettings('production')).toEqual({});
  });

  it('treats a refused managed read (Firefox without policy) as nothing managed', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await readManagedSettings('production')).toEqual({});
  });

  it('calls back when the policy changes', async () => {
    const seen = vi.fn();
    const stop = watchManagedSettings(seen, 'production');
    await fakeBrowser.storage.managed.set({ retentionDays: 3 });
    stop();
    expect(seen).toHaveBeenCalled();
  });
});

// Unit tests run in mode 'test', so the adapter reads the test build's policy key.
const setPolicy = (policy: object) => fakeBrowser.storage.local.set({ [TEST_MANAGED_KEY]: policy });

describe('precedence of organisation settings', () => {
  it('managed wins over the admin, and is locked; the rest is the admin’s or the default', async () => {
    await updateOrgSettings({ retentionDays: 12, hasOpportunityLicenses: false });
    await setPolicy({ retentionDays: 90 });
    const { value, locked } = await readEffectiveOrgSettings();
    expect(value).toEqual({ ...DEFAULT_ORG_SETTINGS, retentionDays: 90, hasOpportunityLicenses: false });
    expect([...locked]).toEqual(['retentionDays']);
  });

  it('never saves the admin’s change to a locked setting', async () => {
    await setPolicy({ hasOpportunityLicenses: false });
    await updateOrgSettings({ hasOpportunityLicenses: true, retentionDays: 5 });
    expect(await readOrgSettings()).toMatchObject({ hasOpportunityLicenses: false, retentionDays: 5 });
    expect((await fakeBrowser.storage.local.get('orgSettings')).orgSettings).toEqual({ retentionDays: 5 });
  });

  it('brings back the admin’s own value when IT lifts the policy', async () => {
    await updateOrgSettings({ retentionDays: 12 });
    await setPolicy({ retentionDays: 90 });
    expect((await readOrgSettings()).retentionDays).toBe(90);
    await setPolicy({});
    expect((await readOrgSettings()).retentionDays).toBe(12);
  });

  it('keeps an out-of-range policy retention within the allowed days', async () => {
    await setPolicy({ retentionDays: 5000 });
    expect((await readOrgSettings()).retentionDays).toBe(DEFAULT_ORG_SETTINGS.retentionDays);
  });
});

describe('the managed schema shipped for Chrome', () => {
  it('lists exactly the settings the adapter reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const schema = JSON.parse(await readFile(new URL('../../public/managed-schema.json', import.meta.url), 'utf8'));
    const { MANAGED_KEYS } = await import('./managed');
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_KEYS].sort());
  });
});

describe('the leaveOut policy key', () => {
  it('takes the kinds IT sets, locks the setting, and leaves the kinds it does not name on', async () => {
    const { resolveOrgSettings, rowPolicyOf } = await import('./org');
    const managed = parseManagedSettings({ leaveOut: { repeat: false, noWorkEmail: false } });
    expect(managed).toEqual({ leaveOut: { repeat: false, noWorkEmail: false } });
    const { value, locked } = resolveOrgSettings({ leaveOut: { left: false, guest: true, notPerson: true, noWorkEmail: true, repeat: true } }, managed);
    expect(locked.has('leaveOut')).toBe(true);
    expect(rowPolicyOf(value).leaveOut).toEqual(['left', 'guest', 'notPerson']);
    expect(parseManagedSettings({ leaveOut: { repeat: 'no' } })).toEqual({});
  });
});
