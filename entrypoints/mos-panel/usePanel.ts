import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PanelStatus } from '@/components/ImportPanel';
import { say } from '@/components/format';
import { whenDraftEventsSettle } from '@/lib/drafts/tab-channel';
import { askForPanel } from '@/lib/extension/panel-client';
import { saveTextFile } from '@/lib/browser/save-file';
import {
  PANEL_FRAME_MESSAGE,
  type DraftSummary,
  type ImportPlanSummary,
  type PanelRequest,
  type SyncReportSummary,
} from '@/lib/messages';
import { panelCollapsed } from '@/lib/settings/items';
import { PAGE_FIELD_NAMES } from '@/lib/invite/report';
import type { Said } from '@/lib/said';

/** The token the page adapter gave this frame, and the page's origin, once the background confirmed them. */
let binding = { token: '', origin: '' };

/** Binds the panel to its page: every request carries the token, and the size goes to that origin alone. */
export function bindPanel(token: string, origin: string) {
  binding = { token, origin };
}

const ask = <R extends PanelRequest>(request: R) =>
  askForPanel((m) => browser.runtime.sendMessage({ ...(m as object), token: binding.token }), request);

/** Tells the host page's adapter how tall to make our frame; it carries no data. */
function announceSize(collapsed: boolean) {
  window.parent.postMessage({ type: PANEL_FRAME_MESSAGE, collapsed }, binding.origin);
}

/** A failed answer in the admin's language (the background sends the English and its key). */
const failure = (res: { error: string; said?: Said }) => say(res.error, res.said);
const templateNotes = (res: { templateNotes: string[]; templateNotesSaid?: Said[] }) =>
  res.templateNotes.map((note, i) => say(note, res.templateNotesSaid?.[i]));

/** A field of the page's invite form by the page's own name, as the popup names it; the whole form in our words. */
const pageFieldName = (field: string): string =>
  field === 'form' ? i18n.t('words.fillField.form') : ((PAGE_FIELD_NAMES as Record<string, string>)[field] ?? field);

/** The panel's state, and every request it makes to the background on the admin's behalf. */
export function usePanel() {
  const [drafts, setDrafts] = useState<DraftSummary[]>();
  const [draftId, setDraftId] = useState<string>();
  const [plan, setPlan] = useState<ImportPlanSummary>();
  const [status, setStatus] = useState<PanelStatus>();
  const [busy, setBusy] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const [sync, setSync] = useState<SyncReportSummary>();
  /** Set after a send: how many were seen invited then, so the watch stops when more appear. */
  const [watching, setWatching] = useState<number>();

  /** Only the latest list may show: an earlier answer, from before a draft was removed, can arrive last. */
  const listAsked = useRef(0);
  /** A draft just made stays the one to pick even when a later list answers first. */
  const toPick = useRef<string | undefined>(undefined);
  /** Lists the drafts again, picking `pick` (a draft just made) or the newest; `keepPicked` keeps the one picked while it exists. */
  const reloadDrafts = (pick?: string, keepPicked = false) => {
    const mine = ++listAsked.current;
    if (pick) toPick.current = pick;
    void ask({ type: 'panel/list-drafts' }).then((res) => {
      if (mine !== listAsked.current) return;
      if (!res.ok) return setStatus({ kind: 'error', text: failure(res) });
      const made = toPick.current;
      toPick.current = undefined;
      setDrafts(res.drafts);
      setDraftId((picked) => made ?? (keepPicked && res.drafts.some((d) => d.id === picked) ? picked : res.drafts[0]?.id));
    });
  };

  useEffect(() => {
    void panelCollapsed.getValue().then((value) => {
      setCollapsed(value);
      announceSize(value);
    });
    reloadDrafts();
  }, []);

  // Drafts made, copied or deleted in other tabs show in the list at once; the one picked stays picked.
  useEffect(() => whenDraftEventsSettle((event) => event.type === 'list', () => reloadDrafts(undefined, true), 300), []);

  // With no draft yet the admin goes off to make one; coming back to this tab, the list should show it.
  useEffect(() => {
    if (drafts?.length !== 0) return;
    const onVisible = () => document.visibilityState === 'visible' && reloadDrafts();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [drafts]);

  useEffect(() => {
    if (!draftId) return;
    // Only the latest comparison of the draft still picked may show: an earlier answer can arrive last.
    let asked = 0;
    const compare = () => {
      const mine = ++asked;
      const current = () => mine === asked;
      void ask({ type: 'panel/plan', draftId }).then((res) => {
        if (!current()) return;
        if (res.ok) setPlan(res.plan);
        else setStatus({ kind: 'error', text: failure(res) });
      });
      void ask({ type: 'panel/sync', draftId }).then((res) => {
        if (!current()) return;
        if (res.ok) setSync(res.report);
        else setStatus({ kind: 'error', text: failure(res) });
      });
    };
    setPlan(undefined);
    setSync(undefined);
    compare();
    // The admin fixes the draft in the editor (leaves people out, corrects an email): what this panel says follows.
    const stop = whenDraftEventsSettle((event) => (event.type === 'rows' || event.type === 'meta') && event.draftId === draftId, compare, 300);
    return () => {
      asked = -1;
      stop();
    };
  }, [draftId]);

  const onAddNewPeople = async () => {
    if (!draftId) return;
    setBusy(true);
    const from = drafts?.find((d) => d.id === draftId)?.name;
    const res = await ask({ type: 'panel/sync-draft', draftId, ...(from && { name: i18n.t('words.draftNames.newHires', { name: from }) }) });
    setBusy(false);
    if (!res.ok) return setStatus({ kind: 'error', text: failure(res) });
    reloadDrafts(res.draftId);
    setStatus({ kind: 'ok', text: i18n.t('panel.newPeopleDraft', { count: res.count }) });
  };

  const onHighlight = (email: string) => {
    void ask({ type: 'panel/highlight', email }).then((res) => {
      if (!res.ok || !res.found) setStatus({ kind: 'error', text: i18n.t('panel.notOnPage', { email }) });
    });
  };

  const onToggle = () => {
    const next = !collapsed;
    setCollapsed(next);
    announceSize(next);
    void panelCollapsed.setValue(next);
  };

  const onSend = async () => {
    if (!draftId) return;
    setBusy(true);
    setStatus({ kind: 'info', text: i18n.t('panel.sending') });
    const res = await ask({ type: 'panel/send', draftId });
    setBusy(false);
    if (!res.ok) return setStatus({ kind: 'error', text: failure(res) });
    setPlan(res.plan);
    setStatus({
      kind: 'ok',
      text: res.confirmed
        ? i18n.t('panel.sentConfirmed', { file: res.fileName, count: res.plan.toImport })
        : i18n.t('panel.sentUnconfirmed', { file: res.fileName }),
      notes: templateNotes(res),
    });
    setWatching(res.plan.invited);
  };

  // After a send, the plan is read again now and then: the admin presses Import in their own time,
  // and the people then show up as invited.
  useEffect(() => {
    if (watching === undefined || !draftId) return;
    let rounds = 0;
    const timer = setInterval(() => {
      if (++rounds > 90) return setWatching(undefined);
      void ask({ type: 'panel/plan', draftId }).then((res) => {
        if (!res.ok) return;
        setPlan(res.plan);
        if (res.plan.invited > watching) setWatching(undefined);
      });
    }, 2000);
    return () => clearInterval(timer);
  }, [watching, draftId]);

  const onFillInvite = async () => {
    if (!draftId) return;
    setBusy(true);
    setStatus({ kind: 'info', text: i18n.t('panel.filling') });
    const res = await ask({ type: 'panel/fill-invite', draftId });
    setBusy(false);
    if (!res.ok) return setStatus({ kind: 'error', text: failure(res) });
    setStatus({
      kind: res.problems.length > 0 ? 'error' : 'ok',
      text: i18n.t('panel.filled', res.filled),
      notes: res.problemParts
        ? res.problemParts.map((p) => `${p.email || i18n.t('words.panelForm')}: ${pageFieldName(p.field)} – ${say(p.message, p.said)}`)
        : res.problems,
    });
  };

  const onDownload = async () => {
    if (!draftId) return;
    setBusy(true);
    const res = await ask({ type: 'panel/download', draftId });
    setBusy(false);
    if (!res.ok) return setStatus({ kind: 'error', text: failure(res) });
    saveTextFile(res.fileName, res.csv);
    setStatus({ kind: 'ok', text: i18n.t('panel.downloaded', { file: res.fileName, count: res.plan.toImport }), notes: templateNotes(res) });
  };

  return {
    ask,
    reloadDrafts,
    drafts,
    draftId,
    plan,
    status,
    busy,
    collapsed,
    sync,
    setDraftId,
    onToggle,
    onSend: () => void onSend(),
    onDownload: () => void onDownload(),
    onFillInvite: () => void onFillInvite(),
    onAddNewPeople: () => void onAddNewPeople(),
    onHighlight,
    onSyncDownload: () => sync && saveTextFile('mos-roster-sync-report.csv', sync.csv),
  };
}
