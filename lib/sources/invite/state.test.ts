import { describe, expect, it } from 'vitest';
import type { PageMember } from '../mos-members/members';
import { parsePastedPeople } from './paste';
import { blankInvitee, type InviteValues } from './person';
import {
  checkForm,
  checkQueue,
  collectPeople,
  existingMembers,
  initialInviteState,
  inviteReducer,
  type InviteAction,
  type InviteState,
} from './state';

function run(state: InviteState, ...actions: InviteAction[]): InviteState {
  return actions.reduce(inviteReducer, state);
}

function typed(values: Partial<InviteValues>): InviteAction[] {
  return Object.entries(values).map(([field, value]) => ({ type: 'set', field, value }) as InviteAction);
}

const jane = { first_name: 'Jane', last_name: 'Doe', email: 'jane@acme.com', job_title: 'Engineer II' };
const bob = { first_name: 'Bob', last_name: 'Roe', email: 'bob@acme.com', job_title: 'Counsel' };

describe('inviteReducer: typing and adding', () => {
  it('judges a field once it was left, not while it is first typed', () => {
    const typing = run(initialInviteState(), ...typed({ email: 'x' }));
    expect(typing.touched).toEqual({});
    expect(checkForm(typing).errors.email).toContain('not a valid email address');
    expect(run(typing, { type: 'touch', field: 'email' }).touched).toEqual({ email: true });
  });

  it('"Add member" queues a valid person and keeps their choices for the next', () => {
    const state = run(
      initialInviteState(),
      ...typed({ ...jane, permissions: 'Administrator', course_enrollments: ['meddpicc-masterclass'] }),
      { type: 'add-member' },
    );
    expect(state.queue).toHaveLength(1);
    expect(state.queue[0]).toMatchObject(jane);
    expect(state.form).toEqual({ ...blankInvitee(), permissions: 'Administrator', course_enrollments: ['meddpicc-masterclass'] });
    expect(state.touched).toEqual({});
    expect(state.notice).toEqual({
      kind: 'ok',
      text: 'Jane Doe is on the list. Add the next person, or invite now.',
      said: { key: 'said.invite.onTheList', subs: { name: 'Jane Doe' } },
    });
  });

  it('"Add member" shows every problem of an invalid person and queues nobody', () => {
    const state = run(initialInviteState(), ...typed({ first_name: 'Jane', email: 'jane@' }), { type: 'add-member' });
    expect(state.queue).toEqual([]);
    expect(state.showAllErrors).toBe(true);
    expect(state.notice?.kind).toBe('error');
  });

  it('"Add member" on an empty form asks for details', () => {
    const state = run(initialInviteState(), { type: 'add-member' });
    expect(state.queue).toEqual([]);
    expect(state.notice?.text).toContain('at least their email address');
  });

  it('refuses the same address twice', () => {
    const state = run(initialInviteState(), ...typed(jane), { type: 'add-member' }, ...typed({ email: 'JANE@acme.com' }));
    expect(checkForm(state).errors.email).toBe('This address is already in the list');
  });

  it('edits a queued person in the form, but only when the form is free', () => {
    let state = run(initialInviteState(), ...typed(jane), { type: 'add-member' }, ...typed(bob), { type: 'add-member' });
    state = run(state, { type: 'edit', index: 0 });
    expect(state.form).toMatchObject(jane);
    expect(state.queue.map((p) => p.email)).toEqual(['bob@acme.com']);
    const busy = run(state, { type: 'edit', index: 0 });
    expect(busy.form).toMatchObject(jane);
    expect(busy.notice?.kind).toBe('error');
  });

  it('removes a queued person', () => {
    const state = run(initialInviteState(), ...typed(jane), { type: 'add-member' }, { type: 'remove', index: 0 });
    expect(state.queue).toEqual([]);
  });

});

describe('inviteReducer: pasting', () => {
  it('fills the form from one pasted person', () => {
    const state = run(initialInviteState(), {
      type: 'paste',
      into: 'form',
      result: parsePastedPeople('Jane Doe <jane.doe@acme.com>, Engineer II'),
    });
    expect(state.form).toMatchObject({ first_name: 'Jane', last_name: 'Doe', email: 'jane.doe@acme.com', job_title: 'Engineer II' });
    expect(state.queue).toEqual([]);
    expect(state.notice?.text).toBe('Filled in Jane Doe from the pasted text.');
  });

  it('queues several pasted people with the current choices, skipping those already listed, and says what was skipped', () => {
    let state = run(initialInviteState(), ...typed({ ...jane, permissions: 'Administrator' }), { type: 'add-member' });
    state = run(state, {
      type: 'paste',
      into: 'form',
      result: parsePastedPeople('jane@acme.com\nBob Roe <bob@acme.com>\nno address here\nPat <pat@acme.com>'),
    });
    expect(state.queue.map((p) => [p.email, p.permissions])).toEqual([
      ['jane@acme.com', 'Administrator'],
      ['bob@acme.com', 'Administrator'],
      ['pat@acme.com', 'Administrator'],
    ]);
    expect(state.notice).toEqual({
      kind: 'ok',
      text: 'Added 2 people from the pasted text.',
      said: { key: 'said.invite.addedFromPaste', subs: { count: 2 } },
      details: ['Line 3 (“no address here”): no email address.', '1 already on the list, not added again.'],
      detailsSaid: [
        { key: 'words.pasteDetail.noEmail', subs: { line: 3, text: 'no address here' } },
        { key: 'words.pasteDetail.alreadyListed', subs: { count: 1 } },
      ],
    });
  });

  it('says so when the paste holds no address', () => {
    const state = run(initialInviteState(), { type: 'paste', into: 'list', result: parsePastedPeople('Jane Doe') });
    expect(state.notice).toMatchObject({ kind: 'error', text: 'No email address was found in the pasted text.' });
  });

  it('names pasted programs that are not mOS programs', () => {
    const state = run(initialInviteState(), {
      type: 'paste',
      into: 'list',
      result: parsePastedPeople('Email\tPrograms\njane@acme.com\tMEDDPICC Masterclass;Basket Weaving'),
    });
    expect(state.queue[0]!.course_enrollments).toEqual(['meddpicc-masterclass']);
    expect(state.notice?.details).toEqual(['Not mOS programs, left out: Basket Weaving.']);
  });
});

describe('collectPeople', () => {
  it('takes the queue, then the person in the form', () => {
    const state = run(initialInviteState(), ...typed(jane), { type: 'add-member' }, ...typed(bob));
    const collected = collectPeople(state);
    expect(collected.ok && collected.people.map((p) => p.email)).toEqual(['jane@acme.com', 'bob@acme.com']);
  });

  it('refuses an invalid form person instead of leaving them out', () => {
    const state = run(initialInviteState(), ...typed(jane), { type: 'add-member' }, ...typed({ email: 'bob@' }));
    expect(collectPeople(state)).toMatchObject({ ok: false, showErrors: true });
  });

  it('refuses an empty list', () => {
    expect(collectPeople(initialInviteState())).toMatchObject({ ok: false });
  });

  it('refuses a queued person with a problem, naming them', () => {
    const state: InviteState = { ...initialInviteState(), queue: [{ ...blankInvitee(), ...jane, email: 'broken' }] };
    expect(checkQueue(state)[0]!.person).toBeUndefined();
    expect(collectPeople(state)).toMatchObject({ ok: false, notice: { text: expect.stringContaining('Jane Doe on the list') } });
  });
});

describe('inviteReducer: after sending', () => {
  it('removes exactly the people sent, form included, and keeps the choices', () => {
    let state = run(initialInviteState(), ...typed(jane), { type: 'add-member' }, ...typed({ ...bob, permissions: 'Administrator' }));
    state = run(state, { type: 'sent', emails: ['bob@acme.com'], notice: { kind: 'ok', text: 'done' } });
    expect(state.queue.map((p) => p.email)).toEqual(['jane@acme.com']);
    expect(state.form).toEqual({ ...blankInvitee(), permissions: 'Administrator' });
    expect(state.notice).toEqual({ kind: 'ok', text: 'done' });
  });
});

describe('existingMembers', () => {
  const member = (email: string, status: PageMember['status']): PageMember => ({
    email,
    name: 'Someone',
    jobTitle: '',
    status,
    billingStatus: '',
  });

  it('finds members and pending invitations by address, whatever its case', () => {
    const members = [member('jane@acme.com', 'active'), member('pat@acme.com', 'pending'), member('old@acme.com', 'inactive')];
    expect(existingMembers([{ email: 'JANE@acme.com' }, { email: 'bob@acme.com' }, { email: 'pat@acme.com' }, { email: 'old@acme.com' }], members)).toEqual([
      { email: 'JANE@acme.com', name: 'Someone', status: 'is already a member', statusSaid: { key: 'said.status.active' } },
      { email: 'pat@acme.com', name: 'Someone', status: 'has a pending invitation', statusSaid: { key: 'said.status.pending' } },
      { email: 'old@acme.com', name: 'Someone', status: 'is an inactive member', statusSaid: { key: 'said.status.inactive' } },
    ]);
  });
});
