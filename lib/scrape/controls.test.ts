// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://hr.example.com/people?page=1" }
import { afterEach, describe, expect, it } from 'vitest';
import { findLoadMoreControl, findNextControl, isLoadingNear, isNextControl, pageAlerts } from './controls';
import { setMarkup } from '../../test/markup';

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

  it('says where a Next link would take the page, if to another document', () => {
    setMarkup(document.body, `<div><table id="t"></table><a id="n" href="?page=2">Next</a></div>`);
    expect(findNextControl(byId('t'))).toEqual({ element: byId('n'), navigatesTo: 'https://hr.example.com/people?page=2' });
    setMarkup(document.body, `<div><table id="t"></table><a id="n" href="#">Next</a></div>`);
    expect(findNextControl(byId('t'))).toEqual({ element: byId('n') });
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

  it('reads the page’s visible alerts', () => {
    setMarkup(document.body, `<ul id="t"></ul><p role="alert">Something went wrong</p><p role="alert" hidden>old</p>`);
    expect(pageAlerts(byId('t'))).toBe('Something went wrong');
  });
});
