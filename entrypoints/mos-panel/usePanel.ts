import { useEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { panelStatusOf } from '@/components/panel-status';
import { whenDraftEventsSettle } from '@/lib/drafts/tab-channel';
import { askForPanel } from '@/lib/extension/panel-client';
import { createPanelController, type PanelState } from '@/lib/extension/panel-controller';
import { saveTextFile } from '@/lib/browser/save-file';
import { PANEL_FRAME_MESSAGE, type PanelRequest } from '@/lib/messages';
import { panelCollapsed } from '@/lib/settings/items';

/** The token the page adapter gave this frame, and the page's origin, once the background confirmed them. */
let binding = { token: '', origin: '' };

/** Binds the panel to its page: every request carries the token, and the size goes to that origin alone. */
export function bindPanel(token: string, origin: string) {
  binding = { token, origin };
}

const ask = <R extends PanelRequest>(request: R) =>
  askForPanel((m) => browser.runtime.sendMessage({ ...(m as object), token: binding.token }), request);

/** Tells the host page's adapter whether the admin wants the panel folded; it carries no data. */
function announceFolded(collapsed: boolean) {
  window.parent.postMessage({ type: PANEL_FRAME_MESSAGE, collapsed }, binding.origin);
}

/** The panel's state (lib/extension/panel-controller.ts) wired to this frame, its storage and other tabs. */
export function usePanel() {
  const [state, setState] = useState<PanelState>({ busy: false });
  const panel = useMemo(
    () =>
      createPanelController({
        ask,
        saveFile: saveTextFile,
        newHiresName: (name) => i18n.t('words.draftNames.newHires', { name }),
        onChange: setState,
      }),
    [],
  );

  useEffect(() => {
    void panelCollapsed.getValue().then(announceFolded);
    void panel.reloadDrafts();
    return panel.stop;
  }, []);

  // Drafts made, copied or deleted in other tabs show in the list at once; the one picked stays picked.
  useEffect(() => whenDraftEventsSettle((event) => event.type === 'list', () => void panel.reloadDrafts(undefined, true), 300), []);

  // The admin fixes the draft in the editor (leaves people out, corrects an email): what this panel says follows.
  useEffect(() => {
    const draftId = state.draftId;
    if (!draftId) return;
    return whenDraftEventsSettle((event) => (event.type === 'rows' || event.type === 'meta') && event.draftId === draftId, () => void panel.compare(), 300);
  }, [state.draftId]);

  // With no draft yet the admin goes off to make one; coming back to this tab, the list should show it.
  useEffect(() => {
    if (state.drafts?.length !== 0) return;
    const onVisible = () => document.visibilityState === 'visible' && void panel.reloadDrafts();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [state.drafts]);

  // Said even when unchanged: opening from the launcher also ends the panel stepping aside for a member.
  const onFold = (folded: boolean) => {
    announceFolded(folded);
    void panelCollapsed.setValue(folded);
  };

  return {
    ask,
    state,
    status: state.note && panelStatusOf(state.note),
    onFold,
    reloadDrafts: (pick?: string) => void panel.reloadDrafts(pick),
    onPick: panel.pick,
    onSend: () => void panel.send(),
    onDownload: () => void panel.download(),
    onFillInvite: () => void panel.fillInvite(),
    onAddNewPeople: () => void panel.addNewPeople(),
    onHighlight: (email: string) => void panel.highlight(email),
    onSyncDownload: panel.saveSyncReport,
  };
}
