// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { inFloatingLayer, searchRoots } from './roots';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

describe('searchRoots', () => {
  it('lists the document, then open shadow roots, nested ones too', () => {
    setMarkup(document.body, '<div id="a"></div><p>text</p>');
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    setMarkup(a, '<span id="b"></span>');
    const b = a.getElementById('b')!.attachShadow({ mode: 'open' });
    document.body.append(document.createElement('section'));
    expect(searchRoots(document)).toEqual([document, a, b]);
  });

  it('stops at a bound, whatever the page holds', () => {
    setMarkup(document.body, Array.from({ length: 10 }, (_, i) => `<div id="h${i}"></div>`).join(''));
    for (let i = 0; i < 10; i++) document.getElementById(`h${i}`)!.attachShadow({ mode: 'open' });
    expect(searchRoots(document, { maxRoots: 4 })).toHaveLength(4);
  });
});

describe('inFloatingLayer', () => {
  it('is true in a tooltip, a menu or a panel the page floats above the rest at the end of the body', () => {
    setMarkup(document.body, `
      <style>.layer { position: absolute; z-index: 1300 } .fixed { position: fixed; z-index: 10 } .plain { position: absolute }</style>
      <main><div id="grid">rows</div><div role="tooltip"><span id="tip">Sort</span></div></main>
      <div class="layer"><ul><li id="item">Sort ascending</li></ul></div>
      <div class="fixed"><label id="choice">Name</label></div>
      <div class="plain"><p id="plain">Placed, not floating over anything</p></div>
      <div role="menu"><div id="menu">Hide column</div></div>`);
    for (const id of ['tip', 'item', 'choice', 'menu']) expect(inFloatingLayer(document.getElementById(id)!)).toBe(true);
    for (const id of ['grid', 'plain']) expect(inFloatingLayer(document.getElementById(id)!)).toBe(false);
  });

  it('is false in a layer that covers most of the window, where layout says so', () => {
    setMarkup(document.body, `<div style="position: fixed; z-index: 5"><table id="t"></table></div>`);
    const layer = document.body.firstElementChild!;
    layer.getBoundingClientRect = () => new DOMRect(0, 0, window.innerWidth, window.innerHeight);
    expect(inFloatingLayer(document.getElementById('t')!)).toBe(false);
    layer.getBoundingClientRect = () => new DOMRect(0, 0, 260, 300);
    expect(inFloatingLayer(document.getElementById('t')!)).toBe(true);
  });
});
