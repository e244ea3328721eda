// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findAriaGrids, readAriaGrid } from './aria-grid';
import { loadFixture } from './fixtures/load';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

function grid(): Element {
  return document.querySelector('[role=grid], [role=treegrid], [role=table]')!;
}

describe('readAriaGrid', () => {
  it('joins rows split over pinned and centre containers by aria-rowindex, in row order (ag-grid)', () => {
    loadFixture('aggrid');
    const read = readAriaGrid(grid())!;
    expect(read.headers).toEqual(['First name', 'Last name', 'Job title', 'Department', 'Email', 'Site', 'Start date']);
    expect(read.statedTotal).toBe(200);
    // The rendered rows: a window of the grid, in the DOM in no particular order.
    const indexes = read.rowKeys.map(Number);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(indexes[indexes.length - 1]! - indexes[0]!).toBe(indexes.length - 1);
    // Each row's pinned names belong with its own email (the demo builds addresses from names).
    const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9-]/g, '').toLowerCase();
    for (const row of read.rows) {
      expect(row).toHaveLength(7);
      expect(row[4]!.replace(/\d*@.*$/, '')).toBe(`${fold(row[0]!)}.${fold(row[1]!)}`);
    }
  });

  it('splits a cell stacking initials, a name with a badge, and an email into a name and an email column', () => {
    setMarkup(document.body, `
      <style>.who { display: flex } .badge { display: inline-block; padding: 0 6px; background: #eef }</style>
      <div role="grid">
        <div role="row"><div role="columnheader">Member</div><div role="columnheader">Role</div></div>
        ${[['Jane Doe', 'Owner'], ['John Roe', ''], ['Ana Lima', 'You']]
          .map(
            ([name, badge]) => `<div role="row"><div role="gridcell"><div class="who"><span>${name!.split(' ').map((w) => w[0]).join('')}</span>
              <div><div>${name} ${badge ? `<span class="badge">${badge}</span>` : ''}</div><div>${name!.split(' ')[0]!.toLowerCase()}@example.com</div></div></div></div>
              <div role="gridcell">Account Executive</div></div>`,
          )
          .join('')}
      </div>`);
    const read = readAriaGrid(grid())!;
    expect(read.headers).toEqual(['Member', 'Email', 'Role']);
    expect(read.rows).toEqual([
      ['Jane Doe', 'jane@example.com', 'Account Executive'],
      ['John Roe', 'john@example.com', 'Account Executive'],
      ['Ana Lima', 'ana@example.com', 'Account Executive'],
    ]);
  });

  it('skips a column the page hides, and keeps stacked cells as lines (MUI DataGrid)', () => {
    loadFixture('mui');
    const read = readAriaGrid(grid())!;
    expect(read.headers).not.toContain('ID');
    expect(read.headers.slice(1)).toEqual(['Employee', 'Email', 'Department', 'Start date']);
    // The checkbox column reads empty; the draft leaves it out.
    expect(read.rows.every((r) => r[0] === '')).toBe(true);
    expect(read.rows[0]![1]).toMatch(/^[^\n]+\n[^\n]+$/);
    expect(read.statedTotal).toBe(30);
    expect(read.rowKeys[0]).toBe('2');
  });

  it('places cells by aria-colindex, and names columns under a spanning group header', () => {
    setMarkup(document.body, `
      <div role="treegrid" aria-rowcount="-1">
        <div role="row" aria-rowindex="1"><div role="columnheader" aria-colindex="1" aria-colspan="2">Person</div><div role="columnheader" aria-colindex="3">Contact</div></div>
        <div role="row" aria-rowindex="2"><div role="columnheader" aria-colindex="1">Name</div><div role="columnheader" aria-colindex="2">Title</div><div role="columnheader" aria-colindex="3">Email</div></div>
        <div role="row" aria-rowindex="3"><div role="gridcell" aria-colindex="3">jane@example.com</div><div role="gridcell" aria-colindex="1">Jane Doe</div></div>
      </div>`);
    const read = readAriaGrid(grid())!;
    expect(read.headers).toEqual(['Name', 'Title', 'Email']);
    expect(read.rows).toEqual([['Jane Doe', '', 'jane@example.com']]);
    expect(read.statedTotal).toBeUndefined();
  });

  it('skips loading placeholders and blank rows, and leaves a nested grid to itself', () => {
    setMarkup(document.body, `
      <div role="grid" id="outer">
        <div role="row"><span role="columnheader">Name</span><span role="columnheader">Details</span></div>
        <div role="row"><span role="gridcell">Jane Doe</span><span role="gridcell"><div role="grid"><div role="row"><span role="gridcell">inner</span></div></div></span></div>
        <div role="row"><span role="gridcell">Loading…</span><span role="gridcell"></span></div>
        <div role="row"><span role="gridcell"></span><span role="gridcell"></span></div>
      </div>`);
    const read = readAriaGrid(document.getElementById('outer')!)!;
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0]![0]).toBe('Jane Doe');
  });

  it('reads role tables made of cells (role="table", "cell")', () => {
    setMarkup(document.body, `
      <div role="table" aria-label="Team">
        <div role="row"><div role="columnheader">Name</div><div role="columnheader">Email</div></div>
        <div role="row"><div role="cell">Jane Doe</div><div role="cell">jane@example.com</div></div>
      </div>`);
    const read = readAriaGrid(grid())!;
    expect(read.name).toBe('Team');
    expect(read.rows).toEqual([['Jane Doe', 'jane@example.com']]);
  });
});

describe('findAriaGrids', () => {
  it('finds visible grids with data rows, leaving <table role=grid> to the table reader', () => {
    setMarkup(document.body, `
      <div role="grid" id="a"><div role="row"><span role="gridcell">x</span></div></div>
      <div role="grid" style="display:none"><div role="row"><span role="gridcell">y</span></div></div>
      <table role="grid"><tr><td>z</td></tr></table>`);
    expect(findAriaGrids(document).map((g) => g.element.id)).toEqual(['a']);
  });
});
