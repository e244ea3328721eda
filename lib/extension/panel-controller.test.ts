import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftSummary, ImportPlanSummary, PanelRequest } from '../messages';
import { createPanelController, type PanelState } from './panel-controller';

const draft = (id: string, name = `Draft ${id}`): DraftSummary => ({ id, name, rowCount: 3, updatedAt: 1, source: 'file', problems: 0 });
const plan = (toImport: number, invited = 0): ImportPlanSummary => ({
  toImport,
  alreadyMembers: [],
  invalid: 0,
  excluded: 0,
  duplicates: 0,
  enableSeats: toImport,
  opportunitySeats: 0,
  membersRead: 2,
  invited,
});

/** A background whose answers the test releases one by one, in any order. */
function fakeBackground() {
  const pending: { request: PanelRequest; answer(value: unknown): void }[] = [];
  const ask = vi.fn(
    (request: PanelRequest) =>
      new Promise<never>((resolve) => {
        pending.push({ request, answer: resolve as (value: unknown) => void });
      }),
  );
  const take = (type: PanelRequest['type']) => {
    const i = pending.findIndex((p) => p.request.type === type);
    if (i < 0) throw new Error(`nothing asked of ${type}; asked: ${pending.map((p) => p.request.type).join(', ')}`);
    return pending.splice(i, 1)[0]!;
  };
  return { ask, pending, take };
}

function setup(options: { watchEveryMs?: number; watchRounds?: number } = {}) {
  const background = fakeBackground();
  const states: PanelState[] = [];
  const saved: [string, string][] = [];
  const panel = createPanelController({
    ask: background.ask as never,
    saveFile: (name, text) => saved.push([name, text]),
    newHiresName: (name) => `New hires of ${name}`,
    onChange: (state) => states.push(state),
    ...options,
  });
  return { background, panel, states, saved };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.useRealTimers());

describe('the mOS panel controller', () => {
  it('picks the newest draft and compares it with the page', async () => {
    const { background, panel } = setup();
    const listed = panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('a'), draft('b')] });
    await listed;
    expect(panel.state.draftId).toBe('a');
    background.take('panel/plan').answer({ ok: true, plan: plan(4) });
    await settle();
    expect(panel.state.plan?.toImport).toBe(4);
    expect(background.pending.map((p) => p.request)).toEqual([{ type: 'panel/sync', draftId: 'a' }]);
  });

  it('shows only the latest list when an earlier answer arrives last', async () => {
    const { background, panel } = setup();
    void panel.reloadDrafts();
    const first = background.take('panel/list-drafts');
    void panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('b')] });
    await settle();
    first.answer({ ok: true, drafts: [draft('a'), draft('b')] });
    await settle();
    expect(panel.state.drafts?.map((d) => d.id)).toEqual(['b']);
    expect(panel.state.draftId).toBe('b');
  });

  it('keeps a draft just made picked, and keeps the picked one on a list from elsewhere', async () => {
    const { background, panel } = setup();
    void panel.reloadDrafts('made');
    void panel.reloadDrafts(undefined, true);
    background.take('panel/list-drafts');
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('new'), draft('made')] });
    await settle();
    expect(panel.state.draftId).toBe('made');
    void panel.reloadDrafts(undefined, true);
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('newer'), draft('new'), draft('made')] });
    await settle();
    expect(panel.state.draftId).toBe('made');
  });

  it('drops a comparison answered for a draft no longer picked', async () => {
    const { background, panel } = setup();
    void panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('a'), draft('b')] });
    await settle();
    const oldPlan = background.take('panel/plan');
    panel.pick('b');
    expect(panel.state.plan).toBeUndefined();
    oldPlan.answer({ ok: true, plan: plan(9) });
    await settle();
    expect(panel.state.plan).toBeUndefined();
    background.take('panel/plan').answer({ ok: true, plan: plan(2) });
    await settle();
    expect(panel.state.plan?.toImport).toBe(2);
  });

  it('says a failed answer as the background worded it, and is no longer busy', async () => {
    const { background, panel } = setup();
    void panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('a')] });
    await settle();
    const sent = panel.send();
    expect(panel.state).toMatchObject({ busy: true, note: { kind: 'sending' } });
    background.take('panel/send').answer({ ok: false, error: 'No Import CSV box', said: { key: 'said.x' } });
    await sent;
    expect(panel.state).toMatchObject({ busy: false, note: { kind: 'failed', error: 'No Import CSV box', said: { key: 'said.x' } } });
  });

  it('after a send, reads the plan again until more people show as invited', async () => {
    vi.useFakeTimers();
    const { background, panel } = setup({ watchEveryMs: 1000, watchRounds: 5 });
    void panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('a')] });
    await vi.advanceTimersByTimeAsync(0);
    const sent = panel.send();
    background.take('panel/send').answer({ ok: true, plan: plan(3, 1), fileName: 'a.csv', confirmed: true, templateNotes: [] });
    await sent;
    expect(panel.state.note).toMatchObject({ kind: 'sent' });
    expect(panel.state.watching).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    background.take('panel/plan').answer({ ok: true, plan: plan(3, 1) });
    await vi.advanceTimersByTimeAsync(0);
    expect(panel.state.watching).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    background.take('panel/plan').answer({ ok: true, plan: plan(0, 4) });
    await vi.advanceTimersByTimeAsync(0);
    expect(panel.state.plan?.invited).toBe(4);
    expect(panel.state.watching).toBeUndefined();
    await vi.advanceTimersByTimeAsync(5000);
    expect(background.pending.filter((p) => p.request.type === 'panel/plan' && p.request.draftId === 'a')).toHaveLength(1);
  });

  it('gives up watching after its rounds', async () => {
    vi.useFakeTimers();
    const { background, panel } = setup({ watchEveryMs: 100, watchRounds: 3 });
    void panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('a')] });
    await vi.advanceTimersByTimeAsync(0);
    const sent = panel.send();
    background.take('panel/send').answer({ ok: true, plan: plan(3), fileName: 'a.csv', confirmed: false, templateNotes: [] });
    await sent;
    const before = background.ask.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1000);
    expect(background.ask.mock.calls.length - before).toBe(3);
    expect(panel.state.watching).toBeUndefined();
  });

  it('saves the downloaded file and the sync report under their names', async () => {
    const { background, panel, saved } = setup();
    void panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('a')] });
    await settle();
    background.take('panel/sync').answer({ ok: true, report: { csv: 'email,status\n' } });
    await settle();
    const downloaded = panel.download();
    background.take('panel/download').answer({ ok: true, plan: plan(1), fileName: 'a.csv', templateNotes: [], csv: 'user_id\n' });
    await downloaded;
    panel.saveSyncReport();
    expect(saved).toEqual([
      ['a.csv', 'user_id\n'],
      ['mos-roster-sync-report.csv', 'email,status\n'],
    ]);
  });

  it('puts new people in a draft named after the picked one, and picks it', async () => {
    const { background, panel } = setup();
    void panel.reloadDrafts();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('a', 'Acme')] });
    await settle();
    const adding = panel.addNewPeople();
    const asked = background.take('panel/sync-draft');
    expect(asked.request).toEqual({ type: 'panel/sync-draft', draftId: 'a', name: 'New hires of Acme' });
    expect(panel.state.busy).toBe(true);
    asked.answer({ ok: true, draftId: 'hires', count: 2 });
    await settle();
    background.take('panel/list-drafts').answer({ ok: true, drafts: [draft('hires'), draft('a', 'Acme')] });
    await adding;
    expect(panel.state).toMatchObject({ busy: false, draftId: 'hires', note: { kind: 'newPeopleDraft', count: 2 } });
  });

  it('says when a member is no longer on the page', async () => {
    const { background, panel } = setup();
    const shown = panel.highlight('gone@acme.example');
    background.take('panel/highlight').answer({ ok: true, found: false });
    expect(await shown).toBe(false);
    expect(panel.state.note).toEqual({ kind: 'notOnPage', email: 'gone@acme.example' });
  });
});
