import { i18n } from '#i18n';
import { say } from '@/components/format';

// Kept tiny on purpose: it runs on every page of a granted HR site. The table reader (scrape.js) is
// injected by the background only to find the table, and runs in this same isolated world.
const BUTTON = Symbol.for('roster-sync.hr-button');
const AGENT = Symbol.for('roster-sync.page-agent');
const MAX_TRIES = 20;

type TableRef = { index: number; signature: string };
type Answer = { ok?: boolean; table?: TableRef | null; error?: unknown; said?: { key: string } } | undefined;
type Marked = { [BUTTON]?: true; [AGENT]?: { elementOf(index: number): Element | undefined } };

const ask = (message: object): Promise<Answer> => browser.runtime.sendMessage(message).catch(() => undefined) as Promise<Answer>;

const STYLE =
  ':host{all:initial;display:block;margin:4px 0}' +
  'button{font:600 12px/1.2 system-ui,sans-serif;padding:4px 10px;border-radius:6px;border:1px solid #1f5fbf;background:#1f5fbf;color:#fff;cursor:pointer}' +
  'button:disabled{opacity:.7;cursor:default}span{font:12px system-ui,sans-serif;margin-left:8px;color:#333}';

/**
 * The button in a closed shadow root of its own: the page's styles and scripts neither shape, read nor reach it,
 * and it acts on the admin's own clicks only, never on one a page script makes.
 */
function buttonFor(table: TableRef): HTMLElement {
  const host = document.createElement('div');
  host.dataset.testid = 'hr-export-button';
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = i18n.t('hrsites.button.label');
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  button.addEventListener('click', async (event) => {
    if (!event.isTrusted) return;
    button.disabled = true;
    status.textContent = i18n.t('hrsites.button.starting');
    const answer = await ask({ type: 'hr/export', table });
    status.textContent = answer?.ok
      ? i18n.t('hrsites.button.started')
      : typeof answer?.error === 'string'
        ? say(answer.error, typeof answer.said?.key === 'string' ? answer.said : undefined)
        : i18n.t('hrsites.button.failed');
    button.disabled = Boolean(answer?.ok);
  });
  root.append(style, button, status);
  return host;
}

async function place(): Promise<boolean> {
  const answer = await ask({ type: 'hr/locate' });
  const table = answer?.ok ? answer.table : undefined;
  const element = table ? (window as Marked)[AGENT]?.elementOf(table.index) : undefined;
  if (!table || !element) return false;
  element.before(buttonFor(table));
  return true;
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const marked = window as Marked;
    if (marked[BUTTON]) return;
    marked[BUTTON] = true;
    let tries = 0;
    let busy = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // HR apps often draw their table after load: look again when the page settles, a few times at most.
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void attempt(), 1000);
    });
    const attempt = async () => {
      if (busy || tries >= MAX_TRIES) return;
      busy = true;
      tries++;
      const placed = await place();
      if (placed || tries >= MAX_TRIES) {
        observer.disconnect();
        tries = MAX_TRIES;
      }
      busy = false;
    };
    observer.observe(document.documentElement, { childList: true, subtree: true });
    void attempt();
  },
});
