import { render } from 'preact';
import { i18n } from '#i18n';
import { localizeDocument } from '@/components/format';
import '@/components/ui.css';
import { ImportPanel } from '@/components/ImportPanel';
import { usePanelFrame, watchPanelLook } from '@/components/use-panel-frame';
import { SyncReport } from '@/components/SyncReport';
import { PanelFileImport } from './file-import';
import { askForPanel } from '@/lib/extension/panel-client';
import { framedOnlyBy, receivePanelToken } from '@/lib/extension/panel-gate';
import { bindPanel, usePanel } from './usePanel';
import { useActionGuard } from './useActionGuard';

function Panel() {
  const panel = usePanel();
  const guard = useActionGuard();
  const frame = usePanelFrame();
  return (
    <ImportPanel
      drafts={panel.state.drafts}
      draftId={panel.state.draftId}
      plan={panel.state.plan}
      status={panel.status}
      busy={panel.state.busy}
      open={frame.open}
      heldShut={frame.heldShut}
      onFold={panel.onFold}
      onPick={panel.onPick}
      onSend={guard.guarded('send', panel.onSend)}
      onDownload={guard.guarded('download', panel.onDownload)}
      onFillInvite={guard.guarded('fill-invite', panel.onFillInvite)}
      ready={guard.ready}
      confirming={guard.confirming}
      fileImport={<PanelFileImport ask={panel.ask} onImported={panel.reloadDrafts} />}
      draftsUrl={browser.runtime.getURL('/editor.html')}
      sync={
        panel.state.sync && (
          <SyncReport
            report={panel.state.sync}
            busy={panel.state.busy}
            onHighlight={panel.onHighlight}
            onAddNewPeople={panel.onAddNewPeople}
            onDownload={guard.guarded('sync-download', panel.onSyncDownload)}
            ready={guard.ready}
          />
        )
      }
    />
  );
}

/**
 * Shows the panel only once the background confirms the token our page adapter handed this frame, and only
 * while the frame sits right in that granted page. Framed anywhere else, it shows nothing and posts nothing.
 */
async function start() {
  watchPanelLook();
  const tokens = receivePanelToken(window);
  for (;;) {
    const token = await tokens.next();
    const hello = await askForPanel((m) => browser.runtime.sendMessage({ ...(m as object), token }), { type: 'panel/hello' });
    if (!hello.ok) continue;
    tokens.stop();
    if (!framedOnlyBy(window, hello.origin)) return;
    bindPanel(token, hello.origin);
    localizeDocument(i18n.t('panel.pageTitle'));
    render(<Panel />, document.getElementById('app')!);
    return;
  }
}

void start();
