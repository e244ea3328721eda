import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/ui.css';
import { DraftList } from '@/components/DraftList';
import { DraftView } from '@/components/DraftView';
import { Notice } from '@/components/Notice';
import {
  DEFAULT_ORG_KEY,
  csvFileName,
  listDrafts,
  loadDraft,
  openRosterDb,
  produceMosCsv,
  type Draft,
  type DraftMeta,
} from '@/lib/drafts';
import { FileImportSlot } from './file-import';
import { MappingSlot } from './mapping-slot';

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
  useEffect(() => void db.then(listDrafts).then(setDrafts), []);

  return (
    <main class="stack" style={{ padding: '16px 24px', maxWidth: '960px' }}>
      <h1>Roster Sync for mOS</h1>
      <section class="card stack">
        <h2>Import an HR export file</h2>
        <FileImportSlot db={db} />
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
  useEffect(() => void db.then((d) => loadDraft(d, id)).then((found) => setDraft(found ?? null)), []);

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
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <MappingSlot db={db} draft={draft} onDraft={setDraft} />
      <DraftView draft={draft} busy={busy} onDownload={() => void onDownload()} />
    </main>
  );
}

render(draftId ? <Editor id={draftId} /> : <Start />, document.getElementById('app')!);
