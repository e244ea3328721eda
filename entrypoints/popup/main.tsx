import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '@/components/ui.css';
import { Notice } from '@/components/Notice';
import { HrExport } from './hr-export';

const tabParam = new URLSearchParams(location.search).get('tab');

/** The tab the popup acts on: `?tab=` when opened as a page, else the active tab. */
async function targetTabId(): Promise<number> {
  if (tabParam && /^\d+$/.test(tabParam)) return Number(tabParam);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('No tab to read.');
  return tab.id;
}

function Popup() {
  const [tabId, setTabId] = useState<number>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    targetTabId()
      .then(setTabId)
      .catch(() => setError("This page cannot be read. Open your HR system's people list and try again."));
  }, []);

  return (
    <main class="stack" style={{ width: '380px', padding: '12px' }}>
      <h1>Roster Sync for mOS</h1>
      {error && <Notice kind="error">{error}</Notice>}
      {tabId !== undefined && <HrExport tabId={tabId} closeWhenDone={!tabParam} />}
      <p>
        <a href={browser.runtime.getURL('/editor.html')} target="_blank" rel="noreferrer">
          Open drafts and file import
        </a>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
