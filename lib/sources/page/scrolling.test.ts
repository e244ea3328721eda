// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { reachAbove, scrollContainerOf, scrollStep, scrollTo } from './scrolling';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

function size(el: Element, scrollHeight: number, clientHeight: number) {
  Object.defineProperty(el, 'scrollHeight', { configurable: true, get: () => scrollHeight });
  Object.defineProperty(el, 'clientHeight', { configurable: true, get: () => clientHeight });
}

function at(el: Element, top: number, height: number) {
  el.getBoundingClientRect = () => new DOMRect(0, top, 100, height);
}

describe('scrollContainerOf', () => {
  it('is the nearest ancestor that scrolls vertically, passing over one that only scrolls sideways', () => {
    setMarkup(document.body, `
      <div id="viewport" style="overflow-y: auto"><div id="sideways" style="overflow-x: auto; overflow-y: hidden"><div id="row"></div></div></div>`);
    size(document.getElementById('sideways')!, 5000, 400);
    size(document.getElementById('viewport')!, 5000, 400);
    expect(scrollContainerOf(document.getElementById('row')!)?.id).toBe('viewport');
  });

  it('is undefined when nothing scrolls', () => {
    setMarkup(document.body, '<div><div id="row"></div></div>');
    expect(scrollContainerOf(document.getElementById('row')!)).toBeUndefined();
  });
});

describe('scrollStep', () => {
  it('goes to the last row drawn in one run from the top of the view, never past a gap', () => {
    setMarkup(document.body, '<div id="v"></div><p id="a"></p><p id="b"></p><p id="c"></p><p id="far"></p>');
    const viewport = document.getElementById('v')!;
    at(viewport, 100, 400);
    ['a', 'b', 'c'].forEach((id, i) => at(document.getElementById(id)!, 100 + i * 40, 40));
    at(document.getElementById('far')!, 2000, 40);
    const rows = ['c', 'far', 'a', 'b'].map((id) => document.getElementById(id)!);
    expect(scrollStep(viewport, rows)).toBe(80);
  });

  it('runs on over the margin between cards, and past a top row drawn alone', () => {
    setMarkup(document.body, '<div id="v"></div><p id="a"></p><p id="b"></p><p id="c"></p><p id="far"></p>');
    const viewport = document.getElementById('v')!;
    at(viewport, 100, 560);
    ['a', 'b', 'c'].forEach((id, i) => at(document.getElementById(id)!, 100 + i * 104, 94));
    at(document.getElementById('far')!, 2000, 94);
    const byId = (id: string) => document.getElementById(id)!;
    expect(scrollStep(viewport, ['a', 'b', 'c', 'far'].map(byId))).toBe(208);
    expect(scrollStep(viewport, ['a', 'far'].map(byId))).toBe(94);
  });

  it('is zero when no row is drawn in view yet', () => {
    setMarkup(document.body, '<div id="v"></div><p id="a"></p>');
    at(document.getElementById('v')!, 100, 400);
    at(document.getElementById('a')!, 0, 40);
    expect(scrollStep(document.getElementById('v')!, [document.getElementById('a')!])).toBe(0);
  });
});

describe('reachAbove', () => {
  it('is how far the rows drawn above the view run up unbroken from its top', () => {
    setMarkup(document.body, '<div id="v"></div><p id="far"></p><p id="a"></p><p id="b"></p><p id="c"></p><p id="d"></p>');
    const byId = (id: string) => document.getElementById(id)!;
    at(byId('v'), 100, 400);
    at(byId('far'), -400, 40);
    ['a', 'b', 'c', 'd'].forEach((id, i) => at(byId(id), 30 + i * 40, 40));
    expect(reachAbove(byId('v'), ['d', 'far', 'a', 'b', 'c'].map(byId))).toBe(70);
  });

  it('is zero when no row is drawn above the view', () => {
    setMarkup(document.body, '<div id="v"></div><p id="a"></p><p id="b"></p>');
    const byId = (id: string) => document.getElementById(id)!;
    at(byId('v'), 100, 400);
    at(byId('a'), 100, 40);
    at(byId('b'), 140, 40);
    expect(reachAbove(byId('v'), ['a', 'b'].map(byId))).toBe(0);
  });
});

describe('scrollTo', () => {
  it('scrolls and tells the page’s scroll listener at once', () => {
    setMarkup(document.body, '<div id="v" style="overflow-y: auto"></div>');
    const viewport = document.getElementById('v')!;
    let heard = 0;
    viewport.addEventListener('scroll', () => heard++);
    scrollTo(viewport, 120);
    expect(heard).toBe(1);
  });
});
