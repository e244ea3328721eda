/**
 * Loads the demo mOS pages (demo/mos/ and demo/mos-mui/) into a happy-dom window with their scripts
 * running, for tests only (product code never imports this). The pages are the saved fixtures of the
 * two ways the screen is built: semantic HTML, and a React/MUI-style app.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';

const DEMO = new URL('../../demo/', import.meta.url);

export type DemoPage = 'mos' | 'mos-mui';

export interface LoadedPage {
  window: Window;
  document: Document;
  mock(): { received: unknown[]; imported: Record<string, string>[]; invited: Record<string, unknown>[] };
  close(): Promise<void>;
}

const SCRIPT_TAG = /<script src="([^"]+)"><\/script>/g;

export function loadDemoPage(page: DemoPage, search = ''): LoadedPage {
  const base = new URL(`${page}/`, DEMO);
  const html = readFileSync(new URL('index.html', base), 'utf8');
  const window = new Window({
    url: `http://127.0.0.1/${page}/${search}`,
    width: 1280,
    height: 800,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  const scripts = [...html.matchAll(SCRIPT_TAG)].map((m) => readFileSync(new URL(m[1]!, base), 'utf8'));
  window.document.write(html.replace(SCRIPT_TAG, ''));
  for (const code of scripts) window.eval(code);
  const document = window.document as unknown as Document;
  return {
    window,
    document,
    mock: () => (window as unknown as { mosMock: ReturnType<LoadedPage['mock']> }).mosMock,
    close: () => window.happyDOM.close(),
  };
}
