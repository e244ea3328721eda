import { describe, expect, it, vi } from 'vitest';
import type { FillResponse } from '../../messages';
import type { PageMember } from '../mos-members/members';
import { InviteController, type InviteDeps } from './controller';
import type { MosPageClient } from './page-client';
import { DEFAULT_PREFERENCES, type InvitePreferences, type InviteWork } from './preferences';
import type { InviteAction } from './state';

const filled = (overrides: Partial<Extract<FillResponse, { ok: true }>> = {}): FillResponse => ({
  ok: true,
  mode: 'single',
  filled: 1,
  problems: [],
  pressed: false,
  submitted: false,
  permissionOptions: ['Member', 'Administrator'],
  ...overrides,
});

const pending: PageMember = { email: 'priya.patel@acme.example', name: 'Priya Patel', jobTitle: '', status: 'pending', billingStatus: '' };

function setup(options: { members?: PageMember[]; fill?: FillResponse; preferences?: Partial<InvitePreferences>; work?: InviteWork } = {}) {
  const page: MosPageClient = {
    probe: vi.fn(async () => ({ myOrganization: true, mosApp: true })),
    readMembers: vi.fn(async () => options.members ?? []),
    fill: vi.fn(async () => options.fill ?? filled()),
  };
  const saved: Partial<InvitePreferences>[] = [];
  const works: Array<InviteWork | undefined> = [];
  const deps: InviteDeps = {
    page,
    listDrafts: vi.fn(async () => [{ id: 'd1', name: 'October hires', rowCount: 3 }]),
    addToDraft: vi.fn(async (_target, people) => ({ draft: { id: 'd2', name: 'Invites – 5 Mar 2025' } as never, added: people.length, alreadyInDraft: [] })),
    loadPreferences: vi.fn(async () => ({ ...DEFAULT_PREFERENCES, ...options.preferences })),
    savePreferences: vi.fn(async (update) => void saved.push(update)),
    loadWork: vi.fn(async () => options.work),
    saveWork: vi.fn(async (work) => void works.push(work)),
  };
  const controller = new InviteController(deps);
  return { controller, page, deps, saved, works };
}

function type(controller: InviteController, values: Record<string, string>): void {
  for (const [field, value] of Object.entries(values)) controller.dispatch({ type: 'set', field, value } as InviteAction);
}

const jane = { first_name: 'Jane', last_name: 'Doe', email: 'Jane.Doe@acme.com', job_title: 'Engineer II' };

describe('InviteController: starting', () => {
  it('applies remembered choices, restores unfinished work, and reads members and drafts', async () => {
    const work: InviteWork = {
      form: { first_name: 'Half', last_name: '', email: '', job_title: '', permissions: 'Member', mos_enable: true, mos_opportunity: false, course_enrollments: [] },
      queue: [],
    };
    const { controller } = setup({ preferences: { permissions: 'Administrator' }, members: [pending], work });
    expect(controller.view.ready).toBe(false);
    await controller.start();
    expect(controller.view.ready).toBe(true);
    expect(controller.view.preferences.permissions).toBe('Administrator');
    expect(controller.view.state.form.first_name).toBe('Half');
    expect(controller.view.members).toEqual([pending]);
    expect(controller.view.drafts).toEqual([{ id: 'd1', name: 'October hires', rowCount: 3 }]);
  });

  it('starts a fresh form from the remembered choices', async () => {
    const { controller } = setup({ preferences: { permissions: 'Administrator', course_enrollments: ['meddpicc-masterclass'] } });
    await controller.start();
    expect(controller.view.state.form).toMatchObject({ permissions: 'Administrator', course_enrollments: ['meddpicc-masterclass'] });
  });

  it('keeps the work in session storage while there is some, and clears it when there is none', async () => {
    const { controller, works } = setup();
    await controller.start();
    type(controller, { email: 'a@b.co' });
    expect(works.at(-1)).toMatchObject({ form: { email: 'a@b.co' }, queue: [] });
    type(controller, { email: '' });
    expect(works.at(-1)).toBeUndefined();
  });
});

describe('InviteController: invite now', () => {
  it('fills the page with the queue and the form, remembers the choices and empties the list', async () => {
    const { controller, page, saved } = setup();
    await controller.start();
    type(controller, jane);
    controller.dispatch({ type: 'add-member' });
    type(controller, { email: 'bob@acme.com', permissions: 'Administrator' });
    await controller.inviteNow();
    expect(page.fill).toHaveBeenCalledWith(
      [expect.objectContaining({ email: 'jane.doe@acme.com', first_name: 'Jane' }), expect.objectContaining({ email: 'bob@acme.com' })],
      false,
    );
    expect(controller.view.report).toMatchObject({ kind: 'ok', complete: true });
    expect(controller.view.report?.text).toBe('The mOS invite form now holds 2 people. Check it on the page, then press Invite Member there.');
    expect(controller.view.state.queue).toEqual([]);
    expect(controller.view.state.form.email).toBe('');
    expect(controller.view.lastSent).toHaveLength(2);
    expect(saved).toContainEqual(expect.objectContaining({ permissions: 'Administrator' }));
    expect(saved).toContainEqual({ permissionOptions: ['Member', 'Administrator'] });
  });

  it('asks the page to press Invite Member when the admin chose so', async () => {
    const { controller, page } = setup({ fill: filled({ pressed: true, submitted: true }) });
    await controller.start();
    controller.setPressInviteMember(true);
    type(controller, jane);
    await controller.inviteNow();
    expect(page.fill).toHaveBeenCalledWith([expect.anything()], true);
    expect(controller.view.report?.text).toBe('Invited 1 person. mOS now lists them as Pending invitation.');
  });

  it('keeps everyone and lists each problem when the page could not take a value', async () => {
    const { controller } = setup({
      fill: filled({ problems: [{ person: 0, email: 'jane.doe@acme.com', field: 'programs', message: 'the page offers no “X”' }] }),
    });
    await controller.start();
    type(controller, jane);
    await controller.inviteNow();
    expect(controller.view.report).toMatchObject({
      kind: 'error',
      complete: false,
      problems: [{ who: 'Jane Doe', fieldName: 'Program(s)', message: 'the page offers no “X”' }],
    });
    expect(controller.view.state.form.email).toBe('Jane.Doe@acme.com');
  });

  it('warns about people already in mOS first, and lets the admin leave them out', async () => {
    const { controller, page } = setup({ members: [pending] });
    await controller.start();
    type(controller, jane);
    controller.dispatch({ type: 'add-member' });
    type(controller, { email: 'Priya.Patel@acme.example' });
    await controller.inviteNow();
    expect(page.fill).not.toHaveBeenCalled();
    expect(controller.view.confirm).toEqual([{ email: 'priya.patel@acme.example', name: 'Priya Patel', status: 'has a pending invitation', statusSaid: { key: 'said.status.pending' } }]);
    controller.leaveOut('priya.patel@acme.example');
    expect(controller.view.confirm).toEqual([]);
    await controller.goOn();
    expect(page.fill).toHaveBeenCalledWith([expect.objectContaining({ email: 'jane.doe@acme.com' })], false);
  });

  it('leaves everyone already in mOS out and invites the rest in one click', async () => {
    const { controller, page } = setup({ members: [pending] });
    await controller.start();
    type(controller, jane);
    controller.dispatch({ type: 'add-member' });
    type(controller, { email: 'Priya.Patel@acme.example' });
    await controller.inviteNow();
    await controller.leaveOutExistingAndGoOn();
    expect(controller.view.confirm).toBeUndefined();
    expect(page.fill).toHaveBeenCalledWith([expect.objectContaining({ email: 'jane.doe@acme.com' })], false);
    expect(page.fill).toHaveBeenCalledTimes(1);
  });

  it('says nobody is left to invite when everyone on the list is already in mOS', async () => {
    const { controller, page } = setup({ members: [pending] });
    await controller.start();
    type(controller, { email: 'Priya.Patel@acme.example' });
    await controller.inviteNow();
    await controller.leaveOutExistingAndGoOn();
    expect(page.fill).not.toHaveBeenCalled();
    expect(controller.view.confirm).toBeUndefined();
    expect(controller.view.state.notice).toEqual({
      kind: 'info',
      text: 'Nobody left to invite: everyone on the list is already in mOS.',
      said: { key: 'said.invite.nobodyLeft' },
    });
  });

  it('lets the admin go on with an existing member, or cancel', async () => {
    const { controller, page } = setup({ members: [pending] });
    await controller.start();
    type(controller, { email: 'priya.patel@acme.example' });
    await controller.inviteNow();
    controller.cancelConfirm();
    expect(controller.view.confirm).toBeUndefined();
    expect(page.fill).not.toHaveBeenCalled();
    await controller.inviteNow();
    await controller.goOn();
    expect(page.fill).toHaveBeenCalledTimes(1);
  });

  it('refuses an invalid form and more people than the dialog takes', async () => {
    const { controller, page } = setup();
    await controller.start();
    type(controller, { email: 'broken' });
    await controller.inviteNow();
    expect(controller.view.state.showAllErrors).toBe(true);
    type(controller, { email: '' });
    controller.paste(Array.from({ length: 26 }, (_, i) => `p${i}@acme.com`).join('\n'), 'list');
    await controller.inviteNow();
    expect(controller.view.state.notice?.text).toContain('up to 25 people');
    expect(page.fill).not.toHaveBeenCalled();
  });

  it('fills again with the same people', async () => {
    const { controller, page } = setup();
    await controller.start();
    type(controller, jane);
    await controller.inviteNow();
    await controller.fillAgain();
    expect(page.fill).toHaveBeenCalledTimes(2);
    expect(vi.mocked(page.fill).mock.calls[1]![0]).toEqual(vi.mocked(page.fill).mock.calls[0]![0]);
  });
});

describe('InviteController: pasting', () => {
  it('lets a plain value or a bare address in the email field paste as usual', async () => {
    const { controller } = setup();
    await controller.start();
    expect(controller.paste('Jane', 'form', 'first_name')).toBe(false);
    expect(controller.paste(' jane@acme.com ', 'form', 'email')).toBe(false);
    expect(controller.paste('Jane Doe <jane@acme.com>, Engineer II', 'form', 'email')).toBe(true);
    expect(controller.view.state.form).toMatchObject({ first_name: 'Jane', job_title: 'Engineer II' });
  });
});

describe('InviteController: add to draft', () => {
  it('sends everyone to a new draft by default, then to the one chosen', async () => {
    const { controller, deps } = setup();
    await controller.start();
    type(controller, jane);
    await controller.addToDraft();
    expect(deps.addToDraft).toHaveBeenCalledWith({ kind: 'new' }, [expect.objectContaining({ email: 'jane.doe@acme.com' })]);
    expect(controller.view.report?.text).toBe('Added 1 person to “Invites – 5 Mar 2025”.');
    expect(controller.view.savedDraft).toEqual({ id: 'd2', name: 'Invites – 5 Mar 2025' });
    expect(controller.view.state.form.email).toBe('');
    controller.setDraftTarget('d1');
    type(controller, { email: 'bob@acme.com', permissions: 'Administrator' });
    await controller.addToDraft();
    expect(deps.addToDraft).toHaveBeenLastCalledWith({ kind: 'existing', id: 'd1' }, [expect.objectContaining({ email: 'bob@acme.com' })]);
    expect(controller.view.report?.text).toContain('The import file carries no permissions');
  });

  it('keeps everyone when the draft cannot be saved, and says why', async () => {
    const { controller, deps } = setup();
    vi.mocked(deps.addToDraft).mockRejectedValueOnce(new Error('The disk is full.'));
    await controller.start();
    type(controller, jane);
    await controller.addToDraft();
    expect(controller.view.report).toMatchObject({ kind: 'error', text: 'The draft could not be saved: The disk is full. Everyone is still on your list.' });
    expect(controller.view.state.form.email).toBe('Jane.Doe@acme.com');
  });
});
