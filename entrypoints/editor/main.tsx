import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/ui.css';
import { DraftList } from '@/components/DraftList';
import { DraftView } from '@/components/DraftView';
import { Notice } from '@/components/Notice';
import { ExportOutcomeNotice } from '@/components/ExportOutcomeNotice';
import { exportOutcomeOf, type ExportOutcome } from '@/lib/extension/export-outcomes';
import {
  DEFAULT_ORG_KEY,
  csvFileName,
  draftFromSource,
  listDrafts,
  loadDraft,
  openRosterDb,
  produceMosCsv,
  type Draft,
  type DraftMeta,
} from '@/lib/drafts';
import { parseDelimitedText } from '@/lib/files/read-file';

const draftId = new URLSearchParams(location.search).get('draft');
const db = openRosterDb();

function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function Start() {
  const [drafts, setDrafts] = useState<DraftMeta[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => void db.then(listDrafts).then(setDrafts), []);

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
      <h2>Drafts</h2>
      <DraftList drafts={drafts} />
    </main>
  );
}

function Editor({ id }: { id: string }) {
  const [draft, setDraft] = useState<Draft | null>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [outcome, setOutcome] = useState<ExportOutcome>();
  useEffect(() => void db.then((d) => loadDraft(d, id)).then((found) => setDraft(found ?? null)), []);
  useEffect(() => void exportOutcomeOf(id).then(setOutcome), []);

  if (draft === undefined) return <Notice kind="info">Opening the draft…</Notice>;
  if (draft === null) return <Notice kind="error">This draft does not exist. It may have been deleted.</Notice>;

  const onDownload = async () => {
    setBusy(true);
    try {
      const produced = await produceMosCsv(await db, draft, { orgKey: DEFAULT_ORG_KEY });
      saveFile(csvFileName(draft.meta.name), produced.csv);
      setMessage({ kind: 'ok', text: `Downloaded ${produced.rows.length} people.` });
    } catch (e) {
      setMessage({ kind: 'error', text: `The file could not be made: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ padding: '16px 24px' }}>
      <p>
        <a href="?">← All drafts</a>
      </p>
      <ExportOutcomeNotice outcome={outcome} />
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <DraftView draft={draft} busy={busy} onDownload={() => void onDownload()} />
    </main>
  );
}

render(draftId ? <Editor id={draftId} /> : <Start />, document.getElementById('app')!);
