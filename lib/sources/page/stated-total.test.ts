// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findStatedTotal, parseStatedTotal, statedTotalCache } from './stated-total';
import { setMarkup } from '../../../test/markup';

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

  it("never reads a page-size menu's options as a total, and finds the status line after it", () => {
    setMarkup(document.body, `
      <div>
        <label>Show <select><option>10</option><option>25</option><option>50</option><option>100</option></select> entries</label>
        <table id="t"><tr><td>x</td></tr></table>
        <div role="status">Showing 1 to 57 of 57 entries</div>
      </div>`);
    expect(findStatedTotal(document.getElementById('t')!)).toBe(57);
    document.querySelector('[role=status]')!.remove();
    expect(findStatedTotal(document.getElementById('t')!)).toBeUndefined();
    // The same with a shared walk of the ancestor, as a page scan of many tables makes.
    const cache = statedTotalCache();
    for (let i = 0; i < 5000; i++) findStatedTotal(document.getElementById('t')!, cache);
    expect(findStatedTotal(document.getElementById('t')!, cache)).toBeUndefined();
  });

  it('takes no page size shown in a menu drawn as a combobox for a total', () => {
    setMarkup(document.body, `
      <div>
        <label>Show <div role="combobox" aria-haspopup="listbox" aria-expanded="false">25</div> entries</label>
        <table id="t"><tr><td>x</td></tr></table>
      </div>`);
    expect(findStatedTotal(document.getElementById('t')!)).toBeUndefined();
    document.querySelector('div')!.append(Object.assign(document.createElement('p'), { textContent: '1–25 of 130' }));
    expect(findStatedTotal(document.getElementById('t')!)).toBe(130);
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

  it('answers the same from a shared walk as from a walk of its own, on many generated pages', () => {
    let seed = 3;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    let tables = 0;
    const piece = (depth: number): string => {
      const roll = next();
      if (roll < 0.3) return `<table id="g${tables++}"><tr><td>${pick(['x', '12', '3 rows'])}</td></tr></table>`;
      if (roll < 0.45) return `<span>${pick(['1–10 of 57', '88 results', 'page 2', '4 items'])}</span>`;
      if (roll < 0.55) return '<i></i>'.repeat(pick([10, 400, 1600]));
      if (depth > 2) return '<b>x</b>';
      return `<div>${Array.from({ length: 1 + Math.floor(next() * 5) }, () => piece(depth + 1)).join('')}</div>`;
    };
    let shared = 0;
    for (let page = 0; page < 40; page++) {
      tables = 0;
      setMarkup(document.body, Array.from({ length: 4 }, () => piece(0)).join(''));
      const cache = statedTotalCache();
      for (let i = 0; i < tables; i++) {
        const table = document.getElementById(`g${i}`)!;
        const alone = findStatedTotal(table);
        expect({ page, i, total: findStatedTotal(table, cache) }).toEqual({ page, i, total: alone });
        if (alone !== undefined) shared++;
      }
    }
    expect(shared).toBeGreaterThan(30);
  }, 60_000);

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
