import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { TableExport } from '@/components/popup/TableExport';
import { listTabTables } from './tab';
import { candidateLabel } from '@/components/format';
import { EXPORT_PORT, HIGHLIGHT_PORT, MAX_HIGHLIGHT_LABEL_CHARS, exportStateSchema, type ExportRequest, type ExportState, type HighlightRequest, type PageTables } from '@/lib/messages';

type Port = ReturnType<typeof browser.runtime.connect>;

/** Wires the HR-export view to the page (listing, outlining) and to the background (the export itself). */
export interface HrExportProps {
  tabId: number;
  closeWhenDone: boolean;
  /** The tables already listed while the popup worked out where it is, so the page is not read twice. */
  initialPage?: PageTables;
  children?: ComponentChildren;
}

export function HrExport({ tabId, closeWhenDone, initialPage, children }: HrExportProps) {
  const [page, setPage] = useState<PageTables>();
  const [picked, setPicked] = useState(0);
  const [state, setState] = useState<ExportState>();
  const [error, setError] = useState<string>();
  const exporter = useRef<Port | undefined>(undefined);
  const outline = useRef<Port | undefined>(undefined);

  useEffect(() => {
    let closed = false;
    // The background worker may be stopped at any time; watching again starts it and shows where the export is.
    const connect = () => {
      const port = browser.runtime.connect({ name: EXPORT_PORT });
      port.onMessage.addListener((message) => {
        const parsed = exportStateSchema.safeParse(message);
        if (!parsed.success || parsed.data.tabId !== tabId) return;
        setState(parsed.data);
        if (parsed.data.phase === 'done' && closeWhenDone) window.close();
      });
      port.onDisconnect.addListener(() => {
        if (!closed) setTimeout(connect, 250);
      });
      port.postMessage({ type: 'export/watch', tabId } satisfies ExportRequest);
      exporter.current = port;
    };
    connect();
    (initialPage ? Promise.resolve(initialPage) : listTabTables(tabId))
      .then((tables) => {
        setPage(tables);
        outline.current = browser.tabs.connect(tabId, { name: HIGHLIGHT_PORT, frameId: 0 });
      })
      .catch(() => setError(i18n.t('popup.export.cannotRead')));
    return () => {
      closed = true;
      exporter.current?.disconnect();
      outline.current?.disconnect();
    };
  }, [tabId]);

  const running = state && ['starting', 'running', 'stopping', 'saving'].includes(state.phase);
  useEffect(() => {
    if (!page || page.tables.length === 0) return;
    const table = page.tables[picked];
    const label = table && candidateLabel(table).slice(0, MAX_HIGHLIGHT_LABEL_CHARS);
    // The page knows the table by its own candidate number, which the list's position is not once a table is left off it.
    const request: HighlightRequest = running || !table ? { type: 'highlight/clear' } : { type: 'highlight/show', index: table.index, ...(label && { label }) };
    outline.current?.postMessage(request);
  }, [page, picked, running]);

  const send = (request: ExportRequest) => exporter.current?.postMessage(request);
  const onExport = () => {
    const table = page?.tables[picked];
    if (table) send({ type: 'export/start', tabId, table: { index: table.index, signature: table.signature } });
  };

  return (
    <TableExport
      page={page}
      picked={picked}
      state={state}
      error={error}
      draftUrl={(id) => browser.runtime.getURL(`/editor.html?draft=${encodeURIComponent(id)}`)}
      onPick={setPicked}
      onExport={onExport}
      onStop={() => send({ type: 'export/stop', tabId })}
      onResume={() => send({ type: 'export/resume', tabId })}
      onKeep={() => send({ type: 'export/keep', tabId })}
    >
      {children}
    </TableExport>
  );
}
