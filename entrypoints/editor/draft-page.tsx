import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { DraftEditor } from '@/components/editor/DraftEditor';
import { DraftUnavailable } from '@/components/editor/DraftUnavailable';
import type { RosterDatabase } from '@/lib/drafts/db';
import type { JobWatch } from '@/lib/drafts/job-client';
import type { DraftMeta, DraftRow } from '@/lib/drafts/types';
import type { ColumnMapping, ReadOptions } from '@/lib/mapping';
import { rowPolicyOf } from '@/lib/settings/org';
import { useMosAddress } from '@/components/use-mos-address';
import { readOptionsOf } from '@/lib/drafts/rows';
import { draftJobs, type Message } from './draft-jobs';
import { useEditorSession } from './use-editor-session';
import { useOrgSettings } from '../../components/use-org-settings';
import { useExportSummary } from './use-summary';
import { useJobProgress } from './use-job-progress';

/** What a column mapping panel gets when it is plugged into the draft page. */
export interface MappingSlotProps {
  /** Headers, current mapping and origin of the draft. */
  meta: DraftMeta;
  rows: readonly DraftRow[];
  /** How the organisation reads names (legal or preferred first names), for the examples shown. */
  readOptions: ReadOptions;
  onMappingChange(mapping: ColumnMapping): void;
}

export interface DraftPageProps {
  id: string;
  db: Promise<RosterDatabase>;
  renderMapping?: (props: MappingSlotProps) => ComponentChildren;
}

/** The draft page: wires the editing session, the organisation settings and the worker jobs to the editor. */
export function DraftPage({ id, db, renderMapping }: DraftPageProps) {
  const [settings, changeSettings, lockedSettings, settingsProblem] = useOrgSettings();
  const policy = settings && rowPolicyOf(settings);
  const session = useEditorSession(db, id, policy);
  const snapshot = session?.snapshot;
  const model = session?.model;
  const [downloads, setDownloads] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const job = useJobProgress();
  const mosAddress = useMosAddress();
  // Worked out from the saved draft in a worker: not while a big draft's rows are still coming in, as each batch would start another.
  const { summary, updating } = useExportSummary(id, model && `${model.version}:${downloads}`, (snapshot?.saving || snapshot?.loadingRows) ?? true, policy);

  // Until the settings are read the draft cannot be shown either: it opens as the settings say.
  if (!snapshot || !settings || !policy || snapshot.status !== 'ready' || !model || !session) {
    return <DraftUnavailable snapshot={settings && policy ? snapshot : undefined} />;
  }

  const jobs = draftJobs(session, policy, () => setDownloads((d) => d + 1));
  const run = (work: (watch: JobWatch) => Promise<Message>, label: string, nearDownload = false) => {
    setBusy(true);
    setMessage(undefined);
    void work(job.watch(label, nearDownload))
      .then(setMessage)
      .finally(() => {
        job.done();
        setBusy(false);
      });
  };

  return (
    <DraftEditor
      snapshot={snapshot}
      model={model}
      settings={settings}
      summary={summary}
      summaryUpdating={updating}
      busy={busy}
      message={message}
      mappingSlot={renderMapping?.({
        meta: model.meta,
        rows: model.allRows(),
        readOptions: readOptionsOf(policy),
        onMappingChange: (mapping) => void session.updateMeta({ mapping }),
      })}
      onApply={(changes, label) => void session.apply(changes, label)}
      onUndo={() => void session.undo()}
      onRedo={() => void session.redo()}
      onRetry={() => void session.retry()}
      onDismissFailure={() => session.dismissFailure()}
      onUseMine={(conflict) => void session.useMine(conflict)}
      onKeepTheirs={(conflict) => session.keepTheirs(conflict)}
      onDownloadCsv={() => run(jobs.downloadCsv, i18n.t('perf.downloadProgress'), true)}
      onErrorReport={() => run(jobs.errorReport, i18n.t('perf.downloadProgress'), true)}
      onExportJson={() => run(jobs.exportJson, i18n.t('perf.exportProgress'))}
      progress={job.progress}
      onCancelJob={job.cancel}
      onSettingsChange={changeSettings}
      lockedSettings={lockedSettings}
      settingsProblem={settingsProblem}
      mosAddress={mosAddress}
    />
  );
}
