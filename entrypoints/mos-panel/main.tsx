import { render } from 'preact';
import { i18n } from '#i18n';
import { localizeDocument } from '@/components/format';
import '@/components/ui.css';
import { ImportPanel } from '@/components/ImportPanel';
import { SyncReport } from '@/components/SyncReport';
import { PanelFileImport } from './file-import';
import { usePanel } from './usePanel';

function Panel() {
  const panel = usePanel();
  return (
    <ImportPanel
      drafts={panel.drafts}
      draftId={panel.draftId}
      plan={panel.plan}
      status={panel.status}
      busy={panel.busy}
      collapsed={panel.collapsed}
      onToggle={panel.onToggle}
      onPick={panel.setDraftId}
      onSend={panel.onSend}
      onDownload={panel.onDownload}
      onFillInvite={panel.onFillInvite}
      fileImport={<PanelFileImport ask={panel.ask} onImported={panel.reloadDrafts} />}
      draftsUrl={browser.runtime.getURL('/editor.html')}
      sync={
        panel.sync && (
          <SyncReport
            report={panel.sync}
            busy={panel.busy}
            onHighlight={panel.onHighlight}
            onAddNewPeople={panel.onAddNewPeople}
            onDownload={panel.onSyncDownload}
          />
        )
      }
    />
  );
}

localizeDocument(i18n.t('panel.pageTitle'));
render(<Panel />, document.getElementById('app')!);
