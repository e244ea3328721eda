import { describe, expect, it, vi } from 'vitest';
import type { MosPageRequest } from '../../messages';
import { mosPageClient, toPageInvitee } from './page-client';
import type { InvitePerson } from './person';

const jane: InvitePerson = {
  first_name: 'Jane',
  last_name: 'Doe',
  email: 'jane@acme.com',
  job_title: 'Engineer II',
  permissions: 'Member',
  mos_enable: true,
  mos_opportunity: false,
  course_enrollments: ['value-pyramid-program', 'meddpicc-masterclass'],
};

describe('toPageInvitee', () => {
  it('gives the page program names, in the help page’s order', () => {
    expect(toPageInvitee(jane)).toEqual({
      first_name: 'Jane',
      last_name: 'Doe',
      email: 'jane@acme.com',
      job_title: 'Engineer II',
      permissions: 'Member',
      mos_enable: true,
      mos_opportunity: false,
      programs: ['MEDDPICC Masterclass', 'MEDDICC Value Pyramid Program'],
    });
  });
});

describe('mosPageClient', () => {
  it('probes where the tab is in mOS, or undefined when no adapter answers or the answer is malformed', async () => {
    expect(await mosPageClient(async () => ({ ok: true, myOrganization: true })).probe()).toEqual({ myOrganization: true, mosApp: true });
    expect(await mosPageClient(async () => ({ ok: true, myOrganization: false, mosApp: true })).probe()).toEqual({
      myOrganization: false,
      mosApp: true,
    });
    expect(await mosPageClient(async () => ({ ok: true, myOrganization: false, mosApp: false })).probe()).toEqual({
      myOrganization: false,
      mosApp: false,
    });
    expect(await mosPageClient(() => Promise.reject(new Error('Receiving end does not exist'))).probe()).toBeUndefined();
    expect(await mosPageClient(async () => ({ ok: 'yes' })).probe()).toBeUndefined();
  });

  it('sends the people and the press option, and passes a checked answer on', async () => {
    const send = vi.fn(async (_request: MosPageRequest) => ({
      ok: true,
      mode: 'single',
      filled: 1,
      problems: [],
      pressed: false,
      submitted: false,
      permissionOptions: ['Member', 'Administrator'],
    }));
    const outcome = await mosPageClient(send).fill([jane], true);
    expect(send).toHaveBeenCalledWith({ type: 'mos/fill-invite', people: [toPageInvitee(jane)], pressInvite: true });
    expect(outcome).toMatchObject({ ok: true, filled: 1 });
  });

  it('turns no answer or a malformed one into a message for the admin', async () => {
    const expected = { ok: false, error: 'The mOS page did not answer. Reload it, then try again.' };
    expect(await mosPageClient(() => Promise.reject(new Error('gone'))).fill([jane], false)).toEqual(expected);
    expect(await mosPageClient(async () => ({ ok: true })).fill([jane], false)).toEqual(expected);
  });

  it('reads members, and throws a message when the page does not answer', async () => {
    const member = { email: 'a@b.co', name: 'A', jobTitle: '', status: 'pending', billingStatus: '' };
    expect(await mosPageClient(async () => ({ ok: true, members: [member] })).readMembers()).toEqual([member]);
    await expect(mosPageClient(async () => undefined).readMembers()).rejects.toThrow('did not answer');
  });
});
