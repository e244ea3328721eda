// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { searchRoots } from './roots';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('searchRoots', () => {
  it('lists the document, then open shadow roots, nested ones too', () => {
    document.body.innerHTML = '<div id="a"></div><p>text</p>';
    const a = document.getElementById('a')!.attachShadow({ mode: 'open' });
    a.innerHTML = '<span id="b"></span>';
    const b = a.getElementById('b')!.attachShadow({ mode: 'open' });
    document.body.append(document.createElement('section'));
    expect(searchRoots(document)).toEqual([document, a, b]);
  });

  it('stops at a bound, whatever the page holds', () => {
    document.body.innerHTML = Array.from({ length: 10 }, (_, i) => `<div id="h${i}"></div>`).join('');
    for (let i = 0; i < 10; i++) document.getElementById(`h${i}`)!.attachShadow({ mode: 'open' });
    expect(searchRoots(document, { maxRoots: 4 })).toHaveLength(4);
  });
});
