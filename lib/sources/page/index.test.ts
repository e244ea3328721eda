// @vitest-environment happy-dom
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { loadFixture } from './fixtures/load';
import { findTableCandidates, relocateTable, tableSignature } from './index';
import { setMarkup } from '../../../test/markup';
import { createLookBook } from './read-cell';
import type { RowCache } from './types';

const PAGE = `
  <h1>People</h1>
  <table id="holidays">
    <caption>Public holidays</caption>
    <thead><tr><th>Date</th><th>Holiday</th><th>Day</th></tr></thead>
    <tbody>
      <tr><td>2024-01-01</td><td>New Year's Day</td><td>Monday</td></tr>
      <tr><td>2024-05-27</td><td>Memorial Day</td><td>Monday</td></tr>
      <tr><td>2024-12-25</td><td>Christmas Day</td><td>Wednesday</td></tr>
    </tbody>
  </table>
  <table id="people">
    <thead><tr><th>Name</th><th>Email</th><th>Job Title</th></tr></thead>
    <tbody>
      <tr><td><span title="Jonathan Smithson">Jonathan Sm…</span></td>
          <td><a href="mailto:jonathan.smithson@example.com"><i></i></a></td><td>Engineer II</td></tr>
      <tr><td>Jane Doe</td><td>jane@example.com</td><td>Legal Assistant</td></tr>
    </tbody>
  </table>`;

afterEach(() => {
  setMarkup(document.body, '');
  document.title = '';
});

describe('findTableCandidates', () => {
  it('puts the employee table first and labels each candidate', () => {
    setMarkup(document.body, PAGE);
    const candidates = findTableCandidates(document);
    expect(candidates.map((c) => c.element.id)).toEqual(['people', 'holidays']);
    expect(candidates[0]!.score).toBeGreaterThan(candidates[1]!.score);
    expect(candidates[0]!.label).toBe('Name, Email, Job Title (2 rows)');
    expect(candidates[1]!.label).toBe('Public holidays (3 rows)');
  });
});

describe('findTableCandidates on vendor pages', () => {
  it.each([
    ['bamboo', 'table', 'Work Email'],
    ['workday', 'list', 'Work Email'],
    ['aggrid', 'grid', 'Email'],
    ['salesforce', 'table', 'Email'],
    ['hubspot', 'table', 'Email'],
    ['cards', 'list', 'Email'],
    ['mui', 'grid', 'Email'],
    ['infinite', 'list', 'Email'],
  ])('puts the people first on the %s page', (fixture, kind, emailHeader) => {
    loadFixture(fixture);
    const [best] = findTableCandidates(document);
    expect(best!.kind).toBe(kind);
    expect(best!.headers).toContain(emailHeader);
    const col = best!.headers.indexOf(emailHeader);
    expect(best!.rows.every((row) => /^[^@\s]+@[^@\s]+\.example$/.test(row[col]!))).toBe(true);
  });

  it('labels a table that has more rows than it shows with both numbers', () => {
    loadFixture('hubspot');
    expect(findTableCandidates(document)[0]!.label).toBe('Name, Email, Phone number (25 of 30 rows shown)');
  });

  it('finds tables in open shadow roots, and in closed ones when given a way in', () => {
    setMarkup(document.body, '<div id="open"></div><div id="closed"></div>');
    const table = '<table><tr><th>Name</th><th>Email</th></tr><tr><td>Jane</td><td>jane@example.com</td></tr></table>';
    setMarkup(document.getElementById('open')!.attachShadow({ mode: 'open' }), table);
    const closed = document.getElementById('closed')!.attachShadow({ mode: 'closed' });
    setMarkup(closed, table);
    expect(findTableCandidates(document)).toHaveLength(1);
    const shadowRootOf = (el: Element) => (el.id === 'closed' ? closed : el.shadowRoot);
    expect(findTableCandidates(document, { shadowRootOf })).toHaveLength(2);
  });
});

describe('relocateTable', () => {
  it('finds the same table after the page replaced it, by kind and columns', () => {
    setMarkup(document.body, PAGE);
    const people = findTableCandidates(document)[0]!;
    expect(people.signature).toBe(tableSignature('table', ['Name', 'Email', 'Job Title']));
    setMarkup(document.body, PAGE.replace('id="people"', 'id="people-page-2"'));
    const again = relocateTable(document, people.source, people.headers)!;
    expect(again.element.id).toBe('people-page-2');
  });

  it('finds nothing when no table of that kind and columns is left', () => {
    setMarkup(document.body, PAGE);
    const people = findTableCandidates(document)[0]!;
    setMarkup(document.body, '<p>Signed out</p>');
    expect(relocateTable(document, people.source, people.headers)).toBeUndefined();
  });
});

describe('the rows of a candidate', () => {
  it('are read as a person reads them: truncated names whole, icon-only email links as addresses', () => {
    setMarkup(document.body, PAGE);
    expect(findTableCandidates(document)[0]!.rows).toEqual([
      ['Jonathan Smithson', 'jonathan.smithson@example.com', 'Engineer II'],
      ['Jane Doe', 'jane@example.com', 'Legal Assistant'],
    ]);
  });

  it('are none for a page without tables', () => {
    setMarkup(document.body, '<p>Nothing here</p>');
    expect(findTableCandidates(document)).toEqual([]);
  });
});

describe("a crawl's look book (style asked once per kind of element, not at every reading)", () => {
  const FIXTURES = ['aggrid', 'bamboo', 'cards', 'crm-users', 'hubspot', 'infinite', 'menu-grid', 'mui', 'org-cards', 'salesforce', 'workday'];

  it.each(FIXTURES)('reads the %s page the same with the book as without, the first time and again', (fixture) => {
    loadFixture(fixture);
    const candidates = findTableCandidates(document);
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      const looks = createLookBook();
      const plain = candidate.source.read();
      const first = candidate.source.read({ looks });
      const again = candidate.source.read({ looks });
      expect(first?.headers).toEqual(plain?.headers);
      expect(first?.rows).toEqual(plain?.rows);
      expect(again?.headers).toEqual(plain?.headers);
      expect(again?.rows).toEqual(plain?.rows);
    }
  });

  it.each(['aggrid', 'mui', 'bamboo', 'cards'])('asks no style the second time on the %s page, and does without a book', (fixture) => {
    loadFixture(fixture);
    const source = findTableCandidates(document)[0]!.source;
    const asked = countStyleQueries();
    // As a crawl reads: rows already read are remembered too.
    const cache: RowCache = new WeakMap();
    const looks = createLookBook();
    source.read({ cache, looks });
    expect(asked()).toBeGreaterThan(0);
    const before = asked();
    source.read({ cache, looks });
    expect(asked() - before).toBe(0);
    source.read({ cache });
    expect(asked() - before).toBeGreaterThan(0);
  });

  it('judges a kind of cell it has not met before, and reads rows drawn after the first reading', () => {
    setMarkup(
      document.body,
      `<style>.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0px,0px,0px,0px)}</style>
       <div role="grid"><div role="row"><div role="columnheader">Name</div><div role="columnheader">Email</div></div>
       <div role="row" aria-rowindex="2"><div role="gridcell"><span>Ann Lee</span></div><div role="gridcell">ann@example.com</div></div></div>`,
    );
    const grid = document.querySelector('[role=grid]')!;
    const source = findTableCandidates(document)[0]!.source;
    const looks = createLookBook();
    expect(source.read({ looks })?.rows).toEqual([['Ann Lee', 'ann@example.com']]);
    const row = document.createElement('div');
    setMarkup(row, `<div role="row" aria-rowindex="3"><div role="gridcell"><span>Bo Ma</span><span class="sr"> (opens profile)</span></div><div role="gridcell">bo@example.com</div></div>`);
    grid.append(row.firstElementChild!);
    expect(source.read({ looks })?.rows).toEqual([
      ['Ann Lee', 'ann@example.com'],
      ['Bo Ma', 'bo@example.com'],
    ]);
  });
});

/** Counts the reader's style queries from here on. */
function countStyleQueries(): () => number {
  const view = document.defaultView!;
  const real = view.getComputedStyle.bind(view);
  let count = 0;
  view.getComputedStyle = ((el: Element, pseudo?: string | null) => {
    count++;
    return real(el, pseudo);
  }) as typeof view.getComputedStyle;
  onTestFinished(() => {
    view.getComputedStyle = real;
  });
  return () => count;
}
