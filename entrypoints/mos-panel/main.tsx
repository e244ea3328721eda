import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/ui.css';
import { ImportPanel, type ImportPanelProps } from '@/components/ImportPanel';
import { askForPanel } from '@/lib/extension/panel-client';
import type { DraftSummary, ImportPlanSummary, PanelRequest } from '@/lib/messages';
import { PanelFileImport } from './file-import';

const ask = <R extends PanelRequest>(request: R) => askForPanel((m) => browser.runtime.sendMessage(m), request);

function Panel() {
  const [drafts, setDrafts] = useState<DraftSummary[]>();
  const [draftId, setDraftId] = useState<string>();
  const [plan, setPlan] = useState<ImportPlanSummary>();
  const [status, setStatus] = useState<ImportPanelProps['status']>();
  const [busy, setBusy] = useState(false);

  const listDrafts = (pick?: string) =>
    void ask({ type: 'panel/list-drafts' }).then((res) => {
      if (!res.ok) return setStatus({ kind: 'error', text: res.error });
      setDrafts(res.drafts);
      setDraftId(pick ?? res.drafts[0]?.id);
    });
  useEffect(() => listDrafts(), []);

  useEffect(() => {
    if (!draftId) return;
    setPlan(undefined);
    void ask({ type: 'panel/plan', draftId }).then((res) =>
      res.ok ? setPlan(res.plan) : setStatus({ kind: 'error', text: res.error }),
    );
  }, [draftId]);

  const onSend = async () => {
    if (!draftId) return;
    setBusy(true);
    setStatus({ kind: 'info', text: 'Putting the file into the Import CSV box…' });
    const res = await ask({ type: 'panel/send', draftId });
    setBusy(false);
    if (!res.ok) return setStatus({ kind: 'error', text: res.error });
    setPlan(res.plan);
    setStatus({
      kind: 'ok',
      text: res.confirmed
        ? `${res.fileName} is in the Import CSV box with ${res.plan.toImport} people. Check it, then press Import.`
        : `${res.fileName} was handed to the Import CSV box, but the page did not show its name. Check the box before pressing Import.`,
    });
  };

  return (
    <ImportPanel
      drafts={drafts}
      draftId={draftId}
      plan={plan}
      status={status}
      busy={busy}
      onPick={setDraftId}
      onSend={() => void onSend()}
      fileImport={<PanelFileImport ask={ask} onImported={(id) => listDrafts(id)} />}
    />
  );
}

render(<Panel />, document.getElementById('app')!);
