import { useState } from 'preact/hooks';
import { Notice } from '@/components/Notice';
import { TableCandidates } from '@/components/TableCandidates';
import { draftFromSource, openRosterDb } from '@/lib/drafts';
import { headerSignature } from '@/lib/source-table';
import type { ScrapedPage } from '@/lib/scrape';
import { openedAsPage } from './tab';

async function exportTable(page: ScrapedPage, index: number): Promise<void> {
  const { headers, rows } = page.tables[index]!;
  const db = await openRosterDb();
  const draft = await draftFromSource(db, {
    headers,
    rows,
    origin: { kind: 'page', site: page.site, title: page.title, signature: headerSignature(headers) },
  });
  await browser.tabs.create({ url: browser.runtime.getURL(`/editor.html?draft=${draft.id}`) });
  if (!openedAsPage) window.close();
}

/** On an HR page: the tables found, best first, and the export. */
export function TableExport({ page }: { page: ScrapedPage }) {
  const [picked, setPicked] = useState(0);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const onExport = () => {
    setBusy(true);
    exportTable(page, picked).catch((e: unknown) => {
      setBusy(false);
      setError(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    });
  };

  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      <TableCandidates tables={page.tables} picked={picked} onPick={setPicked} />
      <button type="button" data-testid="export-table" disabled={busy} onClick={onExport}>
        Export {page.tables[picked]!.rows.length} rows to a draft
      </button>
      <p>
        <a href={browser.runtime.getURL('/editor.html')} target="_blank" rel="noreferrer">
          Open drafts and file import
        </a>
      </p>
    </>
  );
}
