// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { searchRoots } from './roots';
import { setMarkup } from '../../test/markup';

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
