import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { blankInvitee } from './person';
import { DEFAULT_PREFERENCES, loadInvitePreferences, loadInviteWork, saveInvitePreferences, saveInviteWork } from './preferences';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('invite preferences (local storage)', () => {
  it('starts from Member, an Enable seat and no programs', async () => {
    expect(await loadInvitePreferences()).toEqual(DEFAULT_PREFERENCES);
    expect(DEFAULT_PREFERENCES).toMatchObject({ permissions: 'Member', mos_enable: true, mos_opportunity: false, course_enrollments: [], pressInviteMember: false });
  });

  it('remembers the last permissions, seats, programs and the press option, merging updates', async () => {
    await saveInvitePreferences({ permissions: 'Administrator', course_enrollments: ['meddpicc-masterclass'] });
    await saveInvitePreferences({ pressInviteMember: true });
    expect(await loadInvitePreferences()).toEqual({
      ...DEFAULT_PREFERENCES,
      permissions: 'Administrator',
      course_enrollments: ['meddpicc-masterclass'],
      pressInviteMember: true,
    });
    expect(await fakeBrowser.storage.local.get('invitePreferences')).toMatchObject({ invitePreferences: { permissions: 'Administrator' } });
  });

  it('falls back to defaults for a stored value of the wrong shape, and drops unknown programs', async () => {
    await fakeBrowser.storage.local.set({ invitePreferences: { permissions: 42 } });
    expect(await loadInvitePreferences()).toEqual(DEFAULT_PREFERENCES);
    await fakeBrowser.storage.local.set({ invitePreferences: { course_enrollments: ['retired', 'MEDDICC Value Program'] } });
    expect((await loadInvitePreferences()).course_enrollments).toEqual(['meddicc-value-program']);
  });
});

describe('work in progress (session storage)', () => {
  it('keeps the form and the queue in session storage only, and clears them', async () => {
    const form = { ...blankInvitee(), email: 'jane@acme.com' };
    await saveInviteWork({ form, queue: [form] });
    expect(await loadInviteWork()).toEqual({ form, queue: [form] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await saveInviteWork(undefined);
    expect(await loadInviteWork()).toBeUndefined();
  });

  it('ignores saved work of the wrong shape', async () => {
    await fakeBrowser.storage.session.set({ inviteWork: { form: { email: 3 }, queue: [] } });
    expect(await loadInviteWork()).toBeUndefined();
  });
});
