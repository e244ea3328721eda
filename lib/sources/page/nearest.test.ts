// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { containsAcrossRoots, nearestTable, selectedElement } from './nearest';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

const byId = (id: string) => document.getElementById(id)!;

describe('nearestTable', () => {
  it('takes the table holding the clicked element, the innermost when tables nest', () => {
    setMarkup(document.body, `<table id="outer"><tr><td><table id="inner"><tr><td id="cell">x</td></tr></table></td></tr></table><table id="other"></table>`);
    const tables = [{ element: byId('outer') }, { element: byId('inner') }, { element: byId('other') }];
    expect(nearestTable(tables, byId('cell'))?.element.id).toBe('inner');
    expect(nearestTable(tables, byId('outer'))?.element.id).toBe('outer');
  });

  it('takes the best table when nothing was clicked', () => {
    setMarkup(document.body, `<table id="a"></table><table id="b"></table>`);
    expect(nearestTable([{ element: byId('b') }, { element: byId('a') }], undefined)?.element.id).toBe('b');
  });

  it('looks into shadow roots', () => {
    setMarkup(document.body, `<div id="host"></div>`);
    const shadow = byId('host').attachShadow({ mode: 'open' });
    setMarkup(shadow, `<table id="t"><tr><td id="c">x</td></tr></table>`);
    expect(containsAcrossRoots(byId('host'), shadow.getElementById('c')!)).toBe(true);
    expect(containsAcrossRoots(shadow.getElementById('t')!, byId('host'))).toBe(false);
  });
});

describe('selectedElement', () => {
  it('is where a text selection starts', () => {
    setMarkup(document.body, `<p id="p">Jane Doe</p>`);
    const range = document.createRange();
    range.selectNodeContents(byId('p'));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(selectedElement(document)?.id).toBe('p');
  });
});
