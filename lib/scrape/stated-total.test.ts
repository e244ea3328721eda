// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findStatedTotal, parseStatedTotal } from './stated-total';
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
