// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://hr.example.com/people?page=1" }
import { afterEach, describe, expect, it } from 'vitest';
import { choosePageSize, findLoadMoreControl, findNextControl, findPageControl, findPageSizeChoice, findPageSizeMenu, isLoadingNear, isNextControl, pageAlerts, pageSizeOptions, pressControl } from './controls';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

const byId = (id: string) => document.getElementById(id)!;

describe('isNextControl', () => {
  it.each([
    ['<button id="c">Next</button>'],
    ['<button id="c">Next ›</button>'],
    ['<button id="c" aria-label="Go to next page"><svg></svg></button>'],
    ['<button id="c" title="Next page">›</button>'],
    ['<a id="c" href="#" rel="next">2</a>'],
    ['<div id="c" role="button" aria-label="Next page"></div>'],
  ])('knows %s', (html) => {
    setMarkup(document.body, html);
    expect(isNextControl(byId('c'))).toBe(true);
  });

  it.each([['<button id="c">Next month</button>'], ['<button id="c" aria-label="Go to last page">»|</button>'], ['<button id="c">Previous</button>']])(
    'is not fooled by %s',
    (html) => {
      setMarkup(document.body, html);
      expect(isNextControl(byId('c'))).toBe(false);
    },
  );
});

describe('findNextControl', () => {
  it('takes the table’s own pager before a Next elsewhere on the page', () => {
    setMarkup(document.body, `
      <div class="carousel"><button id="far">Next</button></div>
      <section><table id="t"><tr><td>x</td></tr></table><div><button id="near">Next</button></div></section>`);
    expect(findNextControl(byId('t'))?.element.id).toBe('near');
  });

  it('passes over disabled and hidden controls, and those inside rows', () => {
    setMarkup(document.body, `
      <section>
        <table id="t"><tr id="r"><td><button>Next</button></td></tr></table>
        <button disabled>Next</button><button aria-disabled="true">Next</button><button hidden>Next</button>
      </section>`);
    expect(findNextControl(byId('t'), (el) => byId('r').contains(el))).toBeUndefined();
  });

  it('takes an icon-only pager item known by its tooltip, and passes it over once disabled', () => {
    const pager = (disabled: boolean) => `
      <div><table id="t"></table><ul>
        <li title="Previous Page" tabindex="0" aria-disabled="true"><button disabled><span role="img" aria-label="left"></span></button></li>
        <li title="1" tabindex="0"><a>1</a></li><li title="2" tabindex="0"><a>2</a></li>
        <li id="n" title="Next Page" tabindex="0" aria-disabled="${disabled}"><button ${disabled ? 'disabled' : ''}><span role="img" aria-label="right"></span></button></li>
      </ul></div>`;
    setMarkup(document.body, pager(false));
    expect(findNextControl(byId('t'))?.element.id).toBe('n');
    setMarkup(document.body, pager(true));
    expect(findNextControl(byId('t'))).toBeUndefined();
  });

  it('finds the pager beside a table inside a shadow root', () => {
    setMarkup(document.body, `<div><people-table id="host"></people-table></div>`);
    const root = byId('host').attachShadow({ mode: 'open' });
    setMarkup(root as unknown as HTMLElement, `<table></table><div><button aria-label="Next page"><svg></svg></button></div>`);
    const table = root.querySelector('table')!;
    expect(findNextControl(table)?.element).toBe(root.querySelector('button'));
  });

  it('says where a Next link would take the page, if to another document', () => {
    setMarkup(document.body, `<div><table id="t"></table><a id="n" href="?page=2">Next</a></div>`);
    expect(findNextControl(byId('t'))).toEqual({ element: byId('n'), navigatesTo: 'https://hr.example.com/people?page=2' });
    setMarkup(document.body, `<div><table id="t"></table><a id="n" href="#">Next</a></div>`);
    expect(findNextControl(byId('t'))).toEqual({ element: byId('n') });
  });
});

describe('findPageControl', () => {
  it('finds the button numbered as the wanted page, by its text, label or tooltip', () => {
    setMarkup(document.body, `<div><table id="t"></table><nav>
      <button aria-current="page">1</button><button id="p2">2</button><button id="p3" aria-label="Go to page 3">3</button>
      <button id="p4" title="Page 4">…</button></nav></div>`);
    expect(findPageControl(byId('t'), 2)?.element.id).toBe('p2');
    expect(findPageControl(byId('t'), 3)?.element.id).toBe('p3');
    expect(findPageControl(byId('t'), 4)?.element.id).toBe('p4');
    expect(findPageControl(byId('t'), 5)).toBeUndefined();
  });
});

describe('findPageSizeChoice', () => {
  it('offers the largest rows-per-page option beside the table, and picks it with a change event', () => {
    setMarkup(document.body, `<div><label>Show <select id="s"><option>10</option><option>25</option><option>100</option><option value="-1">All</option></select> entries</label>
      <table id="t"></table></div>`);
    const choice = findPageSizeChoice(byId('t'))!;
    expect(choice.size).toBe(100);
    let changed = '';
    byId('s').addEventListener('change', (e) => (changed = (e.target as HTMLSelectElement).value));
    choosePageSize(choice);
    expect(changed).toBe('100');
    // Already at the largest: nothing to choose.
    expect(findPageSizeChoice(byId('t'))).toBeUndefined();
  });

  it.each([
    ['a sort list', '<select><option>Name</option><option>Start date</option></select>'],
    ['a filter of numbers and words', '<select><option>10</option><option>Sales</option><option>Legal</option></select>'],
  ])('never takes %s for it', (_, select) => {
    setMarkup(document.body, `<div>${select}<table id="t"></table></div>`);
    expect(findPageSizeChoice(byId('t'))).toBeUndefined();
  });

  it('reads "N / page" options', () => {
    setMarkup(document.body, `<div><table id="t"></table><select><option selected>10 / page</option><option>20 / page</option><option>50 / page</option></select></div>`);
    expect(findPageSizeChoice(byId('t'))?.size).toBe(50);
  });
});

/**
 * Pagers with a page-size select drawn as a menu, saved from the corpus pages (demo/corpus) as the real
 * libraries draw them (icons and style classes trimmed), each with the listbox it opens in a portal.
 */
const DRAWN_PAGE_SIZE_MENUS = [
  {
    name: 'a toolbar with a "Rows per page" combobox (MUI TablePagination)',
    pager: `<div class="MuiTablePagination-toolbar"><p id="_r_1_">Rows per page:</p><div class="MuiInputBase-root"><div tabindex="0" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-labelledby="_r_1_" id="_r_0_">25</div><input aria-invalid="false" aria-hidden="true" tabindex="-1" value="25"></div><p>1–25 of 230</p><div><button tabindex="-1" type="button" disabled aria-label="Go to previous page"></button><button tabindex="0" type="button" aria-label="Go to next page" id="next"></button></div></div>`,
    listbox: `<ul role="listbox" tabindex="-1" aria-labelledby="_r_1_" id="_r_2_"><li tabindex="0" role="option" aria-selected="true" data-value="25">25</li><li tabindex="-1" role="option" aria-selected="false" data-value="50">50</li><li tabindex="-1" role="option" aria-selected="false" data-value="100">100</li></ul>`,
    current: 25,
  },
  {
    name: 'a pager list with a search input inside a select showing "10 / page" (Ant Design)',
    pager: `<ul class="ant-pagination"><li title="1" tabindex="0"><a rel="nofollow">1</a></li><li title="2" tabindex="0"><a rel="nofollow">2</a></li><li title="Next Page" tabindex="0" aria-disabled="false" id="next"><button type="button" tabindex="-1"><span role="img" aria-label="right"></span></button></li><li class="ant-pagination-options"><div class="ant-select"><div class="ant-select-content" title="10 / page">10 / page<input id="_r_0_" aria-label="Page Size" autocomplete="new-password" role="combobox" aria-expanded="false" aria-haspopup="listbox" aria-autocomplete="list" type="text" value=""></div></div></li></ul>`,
    listbox: `<div class="ant-select-dropdown"><div role="listbox" id="_r_0__list"><div role="option" aria-selected="true" aria-disabled="false" title="10 / page"><div>10 / page</div></div><div role="option" aria-selected="false" aria-disabled="false" title="20 / page"><div>20 / page</div></div><div role="option" aria-selected="false" aria-disabled="false" title="50 / page"><div>50 / page</div></div><div role="option" aria-selected="false" aria-disabled="false" title="100 / page"><div>100 / page</div></div></div></div>`,
    current: 10,
  },
  {
    name: 'a paging panel with a "Page Size" picker (AG Grid)',
    pager: `<div class="ag-paging-panel"><span class="ag-paging-page-size"><div class="ag-picker-field" role="presentation"><div class="ag-label" aria-hidden="false">Page Size:</div><div class="ag-picker-field-wrapper" tabindex="0" aria-expanded="false" role="combobox" aria-label="Page Size"><div class="ag-picker-field-display">20</div><div aria-hidden="true"><span role="presentation"></span></div></div></div></span><span><span>1</span> <span>to</span> <span>20</span> <span>of</span> <span>120</span></span><span role="presentation"><div role="button" aria-label="Previous Page" tabindex="0" aria-disabled="true"></div><div role="button" aria-label="Next Page" tabindex="0" aria-disabled="false" id="next"></div></span></div>`,
    listbox: `<div class="ag-list ag-select-list" role="listbox" aria-label="Select Field"><div role="option" aria-posinset="1" aria-setsize="3" aria-selected="true"><span>20</span></div><div role="option" aria-posinset="2" aria-setsize="3"><span>50</span></div><div role="option" aria-posinset="3" aria-setsize="3"><span>100</span></div></div>`,
    current: 20,
  },
];

describe('findPageSizeMenu and pageSizeOptions', () => {
  it.each(DRAWN_PAGE_SIZE_MENUS)('finds $name beside the pager, and the largest size once it opens', ({ pager, listbox, current }) => {
    setMarkup(document.body, `<div><table id="t"></table>${pager}</div><div id="portal"></div>`);
    const menu = findPageSizeMenu(findNextControl(byId('t'))!.element)!;
    expect(menu.current).toBe(current);
    // Closed: no options to read yet.
    expect(pageSizeOptions(menu.trigger)).toBeUndefined();
    // The menu opens on a press (some on mousedown, some on click) into a portal at the end of the page.
    menu.trigger.addEventListener('mousedown', () => setMarkup(byId('portal'), listbox), { once: true });
    pressControl(menu.trigger);
    const options = pageSizeOptions(menu.trigger)!;
    expect(Math.max(...options.map((o) => o.size))).toBe(100);
    let picked = '';
    options.at(-1)!.element.addEventListener('click', () => (picked = 'largest'));
    pressControl(options.at(-1)!.element);
    expect(picked).toBe('largest');
  });

  it.each([
    ['a sort menu', '<div role="combobox" aria-haspopup="listbox">Name</div>'],
    ['a menu inside the rows', '<table id="rows"><tr><td><div role="combobox" aria-haspopup="listbox">3</div></td></tr></table>'],
  ])('never takes %s for it', (_, markup) => {
    setMarkup(document.body, `<div>${markup}<button id="next">Next</button></div>`);
    const rows = document.getElementById('rows');
    expect(findPageSizeMenu(byId('next'), (el) => rows?.contains(el) ?? false)).toBeUndefined();
  });

  it('reads no options from a listbox of words', () => {
    setMarkup(document.body, `<div><div role="combobox" aria-haspopup="listbox" aria-controls="l" id="c">10</div><button>Next</button></div>
      <ul role="listbox" id="l"><li role="option">Sales</li><li role="option">Legal</li></ul>`);
    expect(pageSizeOptions(byId('c'))).toBeUndefined();
  });
});

describe('findLoadMoreControl', () => {
  it.each([['Load more'], ['Load More'], ['Show 25 more'], ['View more'], ['More results'], ['Load all']])('knows "%s"', (name) => {
    setMarkup(document.body, `<div><ul id="t"></ul><button id="b">${name}</button></div>`);
    expect(findLoadMoreControl(byId('t'))?.element.id).toBe('b');
  });

  it('is undefined without one', () => {
    setMarkup(document.body, `<div><ul id="t"></ul><button>Save</button></div>`);
    expect(findLoadMoreControl(byId('t'))).toBeUndefined();
  });
});

describe('isLoadingNear and pageAlerts', () => {
  it('sees a busy region or a progress bar around the table', () => {
    setMarkup(document.body, `<div><div><ul id="t"></ul></div><div role="progressbar"></div></div>`);
    expect(isLoadingNear(byId('t'))).toBe(true);
    setMarkup(document.body, `<div aria-busy="true"><ul id="t"></ul></div>`);
    expect(isLoadingNear(byId('t'))).toBe(true);
    setMarkup(document.body, `<div><ul id="t"></ul></div>`);
    expect(isLoadingNear(byId('t'))).toBe(false);
  });

  it('sees an overlay in the shadow root the table sits in', () => {
    setMarkup(document.body, `<div><x-table id="host"></x-table></div>`);
    const root = byId('host').attachShadow({ mode: 'open' });
    setMarkup(root as unknown as HTMLElement, `<table></table><div role="progressbar" aria-label="Loading"></div>`);
    expect(isLoadingNear(root.querySelector('table')!)).toBe(true);
  });

  it('reads the page’s visible alerts', () => {
    setMarkup(document.body, `<ul id="t"></ul><p role="alert">Something went wrong</p><p role="alert" hidden>old</p>`);
    expect(pageAlerts(byId('t'))).toBe('Something went wrong');
  });
});
