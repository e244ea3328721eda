// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findStatedTotal, parseStatedTotal, statedTotalCache } from './stated-total';
import { setMarkup } from '../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

describe('parseStatedTotal', () => {
  it.each([
    ['1–25 of 52', 52],
    ['1-25 of 52', 52],
    ['26 – 50 of 1,052', 1052],
    ['Showing 1 to 10 of 57 entries', 57],
    ['1 - 20 out of 300', 300],
    ['1–25 of about 90', 90],
    ['72 items', 72],
    ['Showing 64 employees', 64],
    ['1 234 results', 1234],
  ])('reads %s as %i', (text, total) => {
    expect(parseStatedTotal(text)).toBe(total);
  });

  it.each([['50+ items'], ['Page 1 of 3'], ['All employees (12)'], ['2024-01-01'], ['26–50 of 20']])('states no total in %s', (text) => {
    expect(parseStatedTotal(text)).toBeUndefined();
  });
});

describe('findStatedTotal', () => {
  it('finds the pager text next to the table, not text inside it', () => {
    setMarkup(document.body, `
      <p>12 results in your last search</p>
      <section>
        <table id="t"><tr><td>3 items</td></tr></table>
        <nav><span>1–25 of 52</span></nav>
      </section>`);
    expect(findStatedTotal(document.getElementById('t')!)).toBe(52);
  });

  it('is undefined when nothing near states a total', () => {
    setMarkup(document.body, `<div><table id="t"><tr><td>x</td></tr></table><p>Updated today</p></div>`);
    expect(findStatedTotal(document.getElementById('t')!)).toBeUndefined();
  });
});

describe('findStatedTotal over many tables', () => {
  it('gives each table the total nearest to it, the same with or without a shared cache', () => {
    const block = (i: number) => `<section><table id="t${i}"><tr><td>${i}</td></tr></table><nav>1–10 of ${100 + i}</nav></section>`;
    setMarkup(document.body, `<p>7 results</p>${Array.from({ length: 40 }, (_, i) => block(i)).join('')}<table id="loose"><tr><td>x</td></tr></table>`);
    const shared = statedTotalCache();
    for (let i = 0; i < 40; i++) {
      const table = document.getElementById(`t${i}`)!;
      expect(findStatedTotal(table, shared)).toBe(100 + i);
      expect(findStatedTotal(table)).toBe(100 + i);
    }
    expect(findStatedTotal(document.getElementById('loose')!, shared)).toBe(7);
  });

  it('looks no further than its budget of elements on a level', () => {
    const filler = Array.from({ length: 3100 }, () => '<i></i>').join('');
    setMarkup(document.body, `<div><table id="t"><tr><td>x</td></tr></table>${filler}<span>1–25 of 52</span></div>`);
    expect(findStatedTotal(document.getElementById('t')!)).toBeUndefined();
    setMarkup(document.body, `<div><table id="t"><tr><td>x</td></tr></table>${filler.slice(0, 2000 * 7)}<span>1–25 of 52</span></div>`);
    expect(findStatedTotal(document.getElementById('t')!)).toBe(52);
  });

  it('keeps that budget when a shared scan answers from its index of the ancestor', () => {
    const filler = Array.from({ length: 3100 }, () => '<i></i>').join('');
    setMarkup(document.body, `<div><table id="t"><tr><td>x</td></tr></table>${filler}<span>1–25 of 52</span></div>`);
    const shared = statedTotalCache();
    const table = document.getElementById('t')!;
    expect([findStatedTotal(table, shared), findStatedTotal(table, shared)]).toEqual([undefined, undefined]);
    setMarkup(document.body, `<div><table id="t"><tr><td>x</td></tr></table>${filler.slice(0, 2000 * 7)}<span>1–25 of 52</span></div>`);
    const again = statedTotalCache();
    const near = document.getElementById('t')!;
    expect([findStatedTotal(near, again), findStatedTotal(near, again)]).toEqual([52, 52]);
  });
});
