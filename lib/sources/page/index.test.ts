// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load';
import { findTableCandidates, relocateTable, tableSignature } from './index';
import { setMarkup } from '../../../test/markup';

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
