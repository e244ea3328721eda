import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { say } from '@/components/format';
import { DraftLibrary } from '@/components/editor/DraftLibrary';
import { OrgSettingsPanel } from '@/components/editor/OrgSettingsPanel';
import { Notice } from '@/components/Notice';
import { libraryActions } from '@/lib/drafts/library';
import { deleteExpiredDrafts } from '@/lib/drafts/retention';
import { whenDraftEventsSettle } from '@/lib/drafts/tab-channel';
import { describeStorageFailure } from '@/lib/drafts/storage-errors';
import type { RosterDatabase } from '@/lib/drafts/db';
import type { DraftMeta } from '@/lib/drafts/types';
import { rowPolicyOf } from '@/lib/settings/org';
import { exportDraftJson, importDraftJson, orCancelled, type Message } from './draft-jobs';
import { listDrafts } from '@/lib/drafts/store';
import { JobProgress } from '@/components/JobProgress';
import { runJob } from './jobs';
import { useJobProgress } from './use-job-progress';
import { useOrgSettings } from '../../components/use-org-settings';

/** The draft list on the editor's start page, with organisation settings below it. */
export function Library({ db }: { db: Promise<RosterDatabase> }) {
  const [settings, changeSettings, lockedSettings, settingsProblem] = useOrgSettings();
  const [drafts, setDrafts] = useState<DraftMeta[]>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>();
  const job = useJobProgress();
  const reload = () => void db.then(listDrafts).then(setDrafts);

  useEffect(() => {
    if (!settings) return;
    // A shorter retention period takes effect at once (the page ran retention as it opened, too).
    void db.then((d) => deleteExpiredDrafts(d, settings.retentionDays)).then(reload);
  }, [settings?.retentionDays]);

  // Big drafts are saved before they are counted; count them in the worker so the list shows errors.
  const counting = drafts?.filter((d) => d.countsPending).map((d) => d.id).join() ?? '';
  useEffect(() => {
    if (!counting || !settings) return;
    void (async () => {
      for (const draftId of counting.split(',')) await runJob({ type: 'count', draftId, policy: rowPolicyOf(settings) });
      reload();
    })();
  }, [counting]);

  useEffect(() => whenDraftEventsSettle(() => true, reload, 200), []);

  const act = (work: (d: RosterDatabase) => Promise<Message | undefined>) => {
    setBusy(true);
    void db
      .then(work)
      .catch((error: unknown) => {
        const failure = describeStorageFailure(error);
        return { kind: 'error' as const, text: failure.message, said: failure.said };
      })
      .then((result) => {
        job.done();
        setMessage(result);
        setBusy(false);
        reload();
      });
  };

  if (!settings) return <Notice kind="info">{i18n.t('common.loadingDrafts')}</Notice>;
  return (
    <>
      {job.progress && <JobProgress {...job.progress} onCancel={job.cancel} />}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind} data-testid="library-message">
          {say(message.text, message.said)}
        </p>
      )}
      <DraftLibrary
        drafts={drafts}
        retentionDays={settings.retentionDays}
        busy={busy}
        onRename={(id, name) => act((d) => libraryActions.rename(d, id, name))}
        onDuplicate={(id) => act((d) => libraryActions.duplicate(d, id, (name) => i18n.t('words.draftNames.copyOf', { name })))}
        onDelete={(id) => act((d) => libraryActions.remove(d, id))}
        onDeleteAll={() => act((d) => libraryActions.removeAll(d))}
        onExport={(id) => act(() => orCancelled(exportDraftJson(id, job.watch(i18n.t('perf.exportProgress')))))}
        onImport={(file) => act((d) => importDraftJson(d, file, rowPolicyOf(settings), job.watch(i18n.t('perf.importProgress'))))}
      />
      <details class="card settings-section">
        <summary>
          <h2 class="inline-heading">{i18n.t('library.settings')}</h2>
        </summary>
        <OrgSettingsPanel settings={settings} onChange={changeSettings} locked={lockedSettings} saveProblem={settingsProblem} />
      </details>
    </>
  );
}
