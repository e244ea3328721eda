// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { crawlTable, type CrawlOptions, type CrawlTarget } from './crawl';
import { findTableCandidates, relocateTable } from './index';
import { listSource } from './repeated';
import { setMarkup } from '../../../test/markup';

const FAST = { scrollFirstChangeMs: 20, scrollMaxMs: 100, endWaitMs: 50, endWaitWithEvidenceMs: 200, loadWaitMs: 1000, loadQuietMs: 20 };

afterEach(() => {
  setMarkup(document.body, '');
});

const people = (n: number, from = 0) => Array.from({ length: n }, (_, i) => [`Person ${from + i + 1}`, `p${from + i + 1}@example.com`]);

/** A table paged `size` rows at a time, whose Next re-renders the body a moment later, like a CRM. */
function pagedTable(total: number, size: number, options: { replaceTable?: boolean; failFrom?: number; stated?: number } = {}) {
  const all = people(total);
  let page = 0;
  const render = () => {
    const body = all.slice(page * size, (page + 1) * size).map(([n, e]) => `<tr><td>${n}</td><td>${e}</td></tr>`).join('');
    const table = `<table id="t"><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>${body}</tbody></table>`;
    const slot = document.getElementById('slot')!;
    if (options.replaceTable || !slot.querySelector('table')) setMarkup(slot, table);
    else setMarkup(slot.querySelector('tbody')!, body);
    const last = (page + 1) * size >= total;
    (document.getElementById('next') as HTMLButtonElement).disabled = last;
    document.getElementById('range')!.textContent = `${page * size + 1}–${Math.min(total, (page + 1) * size)} of ${options.stated ?? total}`;
  };
  setMarkup(document.body, `<section><div id="slot"></div><div id="alerts"></div><span id="range"></span><button id="next">Next</button></section>`);
  document.getElementById('next')!.addEventListener('click', () => {
    setTimeout(() => {
      if (options.failFrom && page + 1 >= options.failFrom) {
        setMarkup(document.getElementById('alerts')!, '<p role="alert">Could not load</p>');
        return;
      }
      page += 1;
      render();
    }, 10);
  });
  render();
  return all;
}

function target(): CrawlTarget {
  const [best] = findTableCandidates(document);
  return { source: best!.source, relocate: (lost) => relocateTable(document, lost, best!.headers) };
}

async function crawl(t: CrawlTarget, options: Partial<CrawlOptions> = {}) {
  const rows: string[][] = [];
  const progress: number[] = [];
  const result = await crawlTable(t, { timing: FAST, onRows: (r) => rows.push(...r), onProgress: (p) => progress.push(p.rows), ...options });
  return { rows, progress, result };
}

describe('crawlTable', () => {
  it('takes a row the page fills in place once, in its fuller reading', async () => {
    setMarkup(document.body, `<table><tr><th>Name</th><th>Email</th></tr>
      <tr><td>Ana</td><td>ana@example.com</td></tr><tr><td>Jane</td><td id="late"></td></tr></table>`);
    setTimeout(() => (document.getElementById('late')!.textContent = 'jane@example.com'), 40);
    const { rows } = await crawl(target(), { timing: { ...FAST, scrollSparseMs: 80 } });
    expect(rows).toEqual([
      ['Ana', 'ana@example.com'],
      ['Jane', 'jane@example.com'],
    ]);
  });

  it('follows Next to the last page, every row once and in order, reporting progress', async () => {
    const all = pagedTable(23, 10);
    const { rows, result, progress } = await crawl(target());
    expect(rows).toEqual(all);
    expect(result).toMatchObject({ end: 'complete', rows: 23, pages: 3, statedTotal: 23, headers: ['Name', 'Email'] });
    expect(progress[progress.length - 1]).toBe(23);
  });

  it('finds the table again when Next replaces the whole table element', async () => {
    const all = pagedTable(15, 5, { replaceTable: true });
    const { rows, result } = await crawl(target());
    expect(rows).toEqual(all);
    expect(result.end).toBe('complete');
  });

  it('clicks Load more until the button goes', async () => {
    const all = people(12);
    let shown = 4;
    const render = () => {
      setMarkup(document.getElementById('list')!, all
        .slice(0, shown)
        .map(([n, e]) => `<li><b>${n}</b> <a href="mailto:${e}">${e}</a></li>`)
        .join(''));
      if (shown >= all.length) document.getElementById('more')!.remove();
    };
    setMarkup(document.body, `<div><ul id="list"></ul><button id="more">Load more</button></div>`);
    document.getElementById('more')!.addEventListener('click', () => setTimeout(() => ((shown += 4), render()), 10));
    render();
    const { rows, result } = await crawl({ source: listSource(document.getElementById('list')!), relocate: () => undefined });
    expect(rows.map((r) => r[1])).toEqual(all.map(([, e]) => e));
    expect(result.end).toBe('complete');
  });

  it('stops at the row limit, keeping exactly that many', async () => {
    pagedTable(30, 10);
    const { rows, result } = await crawl(target(), { limits: { maxRows: 15 } });
    expect(rows).toHaveLength(15);
    expect(result.end).toBe('row-limit');
  });

  it('stops at the page limit', async () => {
    pagedTable(30, 5);
    const { rows, result } = await crawl(target(), { limits: { maxPages: 2 } });
    expect(rows).toHaveLength(10);
    expect(result).toMatchObject({ end: 'page-limit', pages: 2 });
  });

  it('stops at the time limit', async () => {
    pagedTable(30, 5);
    let clock = 0;
    const { result } = await crawl(target(), { limits: { maxMs: 1000 }, now: () => (clock += 400) });
    expect(result.end).toBe('time-limit');
  });

  it('stops when asked, keeping the rows read so far', async () => {
    pagedTable(30, 5);
    const controller = new AbortController();
    const { rows, result } = await crawl(target(), {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.rows >= 10) controller.abort();
      },
    });
    expect(result.end).toBe('stopped');
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThan(30);
  });

  it('ends with next-page-stuck as soon as a page reports an error, with rows missing', async () => {
    const all = pagedTable(30, 10, { failFrom: 2 });
    // A minute's wait for the page would time the test out: the alert has to end the wait.
    const { rows, result } = await crawl(target(), { timing: { ...FAST, loadWaitMs: 60_000 } });
    expect(rows).toEqual(all.slice(0, 20));
    expect(result).toMatchObject({ end: 'next-page-stuck', rows: 20, statedTotal: 30 });
  });

  it('does not take rows twice when a Next goes round to rows already read', async () => {
    setMarkup(document.body, `<section><table id="t"><tr><th>Name</th><th>Email</th></tr><tr><td>A</td><td>a@example.com</td></tr></table><button id="n">Next</button></section>`);
    document.getElementById('n')!.addEventListener('click', () =>
      setTimeout(() => (document.querySelector('#t tr:last-child td')!.textContent = 'A'), 5),
    );
    const { rows, result } = await crawl(target());
    expect(rows).toEqual([['A', 'a@example.com']]);
    expect(result.end).toBe('complete');
  });

  it('takes the fuller reading of a row the grid filled in late', async () => {
    setMarkup(document.body, `
      <div role="grid" aria-rowcount="3">
        <div role="row" aria-rowindex="1"><span role="columnheader">Name</span><span role="columnheader">Email</span></div>
        <div role="row" aria-rowindex="2"><span role="gridcell">Ana</span><span role="gridcell">ana@example.com</span></div>
        <div role="row" aria-rowindex="3"><span role="gridcell">Jane</span><span role="gridcell" id="late"></span></div>
      </div>`);
    setTimeout(() => (document.getElementById('late')!.textContent = 'jane@example.com'), 40);
    const { rows } = await crawl(target(), { timing: { ...FAST, scrollSparseMs: 80 } });
    expect(rows).toEqual([
      ['Ana', 'ana@example.com'],
      ['Jane', 'jane@example.com'],
    ]);
  });

  /**
   * A virtualised grid drawing the rows in view and `above`/`below` more either side a moment after
   * each scroll, numbered by aria-rowindex; happy-dom has no layout, so rows say where they are.
   * `late` rows (by their place among those drawn) come blank, and are filled a moment later; after a
   * `slow` scroll the grid first only marks its viewport, and draws the new rows later.
   */
  function virtualGrid(
    total: number,
    { above, below, late = () => false, slow = () => false }: { above: (scrolls: number) => number; below: number; late?: (place: number, scrolls: number) => boolean; slow?: (scrolls: number) => boolean },
  ) {
    const H = 20;
    const VIEW = 10 * H;
    setMarkup(document.body, `<div role="grid" aria-rowcount="${total + 1}"><div role="row" aria-rowindex="1"><span role="columnheader">Name</span><span role="columnheader">Email</span></div><div id="vp" style="overflow-y: auto"></div></div>`);
    const viewport = document.getElementById('vp')!;
    let top = 0;
    let scrolls = 0;
    Object.defineProperty(viewport, 'scrollTop', { configurable: true, get: () => top, set: (v: number) => (top = Math.max(0, Math.min(total * H - VIEW, v))) });
    Object.defineProperty(viewport, 'scrollHeight', { configurable: true, get: () => total * H });
    Object.defineProperty(viewport, 'clientHeight', { configurable: true, get: () => VIEW });
    viewport.getBoundingClientRect = () => new DOMRect(0, 0, 400, VIEW);
    const draw = (filled = true) => {
      const first = Math.max(0, Math.floor(top / H) - above(scrolls));
      const last = Math.min(total - 1, Math.ceil((top + VIEW) / H) - 1 + below);
      const rows = [];
      let blanks = false;
      for (let i = first; i <= last; i++) {
        const row = document.createElement('div');
        row.setAttribute('role', 'row');
        row.setAttribute('aria-rowindex', String(i + 2));
        const blank = !filled && late(i - first, scrolls);
        blanks ||= blank;
        for (const text of blank ? ['', ''] : [`Person ${i + 1}`, `p${i + 1}@example.com`]) row.appendChild(document.createElement('span')).append(text);
        row.querySelectorAll('span').forEach((cell) => cell.setAttribute('role', 'gridcell'));
        const at = i * H;
        row.getBoundingClientRect = () => new DOMRect(0, at - top, 400, H);
        rows.push(row);
      }
      viewport.replaceChildren(...rows);
      if (blanks) setTimeout(() => draw(), 20);
    };
    viewport.addEventListener('scroll', () => {
      scrolls++;
      if (!slow(scrolls)) return void setTimeout(() => draw(false), 5);
      setTimeout(() => viewport.setAttribute('data-top', String(top)), 5);
      setTimeout(() => draw(false), 80);
    });
    draw();
    return { scrolls: () => scrolls };
  }

  it('steps a virtualised grid past the rows it keeps drawn above its view: fewer scrolls, every row once', async () => {
    const expected = people(120);
    const both = virtualGrid(120, { above: () => 5, below: 5 });
    const first = await crawl(target());
    expect(first.rows).toEqual(expected);
    expect(first.result.end).toBe('complete');
    const bothScrolls = both.scrolls();

    const belowOnly = virtualGrid(120, { above: () => 0, below: 5 });
    const second = await crawl(target());
    expect(second.rows).toEqual(expected);
    expect(bothScrolls).toBeLessThan(belowOnly.scrolls());
  });

  it('goes back when a longer step skipped rows, as on a grid that draws rows above its view only at times', async () => {
    virtualGrid(120, { above: (scrolls) => (scrolls % 2 ? 0 : 5), below: 5 });
    const { rows, result } = await crawl(target());
    expect(rows).toEqual(people(120));
    expect(result.end).toBe('complete');
  });

  it('waits for a row the grid has not filled yet above its view, rather than step past it', async () => {
    // The third row drawn, above the view after a longer step, comes blank at first.
    virtualGrid(120, { above: () => 5, below: 5, late: (place, scrolls) => scrolls > 0 && place === 2 });
    const { rows, result } = await crawl(target());
    expect(rows).toEqual(people(120));
    expect(result.end).toBe('complete');
  });

  it('takes no longer step from rows left over from before a scroll the grid has not caught up with', async () => {
    virtualGrid(120, { above: () => 5, below: 5, slow: (scrolls) => scrolls <= 2 });
    const { rows, result } = await crawl(target());
    expect(rows).toEqual(people(120));
    expect(result.end).toBe('complete');
  });

  it('picks the largest size from a page-size menu drawn beside the pager, and says which', async () => {
    const all = people(60);
    let size = 10;
    let page = 0;
    setMarkup(document.body, `<section><div id="slot"></div><div role="combobox" aria-haspopup="listbox" aria-expanded="false" id="size">10</div><button id="next">Next</button></section><div id="portal"></div>`);
    const render = () => {
      const body = all.slice(page * size, (page + 1) * size).map(([n, e]) => `<tr><td>${n}</td><td>${e}</td></tr>`).join('');
      setMarkup(document.getElementById('slot')!, `<table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>${body}</tbody></table>`);
      (document.getElementById('next') as HTMLButtonElement).disabled = (page + 1) * size >= all.length;
      document.getElementById('size')!.textContent = String(size);
    };
    document.getElementById('next')!.addEventListener('click', () => setTimeout(() => { page += 1; render(); }, 10));
    document.getElementById('size')!.addEventListener('mousedown', () => {
      setMarkup(document.getElementById('portal')!, '<ul role="listbox"><li role="option">10</li><li role="option">25</li><li role="option">100</li></ul>');
      document.querySelectorAll('[role=option]').forEach((option) => option.addEventListener('click', () => {
        setMarkup(document.getElementById('portal')!, '');
        setTimeout(() => { size = Number(option.textContent); page = 0; render(); }, 10);
      }));
    });
    render();
    const { rows, result } = await crawl(target());
    expect(rows).toEqual(all);
    expect(result.pageSize).toBe(100);
    expect(result.pages).toBe(1);
  });

  it('goes on once the menu shows the size picked, when the page draws its further rows only later', async () => {
    const all = people(25);
    let size = 10;
    let drawn = 10;
    setMarkup(document.body, `<section><div id="slot"></div><div role="combobox" aria-haspopup="listbox" aria-expanded="false" id="size">10</div><button id="next">Next</button></section><div id="portal"></div>`);
    const render = () => {
      const body = all.slice(0, Math.min(size, drawn)).map(([n, e]) => `<tr><td>${n}</td><td>${e}</td></tr>`).join('');
      const more = Math.min(size, all.length) > drawn ? '<button id="more">Show more</button>' : '';
      setMarkup(document.getElementById('slot')!, `<table><thead><tr><th>Name</th><th>Email</th></tr></thead><tbody>${body}</tbody></table>${more}`);
      document.getElementById('more')?.addEventListener('click', () => setTimeout(() => { drawn = all.length; render(); }, 10));
      (document.getElementById('next') as HTMLButtonElement).disabled = size >= all.length;
      document.getElementById('size')!.textContent = String(size);
    };
    document.getElementById('size')!.addEventListener('mousedown', () => {
      setMarkup(document.getElementById('portal')!, '<ul role="listbox"><li role="option">10</li><li role="option">100</li></ul>');
      document.querySelectorAll('[role=option]').forEach((option) => option.addEventListener('click', () => {
        setMarkup(document.getElementById('portal')!, '');
        setTimeout(() => { size = Number(option.textContent); render(); }, 10);
      }));
    });
    render();
    // Waiting for rows the page has not drawn would take the whole budget, past the test's own time limit.
    const { rows, result } = await crawl(target(), { timing: { ...FAST, endWaitWithEvidenceMs: 120_000, loadWaitMs: 120_000 } });
    expect(rows).toEqual(all);
    expect(result.pageSize).toBe(100);
  });
});
