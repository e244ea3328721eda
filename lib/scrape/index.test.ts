// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://hr.example.com/people?team=all" }
import { afterEach, describe, expect, it } from 'vitest';
import { findTableCandidates, scrapePage } from './index';

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
  document.body.innerHTML = '';
  document.title = '';
});

describe('findTableCandidates', () => {
  it('puts the employee table first and labels each candidate', () => {
    document.body.innerHTML = PAGE;
    const candidates = findTableCandidates(document);
    expect(candidates.map((c) => c.element.id)).toEqual(['people', 'holidays']);
    expect(candidates[0]!.score).toBeGreaterThan(candidates[1]!.score);
    expect(candidates[0]!.label).toBe('Name, Email, Job Title (2 rows)');
    expect(candidates[1]!.label).toBe('Public holidays (3 rows)');
  });
});

describe('scrapePage', () => {
  it('returns the site, the title and the tables, best first', () => {
    document.body.innerHTML = PAGE;
    document.title = 'People – Acme HR';
    const page = scrapePage(document);
    expect(page.site).toBe('hr.example.com');
    expect(page.title).toBe('People – Acme HR');
    expect(page.tables).toHaveLength(2);
    expect(page.tables[0]).toEqual({
      headers: ['Name', 'Email', 'Job Title'],
      rows: [
        ['Jonathan Smithson', 'jonathan.smithson@example.com', 'Engineer II'],
        ['Jane Doe', 'jane@example.com', 'Legal Assistant'],
      ],
      score: expect.any(Number),
      label: 'Name, Email, Job Title (2 rows)',
    });
  });

  it('returns plain data, with no elements, that survives structuredClone', () => {
    document.body.innerHTML = PAGE;
    const page = scrapePage(document);
    for (const table of page.tables) {
      expect(Object.keys(table).sort()).toEqual(['headers', 'label', 'rows', 'score']);
      expect('element' in table).toBe(false);
    }
    const json = JSON.parse(JSON.stringify(page));
    expect(json).toEqual(page);
    const cloned = structuredClone(page);
    expect(cloned).toEqual(page);
    expect(cloned).not.toBe(page);
  });

  it('returns no tables for a page without any', () => {
    document.body.innerHTML = '<p>Nothing here</p>';
    expect(scrapePage(document).tables).toEqual([]);
  });
});
