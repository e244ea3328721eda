// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from './fixtures/load';
import { findRepeatedLists, isControlColumn, listSource } from './repeated';
import { setMarkup } from '../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

describe('findRepeatedLists', () => {
  it('reads cards: name from the heading, the line under it as job title, emails and phones from icon links', () => {
    loadFixture('cards');
    const [cards, ...others] = findRepeatedLists(document);
    expect(others).toEqual([]);
    expect(cards!.headers).toEqual(['Name', 'Job title', 'Column 3', 'Email', 'Phone', 'Column 6']);
    expect(cards!.rows).toHaveLength(6);
    for (const row of cards!.rows) {
      expect(row[3]).toMatch(/^[a-z.-]+\d*@wayne-enterprises\.example$/);
      expect(row[4]).toMatch(/^\+1555\d{7}$/);
      expect(row[5]).toBe('View profile');
    }
    // Avatar initials and the screen-reader-only "Team member:" are not read.
    expect(cards!.rows.flat().some((v) => v === 'Team member:' || /^[A-Z]{2}$/.test(v))).toBe(false);
  });

  it('reads a div grid with its header row outside the rows container, lining names up by cell (Workday)', () => {
    loadFixture('workday');
    const [grid] = findRepeatedLists(document);
    expect(grid!.headers).toEqual(['Worker', 'Worker 2', 'Business Title', 'Supervisory Organization', 'Location', 'Work Email', 'Hire Date']);
    expect(grid!.rows).toHaveLength(25);
    expect(grid!.rows[0]![1]).toMatch(/^E\d{5}$/);
    expect(grid!.statedTotal).toBeUndefined();
  });

  it('reads a div grid past its hidden column, and nothing from the menus, chooser and tooltip floating in portals (saved page)', () => {
    loadFixture('menu-grid');
    const lists = findRepeatedLists(document);
    expect(lists).toHaveLength(1);
    expect(lists[0]!.headers).toEqual(['Name', 'Position', 'Department', 'Email', 'Location']);
    expect(lists[0]!.rows).toHaveLength(8);
    // Job titles cut short on screen come whole from their title.
    expect(lists[0]!.rows.every((r) => r[1] !== '' && !r[1]!.endsWith('…'))).toBe(true);
  });

  it('names a div grid column by the header cell above it, not only by the label drawn narrow at its left', () => {
    setMarkup(document.body, `
      <div id="grid">
        <div class="head"><div><span>Name</span><button>⋮</button></div><div><span>Position</span><button>⋮</button></div></div>
        <div id="rows">
          <div><div>Jane Doe</div><div>Account Executive</div></div>
          <div><div>John Roe</div><div>Sales Manager</div></div>
          <div><div>Ana Lima</div><div>Engineer II</div></div>
        </div>
      </div>`);
    const box = (el: Element, left: number, width: number) => (el.getBoundingClientRect = () => new DOMRect(left, 0, width, 40));
    const head = document.querySelector('.head')!;
    [0, 1].forEach((i) => {
      box(head.children[i]!, i * 200, 200);
      box(head.children[i]!.firstElementChild!, i * 200, 60);
    });
    for (const row of Array.from(document.getElementById('rows')!.children)) [0, 1].forEach((i) => box(row.children[i]!, i * 200, 200));
    const [grid] = findRepeatedLists(document);
    expect(grid!.headers).toEqual(['Name', 'Position']);
  });

  it('keys feed articles by aria-posinset and takes no total from aria-setsize -1', () => {
    loadFixture('infinite');
    const [feed] = findRepeatedLists(document);
    expect(feed!.element.getAttribute('role')).toBe('feed');
    expect(feed!.rowKeys).toEqual(['1', '2', '3', '4', '5']);
    expect(feed!.statedTotal).toBeUndefined();
    expect(feed!.headers).toEqual(['Name', 'Job title', 'Column 3', 'Email']);
  });

  it('names fields by their labels: <dt>, "Label:" text and microdata', () => {
    setMarkup(document.body, `
      <ul>
        ${['Jane Doe', 'John Smith', 'Ana Lima']
          .map(
            (name, i) => `<li>
              <span itemprop="name">${name}</span>
              <dl><dt>Email</dt><dd>p${i}@example.com</dd><dt>Team</dt><dd>Sales</dd></dl>
              <p><span>Phone:</span> <span>555-010${i}</span></p>
            </li>`,
          )
          .join('')}
      </ul>`);
    const [list] = findRepeatedLists(document);
    expect(list!.headers).toEqual(['Name', 'Email', 'Team', 'Phone']);
    expect(list!.rows[2]).toEqual(['Ana Lima', 'p2@example.com', 'Sales', '555-0102']);
  });

  it('takes a first child that labels the columns as the header, not as a person', () => {
    setMarkup(document.body, `
      <div>
        <div><span>Name</span><span>Email</span></div>
        <div><span>Jane Doe</span><span>jane@example.com</span></div>
        <div><span>John Smith</span><span>john@example.com</span></div>
        <div><span>Ana Lima</span><span>ana@example.com</span></div>
      </div>`);
    const [list] = findRepeatedLists(document);
    expect(list!.headers).toEqual(['Name', 'Email']);
    expect(list!.rows.map((r) => r[0])).toEqual(['Jane Doe', 'John Smith', 'Ana Lima']);
  });

  it('ignores navigation, menus and one-field lists, and does not list a card’s own parts separately', () => {
    setMarkup(document.body, `
      <nav><ul><li><a href="#">Home</a> <span>1</span></li><li><a href="#">People</a> <span>2</span></li><li><a href="#">Reports</a> <span>3</span></li></ul></nav>
      <ul><li>One</li><li>Two</li><li>Three</li></ul>
      <section>
        ${[1, 2, 3, 4]
          .map(
            (i) => `<article><h3>Person ${i}</h3><p>Title ${i}</p>
              <ul class="tags"><li><b>a${i}</b><i>x</i></li><li><b>b${i}</b><i>y</i></li><li><b>c${i}</b><i>z</i></li></ul></article>`,
          )
          .join('')}
      </section>`);
    const found = findRepeatedLists(document);
    expect(found).toHaveLength(1);
    expect(found[0]!.element.tagName).toBe('SECTION');
  });
});

describe('listSource', () => {
  it('keeps its columns in place as more items load, appending columns first seen later', () => {
    setMarkup(document.body, `<ul id="l">${['a', 'b', 'c']
      .map((x) => `<li><b>${x} name</b><a href="mailto:${x}@example.com">${x}@example.com</a></li>`)
      .join('')}</ul>`);
    const source = listSource(document.getElementById('l')!);
    const first = source.read()!;
    expect(first.headers).toEqual(['Column 1', 'Email']);
    const li = document.createElement('li');
    setMarkup(li, '<b>d name</b><a href="mailto:d@example.com">d@example.com</a><a href="tel:5550100">555 0100</a>');
    document.getElementById('l')!.append(li);
    const second = source.read()!;
    expect(second.headers.slice(0, 2)).toEqual(['Column 1', 'Email']);
    expect(second.rows[3]).toEqual(['d name', 'd@example.com', '555 0100']);
    expect(second.rows[0]).toEqual(['a name', 'a@example.com', '']);
  });
});

describe('isControlColumn', () => {
  it('is true for the same control word on every row', () => {
    expect(isControlColumn(['View profile', 'View profile', 'View profile'])).toBe(true);
    expect(isControlColumn(['Sales', 'Sales', 'Sales'])).toBe(false);
    expect(isControlColumn(['View profile', 'View'])).toBe(false);
  });
});
