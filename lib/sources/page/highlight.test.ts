// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_ATTRIBUTE, highlightTable } from './highlight';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  document.documentElement.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`).forEach((el) => el.remove());
  setMarkup(document.body, '');
});

describe('highlightTable', () => {
  it('adds one outline outside the page’s own elements, and removes it', () => {
    setMarkup(document.body, '<table id="t"><tr><td>x</td></tr></table>');
    const highlight = highlightTable(document, document.getElementById('t')!, 'Roster Sync · People (2 rows)');
    const hosts = document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect((hosts[0] as HTMLElement).style.pointerEvents).toBe('none');
    highlight.remove();
    expect(document.querySelectorAll(`[${HIGHLIGHT_ATTRIBUTE}]`)).toHaveLength(0);
  });

  it('sets its label as text in a closed shadow root: a label read from the page never becomes markup', () => {
    setMarkup(document.body, '<table id="t"><tr><td>x</td></tr></table>');
    // Keep a handle on the closed root, which the page itself could not get.
    const attach = Element.prototype.attachShadow;
    let root: ShadowRoot | undefined;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      root = attach.call(this, init);
      return root;
    };
    try {
      highlightTable(document, document.getElementById('t')!, '<img src=x onerror="window.hacked=1">');
    } finally {
      Element.prototype.attachShadow = attach;
    }
    const host = document.querySelector(`[${HIGHLIGHT_ATTRIBUTE}]`)!;
    expect(host.shadowRoot).toBeNull();
    expect(root!.querySelector('img')).toBeNull();
    expect(root!.textContent).toContain('<img src=x onerror="window.hacked=1">');
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
  });
});
