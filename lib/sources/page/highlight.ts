import { rectInTopWindow } from './roots';

export const HIGHLIGHT_ATTRIBUTE = 'data-roster-sync-highlight';

export interface Highlight {
  remove(): void;
}

/**
 * Outlines a table on the page so the admin sees which one is picked. The overlay lives in a
 * closed shadow root the page's styles cannot reach; its label is set as text, never markup.
 */
export function highlightTable(doc: Document, table: Element, label: string): Highlight {
  const view = doc.defaultView!;
  const host = doc.createElement('div');
  host.setAttribute(HIGHLIGHT_ATTRIBUTE, '');
  Object.assign(host.style, {
    position: 'fixed',
    zIndex: '2147483647',
    pointerEvents: 'none',
    margin: '0',
    padding: '0',
    border: '0',
    background: 'transparent',
  });
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('div');
  Object.assign(frame.style, {
    position: 'absolute',
    inset: '-3px',
    outline: '3px solid #1f5fbf',
    borderRadius: '4px',
    boxShadow: '0 0 0 6px rgba(31, 95, 191, 0.25)',
  });
  const tag = doc.createElement('div');
  tag.textContent = label;
  Object.assign(tag.style, {
    position: 'absolute',
    left: '-3px',
    bottom: '100%',
    marginBottom: '4px',
    maxWidth: '480px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    font: '600 12px/1.6 system-ui, sans-serif',
    color: '#fff',
    background: '#1f5fbf',
    padding: '1px 8px',
    borderRadius: '4px',
  });
  shadow.append(frame, tag);
  doc.documentElement.append(host);

  const place = () => {
    const r = rectInTopWindow(table);
    Object.assign(host.style, { left: `${r.left}px`, top: `${r.top}px`, width: `${r.width}px`, height: `${r.height}px` });
    // Near the top of the page the label goes inside the outline rather than off screen.
    tag.style.bottom = r.top < 24 ? 'auto' : '100%';
    tag.style.top = r.top < 24 ? '3px' : 'auto';
  };
  const r = rectInTopWindow(table);
  if (r.bottom < 0 || r.top > view.innerHeight) table.scrollIntoView?.({ block: 'center' });
  place();
  const onChange = () => place();
  view.addEventListener('scroll', onChange, { capture: true, passive: true });
  view.addEventListener('resize', onChange, { passive: true });
  const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(onChange) : undefined;
  resize?.observe(table);
  return {
    remove() {
      view.removeEventListener('scroll', onChange, { capture: true });
      view.removeEventListener('resize', onChange);
      resize?.disconnect();
      host.remove();
    },
  };
}
