// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load';
import { findHtmlTables, readHtmlTable } from './html-table';
import type { RowCache } from './types';
import { setMarkup } from '../../../test/markup';

function table(id = 't'): HTMLTableElement {
  return document.getElementById(id) as HTMLTableElement;
}

afterEach(() => {
  setMarkup(document.body, '');
});

describe('readHtmlTable', () => {
  it('reads a plain <thead> table', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th>Name</th><th>Email</th><th>Job Title</th></tr></thead>
        <tbody>
          <tr><td>Jane Doe</td><td>jane@example.com</td><td>Engineer II</td></tr>
          <tr><td>John Smith</td><td>john@example.com</td><td>Legal Assistant</td></tr>
        </tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.element).toBe(table());
    expect(read.headers).toEqual(['Name', 'Email', 'Job Title']);
    expect(read.rows).toEqual([
      ['Jane Doe', 'jane@example.com', 'Engineer II'],
      ['John Smith', 'john@example.com', 'Legal Assistant'],
    ]);
  });

  it('takes the first row of <td> cells as the header when there is no <th> or <thead>', () => {
    setMarkup(document.body, `
      <table id="t">
        <tr><td>First Name</td><td>Last Name</td><td>Email</td></tr>
        <tr><td>Jane</td><td>Doe</td><td>jane@example.com</td></tr>
        <tr><td>John</td><td>Smith</td><td>john@example.com</td></tr>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['First Name', 'Last Name', 'Email']);
    expect(read.rows).toEqual([
      ['Jane', 'Doe', 'jane@example.com'],
      ['John', 'Smith', 'john@example.com'],
    ]);
  });

  it('takes an all-<th> row as the header without a <thead>', () => {
    setMarkup(document.body, `
      <table id="t">
        <tbody>
          <tr><th>Name</th><th>Email</th></tr>
          <tr><td>Jane Doe</td><td>jane@example.com</td></tr>
        </tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['Name', 'Email']);
    expect(read.rows).toEqual([['Jane Doe', 'jane@example.com']]);
  });

  it('keeps a row whose first cell is a row header <th>', () => {
    setMarkup(document.body, `
      <table id="t">
        <tr><th>Name</th><th>Email</th></tr>
        <tr><th scope="row">Jane Doe</th><td>jane@example.com</td></tr>
      </table>`);
    expect(readHtmlTable(table())!.rows).toEqual([['Jane Doe', 'jane@example.com']]);
  });

  it('skips <tfoot> totals, even a totals row of <th> cells', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th>Name</th><th>Email</th><th>Hours</th></tr></thead>
        <tbody>
          <tr><td>Jane Doe</td><td>jane@example.com</td><td>40</td></tr>
          <tr><td>John Smith</td><td>john@example.com</td><td>32</td></tr>
        </tbody>
        <tfoot>
          <tr><td>Total</td><td></td><td>72</td></tr>
          <tr><th>Average</th><th></th><th>36</th></tr>
        </tfoot>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['Name', 'Email', 'Hours']);
    expect(read.rows).toEqual([
      ['Jane Doe', 'jane@example.com', '40'],
      ['John Smith', 'john@example.com', '32'],
    ]);
  });

  it('skips a <tfoot> written before the <tbody>', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th>Name</th><th>Hours</th></tr></thead>
        <tfoot><tr><td>Total</td><td>40</td></tr></tfoot>
        <tbody><tr><td>Jane Doe</td><td>40</td></tr></tbody>
      </table>`);
    expect(readHtmlTable(table())!.rows).toEqual([['Jane Doe', '40']]);
  });

  it('keeps the column header when the body has all-<th> section rows', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th>Name</th><th>Email</th></tr></thead>
        <tbody>
          <tr><th colspan="2">Engineering</th></tr>
          <tr><td>Jane Doe</td><td>jane@example.com</td></tr>
          <tr><th colspan="2">Legal</th></tr>
          <tr><td>John Smith</td><td>john@example.com</td></tr>
        </tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['Name', 'Email']);
    expect(read.rows).toEqual([
      ['Jane Doe', 'jane@example.com'],
      ['John Smith', 'john@example.com'],
    ]);
  });

  it('takes the lower row of a two-row <thead>', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead>
          <tr><th colspan="2">Person</th><th>Work</th></tr>
          <tr><th>First</th><th>Last</th><th>Title</th></tr>
        </thead>
        <tbody><tr><td>Jane</td><td>Doe</td><td>Engineer II</td></tr></tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['First', 'Last', 'Title']);
    expect(read.rows).toEqual([['Jane', 'Doe', 'Engineer II']]);
  });

  it('skips blank spacer rows', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th>Name</th><th>Email</th></tr></thead>
        <tbody>
          <tr><td>Jane Doe</td><td>jane@example.com</td></tr>
          <tr class="spacer"><td>&nbsp;</td><td>  </td></tr>
          <tr><td colspan="2"></td></tr>
          <tr><td>John Smith</td><td>john@example.com</td></tr>
        </tbody>
      </table>`);
    expect(readHtmlTable(table())!.rows).toEqual([
      ['Jane Doe', 'jane@example.com'],
      ['John Smith', 'john@example.com'],
    ]);
  });

  it('drops a hidden column', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th>Name</th><th style="display:none">Internal ID</th><th>Email</th></tr></thead>
        <tbody>
          <tr><td>Jane Doe</td><td style="display:none">9911</td><td>jane@example.com</td></tr>
          <tr><td>John Smith</td><td style="display:none">9912</td><td>john@example.com</td></tr>
        </tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['Name', 'Email']);
    expect(read.rows).toEqual([
      ['Jane Doe', 'jane@example.com'],
      ['John Smith', 'john@example.com'],
    ]);
  });

  it('drops hidden rows', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th>Name</th><th>Email</th></tr></thead>
        <tbody>
          <tr><td>Jane Doe</td><td>jane@example.com</td></tr>
          <tr style="display:none"><td>Old Row</td><td>old@example.com</td></tr>
          <tr hidden><td>Template</td><td>template@example.com</td></tr>
          <tr><td>John Smith</td><td>john@example.com</td></tr>
        </tbody>
      </table>`);
    expect(readHtmlTable(table())!.rows).toEqual([
      ['Jane Doe', 'jane@example.com'],
      ['John Smith', 'john@example.com'],
    ]);
  });

  it('does not mix a nested table’s rows into the outer table', () => {
    setMarkup(document.body, `
      <table id="outer">
        <thead><tr><th>Name</th><th>Details</th></tr></thead>
        <tbody>
          <tr>
            <td>Jane Doe</td>
            <td>
              <table id="inner">
                <tr><th>Phone</th></tr>
                <tr><td>555-0100</td></tr>
              </table>
            </td>
          </tr>
        </tbody>
      </table>`);
    const outer = readHtmlTable(table('outer'))!;
    expect(outer.headers).toEqual(['Name', 'Details']);
    expect(outer.rows).toHaveLength(1);
    expect(outer.rows[0]![0]).toBe('Jane Doe');
    const inner = readHtmlTable(table('inner'))!;
    expect(inner.headers).toEqual(['Phone']);
    expect(inner.rows).toEqual([['555-0100']]);
  });

  it('reads truncated cells whole, icon-only mailto links as addresses, and collapses whitespace', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead><tr><th> Full\n  name </th><th>Email</th></tr></thead>
        <tbody>
          <tr>
            <td><span title="Jonathan Smithson">Jonathan Sm…</span></td>
            <td><a href="mailto:jonathan.smithson@example.com"><svg aria-hidden="true"></svg></a></td>
          </tr>
          <tr><td>  Jane
                 Doe </td><td>jane@example.com</td></tr>
        </tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['Full name', 'Email']);
    expect(read.rows).toEqual([
      ['Jonathan Smithson', 'jonathan.smithson@example.com'],
      ['Jane Doe', 'jane@example.com'],
    ]);
  });

  it('is undefined for a table without visible rows', () => {
    setMarkup(document.body, `<table id="t"><tr style="display:none"><td>x</td></tr></table>`);
    expect(readHtmlTable(table())).toBeUndefined();
  });
});

describe('readHtmlTable on odd tables', () => {
  it('skips a title row, takes a header row of plain <td> cells, and skips letter, spacer and totals rows (BambooHR)', () => {
    loadFixture('bamboo');
    const read = readHtmlTable(document.querySelector('table')!)!;
    expect(read.headers).toEqual(['', 'Employee name', 'Job title', 'Department', 'Location', 'Work Email', 'Work phone']);
    expect(read.rows).toHaveLength(9);
    expect(read.rows.every((r) => /@acme\.example$/.test(r[5]!))).toBe(true);
    // The photo column shows only initials the page hides from screen readers: nothing to read.
    expect(read.rows.every((r) => r[0] === '')).toBe(true);
    expect(read.rows.flat()).not.toContain('Total');
  });

  it('names the columns under a two-row header with spans, grouping names used twice', () => {
    setMarkup(document.body, `
      <table id="t">
        <thead>
          <tr><th rowspan="2">Email</th><th colspan="2">Name</th><th colspan="2">Manager</th></tr>
          <tr><th>First</th><th>Last</th><th>Name</th><th>Email</th></tr>
        </thead>
        <tbody><tr><td>jane@example.com</td><td>Jane</td><td>Doe</td><td>Ana Lima</td><td>ana@example.com</td></tr></tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['Email', 'First', 'Last', 'Name', 'Manager Email']);
    expect(read.rows).toEqual([['jane@example.com', 'Jane', 'Doe', 'Ana Lima', 'ana@example.com']]);
  });

  it('repeats a merged (rowspan) cell on every row it spans', () => {
    setMarkup(document.body, `
      <table id="t">
        <tr><th>Department</th><th>Name</th></tr>
        <tr><td rowspan="2">Sales</td><td>Jane Doe</td></tr>
        <tr><td>John Smith</td></tr>
        <tr><td>Legal</td><td>Ana Lima</td></tr>
      </table>`);
    expect(readHtmlTable(table())!.rows).toEqual([
      ['Sales', 'Jane Doe'],
      ['Sales', 'John Smith'],
      ['Legal', 'Ana Lima'],
    ]);
  });

  it('skips a totals row at the end of the body and a header repeated mid-table', () => {
    setMarkup(document.body, `
      <table id="t">
        <tr><th>Name</th><th>Hours</th></tr>
        <tr><td>Jane Doe</td><td>40</td></tr>
        <tr><td>Name</td><td>Hours</td></tr>
        <tr><td>John Smith</td><td>32</td></tr>
        <tr><td>Total</td><td>72</td></tr>
      </table>`);
    expect(readHtmlTable(table())!.rows).toEqual([
      ['Jane Doe', '40'],
      ['John Smith', '32'],
    ]);
  });

  it('takes a first row holding an address as a person, not as the header', () => {
    setMarkup(document.body, `
      <table id="t">
        <tr><td>Jane Doe</td><td>jane@example.com</td></tr>
        <tr><td>John Smith</td><td>john@example.com</td></tr>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.headers).toEqual(['', '']);
    expect(read.rows).toHaveLength(2);
  });

  it('reads a role="grid" table in a shadow root: truncated values whole, the row-header name, the stated size', () => {
    loadFixture('salesforce');
    const grid = document.querySelector('lightning-datatable')!.shadowRoot!.querySelector('table')!;
    const read = readHtmlTable(grid)!;
    expect(read.headers).toEqual(['', 'Name', 'Account Name', 'Title', 'Phone', 'Email', 'Contact Owner Alias']);
    expect(read.name).toBe('All Contacts');
    const emails = read.rows.map((r) => r[5]!);
    expect(emails.every((e) => e.endsWith('@umbrella-corporation-worldwide.example'))).toBe(true);
    expect(emails.some((e) => e.length > 30)).toBe(true);
    expect(read.rows.flat().some((v) => v.includes('…'))).toBe(false);
  });

  it('splits a CRM users cell stacking initials, name, badge and email into a name and an email (saved page)', () => {
    loadFixture('crm-users');
    const read = readHtmlTable(document.querySelector('table')!)!;
    expect(read.headers).toEqual(['', 'User', 'Email', 'Role', 'Team', 'Last active']);
    expect(read.rows).toHaveLength(10);
    for (const row of read.rows) {
      expect(row[1]).toMatch(/^\p{Lu}[\p{L}'’.-]+( [\p{L}'’.-]+)+$/u);
      expect(row[2]).toMatch(/^[^\s@]+@initech\.example$/);
    }
    // The address cut short on screen is read whole, from its title.
    expect(read.rows.map((r) => r[2])).toContain('the.longest.address.in.the.workspace@initech.example');
    expect(read.rows.map((r) => r[1]).join(' ')).not.toMatch(/Super Admin|Owner|You|Pending|\b[A-Z]{2}\b/);
  });

  it('splits a stacked email off only where most cells of the column stack one, leaving the cached rows as read', () => {
    setMarkup(document.body, `
      <table id="t"><thead><tr><th>Person</th><th>Notes</th></tr></thead><tbody>
        <tr><td><div>Jane Doe</div><div>jane@example.com</div></td><td><div>Call back</div><div>pa@example.com</div></td></tr>
        <tr><td><div>John Roe</div><div>john@example.com</div></td><td>Met in May</td></tr>
        <tr><td>Ana Lima</td><td>Met in June</td></tr>
      </tbody></table>`);
    const cache: RowCache = new WeakMap();
    const read = readHtmlTable(table(), { cache })!;
    expect(read.headers).toEqual(['Person', 'Email', 'Notes']);
    expect(read.rows).toEqual([
      ['Jane Doe', 'jane@example.com', 'Call back\npa@example.com'],
      ['John Roe', 'john@example.com', 'Met in May'],
      ['Ana Lima', '', 'Met in June'],
    ]);
    expect(cache.get(table().rows[1]!)?.cells).toEqual(['Jane Doe\njane@example.com', 'Call back\npa@example.com']);
  });

  it('gives rows their aria-rowindex, and a stated size from aria-rowcount less the header', () => {
    setMarkup(document.body, `
      <table id="t" role="grid" aria-rowcount="101">
        <thead><tr aria-rowindex="1"><th>Name</th></tr></thead>
        <tbody><tr aria-rowindex="40"><td>Jane</td></tr><tr aria-rowindex="41"><td>John</td></tr></tbody>
      </table>`);
    const read = readHtmlTable(table())!;
    expect(read.rowKeys).toEqual(['40', '41']);
    expect(read.statedTotal).toBe(100);
  });

  it('reuses what it read of unchanged rows when given a cache', () => {
    setMarkup(document.body, `<table id="t"><tr><th>Name</th></tr><tr><td>Jane</td></tr></table>`);
    const cache: RowCache = new WeakMap();
    readHtmlTable(table(), { cache });
    const row = table().rows[1]!;
    expect(cache.get(row)?.cells).toEqual(['Jane']);
    cache.set(row, { text: row.textContent ?? '', cells: ['from cache'] });
    expect(readHtmlTable(table(), { cache })!.rows).toEqual([['from cache']]);
    row.cells[0]!.textContent = 'Janet';
    expect(readHtmlTable(table(), { cache })!.rows).toEqual([['Janet']]);
  });
});

describe('findHtmlTables', () => {
  it('ignores layout tables', () => {
    setMarkup(document.body, `<table role="presentation"><tr><td>Menu</td><td>Content</td></tr><tr><td>a</td><td>b</td></tr></table>`);
    expect(findHtmlTables(document)).toEqual([]);
  });

  it('finds every visible table that has data rows, nested ones separately', () => {
    setMarkup(document.body, `
      <table id="a"><tr><th>Name</th></tr><tr><td>Jane</td>
        <td><table id="b"><tr><th>Phone</th></tr><tr><td>555</td></tr></table></td></tr></table>
      <table id="hidden" style="display:none"><tr><th>X</th></tr><tr><td>1</td></tr></table>
      <div hidden><table id="hidden2"><tr><th>Y</th></tr><tr><td>2</td></tr></table></div>
      <table id="header-only"><tr><th>Only</th></tr></table>`);
    const found = findHtmlTables(document);
    expect(found.map((t) => t.element.id)).toEqual(['a', 'b']);
    expect(found[1]!.rows).toEqual([['555']]);
  });

  it('searches only under the root it is given', () => {
    setMarkup(document.body, `
      <section id="one"><table><tr><th>A</th></tr><tr><td>1</td></tr></table></section>
      <section id="two"><table><tr><th>B</th></tr><tr><td>2</td></tr></table></section>`);
    const found = findHtmlTables(document.getElementById('two')!);
    expect(found.map((t) => t.headers)).toEqual([['B']]);
  });
});
