import { describe, expect, it } from 'vitest';
import type { MosPageRequest } from '../messages';
import type { SentInvites } from './requests';
import { mosTab } from './mos-tab';

/** A page adapter that answers each request type with the given reply, and records what it was asked. */
function adapter(replies: Partial<Record<MosPageRequest['type'], unknown>>) {
  const asked: MosPageRequest[] = [];
  const ask = async (request: MosPageRequest) => {
    asked.push(request);
    return replies[request.type];
  };
  return { asked, ask };
}

describe('an mOS tab as the panel service uses it', () => {
  it('asks the page adapter and gives back its checked answers', async () => {
    const member = { name: 'Ada Lovelace', email: 'ada@x.example', jobTitle: 'Engineer', status: 'active', billingStatus: 'Active' };
    const page = adapter({
      'mos/read-members': { ok: true, members: [member] },
      'mos/highlight-member': { ok: true, found: true },
      'mos/read-template': { ok: true, header: ['user_id', 'email'] },
    });
    const tab = mosTab(7, page.ask, async () => undefined);
    expect(await tab.readMembers()).toEqual([member]);
    expect(await tab.highlightMember('ada@x.example')).toBe(true);
    expect(await tab.readTemplate()).toEqual(['user_id', 'email']);
    expect(page.asked).toEqual([
      { type: 'mos/read-members' },
      { type: 'mos/highlight-member', email: 'ada@x.example' },
      { type: 'mos/read-template' },
    ]);
  });

  it('never presses Invite Member for the panel', async () => {
    const page = adapter({
      'mos/fill-invite': { ok: true, mode: 'single', filled: 1, problems: [], pressed: false, submitted: false, permissionOptions: ['Member'] },
    });
    const person = { first_name: 'Ada', last_name: 'L', email: 'ada@x.example', job_title: '', permissions: 'Member', mos_enable: true, mos_opportunity: false, programs: [] };
    expect(await mosTab(7, page.ask, async () => undefined).fillInvite([person])).toMatchObject({ ok: true, filled: 1 });
    expect(page.asked).toEqual([{ type: 'mos/fill-invite', people: [person], pressInvite: false }]);
  });

  it('remembers whom a file invites in that tab before the page gets the file', async () => {
    const order: string[] = [];
    const page = adapter({ 'mos/attach-csv': { ok: true, confirmed: true, method: 'input' } });
    const ask = async (request: MosPageRequest) => {
      order.push(request.type);
      return page.ask(request);
    };
    const remembered: [number, SentInvites][] = [];
    const tab = mosTab(7, ask, async (tabId, sent) => {
      order.push('remember');
      remembered.push([tabId, sent]);
    });
    const invites = { draftId: 'd1', emails: ['ada@x.example'] };
    expect(await tab.attachCsv('roster.csv', 'user_id\n', invites)).toEqual({ ok: true, confirmed: true, method: 'input' });
    expect(order).toEqual(['remember', 'mos/attach-csv']);
    expect(remembered).toEqual([[7, invites]]);
    expect(page.asked).toEqual([{ type: 'mos/attach-csv', fileName: 'roster.csv', csv: 'user_id\n', watchEmails: ['ada@x.example'] }]);
  });

  it('refuses an answer that is not what was asked for', async () => {
    const page = adapter({ 'mos/read-members': { ok: true, members: 'everyone' }, 'mos/highlight-member': undefined });
    const tab = mosTab(7, page.ask, async () => undefined);
    await expect(tab.readMembers()).rejects.toThrow();
    await expect(tab.highlightMember('ada@x.example')).rejects.toThrow();
  });
});
