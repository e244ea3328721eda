// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { accessibleName, findButton, findButtons, findHeadings, isNotRendered, openDialogs, visibleText, waitForDom } from './semantic';
import { setMarkup } from '../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

function byId(id: string): HTMLElement {
  return document.getElementById(id)!;
}

describe('accessibleName', () => {
  it('uses aria-labelledby first, joining several ids', () => {
    setMarkup(document.body, `
      <span id="a">Import</span><span id="b">  CSV </span>
      <div id="x" role="button" aria-labelledby="a b" aria-label="ignored">Visible</div>`);
    expect(accessibleName(byId('x'))).toBe('Import CSV');
  });

  it('falls back to aria-label when aria-labelledby points nowhere', () => {
    setMarkup(document.body, `<div id="x" role="button" aria-labelledby="missing" aria-label="Import CSV"><svg></svg></div>`);
    expect(accessibleName(byId('x'))).toBe('Import CSV');
  });

  it('uses <label for> for form fields', () => {
    setMarkup(document.body, `
      <label for="first">First
         Name</label><input id="first" type="text">
      <label>Email Address <input id="email" type="email"></label>
      <label for="perm">Permissions</label><select id="perm"><option>Member</option></select>`);
    expect(accessibleName(byId('first'))).toBe('First Name');
    expect(accessibleName(byId('email'))).toBe('Email Address');
    expect(accessibleName(byId('perm'))).toBe('Permissions');
  });

  it('falls back to the collapsed text', () => {
    setMarkup(document.body, `<button id="x">
        +   Invite
      </button>`);
    expect(accessibleName(byId('x'))).toBe('+ Invite');
  });
});

describe('findButtons', () => {
  it('finds real, ARIA and input buttons by accessible name, skipping hidden ones', () => {
    setMarkup(document.body, `
      <button id="a">Import CSV</button>
      <div id="b" role="button" aria-label="Import CSV"></div>
      <input id="c" type="button" value="Import CSV">
      <button id="d" style="display:none">Import CSV</button>
      <div hidden><button id="e">Import CSV</button></div>
      <button id="f">Export CSV</button>`);
    expect(findButtons(document, /^import csv$/i).map((el) => el.id)).toEqual(['a', 'b', 'c']);
    expect(findButton(document, /^export csv$/i)?.id).toBe('f');
    expect(findButton(document, /^delete$/i)).toBeUndefined();
  });
});

describe('findHeadings', () => {
  it('finds h1–h3 and role=heading by text, skipping hidden ones', () => {
    setMarkup(document.body, `
      <h1 id="a">My   Organization</h1>
      <div id="b" role="heading" aria-level="2">My Organization</div>
      <h2 id="c" hidden>My Organization</h2>
      <h3 id="d">Dashboard</h3>`);
    expect(findHeadings(document, /^my organization$/i).map((el) => el.id)).toEqual(['a', 'b']);
  });
});

describe('openDialogs', () => {
  it('lists open dialogs, newest first, without hidden or closed ones', () => {
    setMarkup(document.body, `
      <div id="a" role="dialog">A</div>
      <dialog id="closed">closed</dialog>
      <dialog id="b" open>B</dialog>
      <div id="hidden" role="dialog" style="display:none">H</div>
      <div id="c" role="alertdialog">C</div>`);
    expect(openDialogs(document).map((el) => el.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('waitForDom', () => {
  it('resolves at once when the probe already succeeds', async () => {
    expect(await waitForDom(document, () => 'ready', 10)).toBe('ready');
  });

  it('resolves when the DOM changes to satisfy the probe', async () => {
    setTimeout(() => {
      const p = document.createElement('p');
      p.id = 'late';
      document.body.append(p);
    }, 20);
    const found = await waitForDom(document, () => document.getElementById('late'), 2000);
    expect(found?.id).toBe('late');
  });

  it('resolves undefined after the timeout', async () => {
    const started = Date.now();
    expect(await waitForDom(document, () => document.getElementById('never'), 50)).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });
});

describe('visibleText', () => {
  it('reads what a person reads: no aria-hidden initials or asterisks, no control values, nothing hidden', () => {
    setMarkup(document.body, `
      <div id="x"><span aria-hidden="true">JB</span> Jordan
        <b>Blake</b><span hidden>secret</span><select><option>Member</option></select><svg><text>icon</text></svg></div>
      <label id="l">Email Address<span aria-hidden="true"> *</span></label>`);
    expect(visibleText(byId('x'))).toBe('Jordan Blake');
    expect(visibleText(byId('l'))).toBe('Email Address');
  });
});

describe('behind an open modal', () => {
  it('isNotRendered ignores aria-hidden, which a modal puts on the page behind it', () => {
    setMarkup(document.body, `
      <div id="root" aria-hidden="true"><h1 id="h">My Organization</h1><button id="b">+ Invite</button></div>
      <div id="gone" style="display:none"><button id="g">+ Invite</button></div>`);
    expect(isNotRendered(byId('h'))).toBe(false);
    expect(isNotRendered(byId('g'))).toBe(true);
    expect(findButton(document, /invite/i)).toBeUndefined();
    expect(findButton(document, /invite/i, { behindModal: true })?.id).toBe('b');
    expect(findHeadings(document, /organization/i)).toEqual([]);
    expect(findHeadings(document, /organization/i, { behindModal: true }).map((el) => el.id)).toEqual(['h']);
  });
});
