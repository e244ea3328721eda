import { render } from 'preact';
import { useState } from 'preact/hooks';
import '@/components/ui.css';
import { Notice } from '@/components/Notice';
import { deleteExpiredDrafts, draftFromSource, openRosterDb, type RosterDatabase } from '@/lib/drafts';
import { readOrgSettings } from '@/lib/settings/org';
import { parseDelimitedText } from '@/lib/files/read-file';
import { DraftPage } from './draft-page';
import { Library } from './library';
import { DB_CLOSED_EVENT } from './use-editor-session';

const draftId = new URLSearchParams(location.search).get('draft');
/** Drafts past the retention period go whenever the editor opens, before anything is shown. */
async function withRetention(opened: RosterDatabase): Promise<RosterDatabase> {
  await deleteExpiredDrafts(opened, (await readOrgSettings()).retentionDays).catch(() => undefined);
  return opened;
}
const db = openRosterDb(undefined, { onClosedForUpgrade: () => dispatchEvent(new Event(DB_CLOSED_EVENT)) }).then(withRetention);

function Start() {
  const [error, setError] = useState<string>();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const table = parseDelimitedText(await file.text(), file.name);
      const draft = await draftFromSource(await db, table);
      location.assign(`?draft=${encodeURIComponent(draft.id)}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main class="stack" style={{ padding: '16px 24px', maxWidth: '960px' }}>
      <h1>Roster Sync for mOS</h1>
      <section class="card stack">
        <h2>Import an HR export file</h2>
        <label class="row">
          <span>CSV file:</span>
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv"
            data-testid="import-file"
            onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          />
        </label>
        {error && <Notice kind="error">{error}</Notice>}
      </section>
      <Library db={db} />
    </main>
  );
}

// A column mapping panel plugs in through DraftPage's renderMapping prop.
render(draftId ? <DraftPage id={draftId} db={db} /> : <Start />, document.getElementById('app')!);
