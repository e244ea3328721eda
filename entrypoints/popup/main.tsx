import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/ui.css';
import { Notice } from '@/components/Notice';
import { TableCandidates } from '@/components/TableCandidates';
import { draftFromSource, openRosterDb } from '@/lib/drafts';
import { scrapedPageSchema } from '@/lib/messages';
import { headerSignature } from '@/lib/source-table';
import type { ScrapedPage } from '@/lib/scrape';

const tabParam = new URLSearchParams(location.search).get('tab');

/** The tab the popup acts on: `?tab=` when opened as a page, else the active tab. */
async function targetTabId(): Promise<number> {
  if (tabParam && /^\d+$/.test(tabParam)) return Number(tabParam);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to read.');
  return tab.id;
}

async function scrapeTab(tabId: number): Promise<ScrapedPage> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/scrape.js'],
  });
  return scrapedPageSchema.parse(injection?.result);
}

async function exportTable(page: ScrapedPage, index: number): Promise<void> {
  const { headers, rows } = page.tables[index]!;
  const db = await openRosterDb();
  const draft = await draftFromSource(db, {
    headers,
    rows,
    origin: { kind: 'page', site: page.site, title: page.title, signature: headerSignature(headers) },
  });
  await browser.tabs.create({ url: browser.runtime.getURL(`/editor.html?draft=${draft.id}`) });
  if (!tabParam) window.close();
}

function Popup() {
  const [page, setPage] = useState<ScrapedPage>();
  const [picked, setPicked] = useState(0);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    targetTabId()
      .then(scrapeTab)
      .then(setPage)
      .catch(() => setError('This page cannot be read. Open your HR system\'s people list and try again.'));
  }, []);

  const onExport = () => {
    if (!page) return;
    setBusy(true);
    exportTable(page, picked).catch((e: unknown) => {
      setBusy(false);
      setError(`The export failed: ${e instanceof Error ? e.message : String(e)}`);
    });
  };

  return (
    <main class="stack" style={{ width: '380px', padding: '12px' }}>
      <h1>Roster Sync for mOS</h1>
      {error && <Notice kind="error">{error}</Notice>}
      {!page && !error && <Notice kind="info">Looking for tables on this page…</Notice>}
      {page && page.tables.length === 0 && (
        <Notice kind="info">No table with people was found on this page.</Notice>
      )}
      {page && page.tables.length > 0 && (
        <>
          <TableCandidates tables={page.tables} picked={picked} onPick={setPicked} />
          <button type="button" data-testid="export-table" disabled={busy} onClick={onExport}>
            Export {page.tables[picked]!.rows.length} rows to a draft
          </button>
        </>
      )}
      <p>
        <a href={browser.runtime.getURL('/editor.html')} target="_blank" rel="noreferrer">
          Open drafts and file import
        </a>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
