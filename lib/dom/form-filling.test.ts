// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { choose, chosenLabels, cleanLabel, findChoiceControl, findFields, labelTexts, readText, setText, shownChoiceText } from './form-filling';
import { showMarkup } from './fixture';

afterEach(() => {
  document.body.replaceChildren();
});

const byId = (id: string) => document.getElementById(id)!;

describe('labels', () => {
  it('cleans what forms add to a label', () => {
    expect(cleanLabel(' Email Address * ')).toBe('Email Address');
    expect(cleanLabel('Surname:')).toBe('Surname');
    expect(cleanLabel('Job Title (optional)')).toBe('Job Title');
  });

  it('reads every part of aria-labelledby, skipping aria-hidden decoration, then labels and placeholders', () => {
    showMarkup(document, `
      <span id="l">Permissions<span aria-hidden="true"> *</span></span><span id="v">Member</span>
      <div id="a" role="combobox" aria-labelledby="l v"></div>
      <label>First name <input id="b"></label>
      <input id="c" placeholder="Work email">
      <div><span>Position</span><input id="d"></div>`);
    expect(labelTexts(byId('a'))).toEqual(['Permissions', 'Member']);
    expect(labelTexts(byId('b'))).toEqual(['First name']);
    expect(labelTexts(byId('c'))).toEqual(['Work email']);
    expect(labelTexts(byId('d'))).toEqual(['Position']);
  });

  it('finds only usable fields: not aria-hidden, hidden or inert', () => {
    showMarkup(document, `
      <label>Email <input id="ok"></label>
      <input aria-hidden="true" aria-label="Email">
      <div inert><label>Email <input></label></div>
      <div hidden><label>Email <input></label></div>`);
    expect(findFields(document, /^email$/i).map((el) => el.id)).toEqual(['ok']);
  });
});

describe('setText', () => {
  it('goes past a framework’s own value property and sends input then change', () => {
    showMarkup(document, `<input id="x">`);
    const input = byId('x') as HTMLInputElement;
    let tracked = '';
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    // React's value tracker, in short: it records writes made through the element's own property.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native.get!.call(input),
      set: (v: string) => {
        tracked = v;
        native.set!.call(input, v);
      },
    });
    const seen: string[] = [];
    input.addEventListener('input', () => seen.push(`input:${tracked === input.value ? 'unchanged' : 'changed'}`));
    input.addEventListener('change', () => seen.push('change'));
    setText(input, 'Jane');
    expect(readText(input)).toBe('Jane');
    expect(seen).toEqual(['input:changed', 'change']);
  });
});

describe('choose', () => {
  it('picks an option of a native select by its text', async () => {
    showMarkup(document, `<label for="s">Role</label><select id="s"><option value="m">Member</option><option value="a">Administrator</option></select>`);
    const control = findChoiceControl(document, /^role$/i)!;
    const result = await choose(document, control, (label) => label === 'Administrator', 500);
    expect(result.offered).toEqual(['Member', 'Administrator']);
    expect((byId('s') as HTMLSelectElement).value).toBe('a');
    expect(chosenLabels(control, result.offered)).toEqual(['Administrator']);
  });

  it('opens a combobox, clicks options in its listbox, closes it, and reads chips back', async () => {
    showMarkup(document, `
      <span id="l">Programs</span>
      <div id="box" role="combobox" aria-labelledby="l" tabindex="0"></div>`);
    const box = byId('box');
    const chosen = new Set<string>(['Old']);
    const renderChips = () => box.replaceChildren(...[...chosen].map((name) => Object.assign(document.createElement('span'), { textContent: name })));
    renderChips();
    box.addEventListener('mousedown', () => {
      const list = document.createElement('ul');
      list.setAttribute('role', 'listbox');
      list.setAttribute('aria-multiselectable', 'true');
      for (const name of ['Old', 'New', 'Other']) {
        const option = Object.assign(document.createElement('li'), { textContent: name });
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(chosen.has(name)));
        option.addEventListener('click', () => {
          if (chosen.has(name)) chosen.delete(name);
          else chosen.add(name);
          option.setAttribute('aria-selected', String(chosen.has(name)));
          renderChips();
        });
        list.append(option);
      }
      list.addEventListener('keydown', (e) => e.key === 'Escape' && list.remove());
      document.body.append(list);
    });
    const control = findChoiceControl(document, /^programs$/i)!;
    const result = await choose(document, control, (label) => label === 'New', 500);
    expect(result).toEqual({ offered: ['Old', 'New', 'Other'] });
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    expect(chosenLabels(control, result.offered)).toEqual(['New']);
  });

  it('says so when a combobox never opens', async () => {
    showMarkup(document, `<div role="combobox" aria-label="Role" tabindex="0">Member</div>`);
    expect(await choose(document, findChoiceControl(document, /^role$/i)!, () => true, 50)).toEqual({
      offered: [],
      error: 'its list did not open',
    });
  });

  it('ticks and unticks checkboxes in a named group by clicking them', async () => {
    showMarkup(document, `
      <div role="group" aria-label="Product Access">
        <label><input type="checkbox" id="e" checked> mOS Enable</label>
        <div role="checkbox" id="o" aria-checked="false" tabindex="0">mOS Opportunity</div>
      </div>`);
    byId('o').addEventListener('click', (e) => {
      const box = e.currentTarget as HTMLElement;
      box.setAttribute('aria-checked', String(box.getAttribute('aria-checked') !== 'true'));
    });
    const control = findChoiceControl(document, /^product access$/i)!;
    const result = await choose(document, control, (label) => /opportunity/i.test(label), 500);
    expect(result.offered).toEqual(['mOS Enable', 'mOS Opportunity']);
    expect(chosenLabels(control, result.offered)).toEqual(['mOS Opportunity']);
  });
});

// Saved from Ant Design 6's Select: the combobox is an empty read-only input with the chosen value shown as
// text beside it; its list is a portal holding a screen-reader copy of a few options (no size) and the drawn
// options, which have no role.
const SELECT_SHAPE = `
  <label for="perm">Permissions</label>
  <div class="select"><div class="select-content" title="Member"><span class="shown">Member</span><input id="perm" readonly role="combobox" aria-expanded="false" aria-haspopup="listbox" type="text" value=""></div></div>`;

function dropdownFor(input: HTMLElement, names: readonly string[], chosen: Set<string>, multiple: boolean): HTMLElement {
  const popup = document.createElement('div');
  const copy = document.createElement('div');
  copy.setAttribute('role', 'listbox');
  copy.id = `${input.id}_list`;
  copy.setAttribute('style', 'height: 0; width: 0; overflow: hidden');
  // The copy holds only the options next to the active one, and clicking them does nothing.
  for (const name of names.slice(0, 2)) {
    const option = Object.assign(document.createElement('div'), { textContent: name });
    option.setAttribute('role', 'option');
    option.setAttribute('aria-label', name);
    option.setAttribute('aria-selected', String(chosen.has(name)));
    copy.append(option);
  }
  const drawn = document.createElement('div');
  for (const name of names) {
    const item = document.createElement('div');
    item.title = name;
    item.append(Object.assign(document.createElement('div'), { textContent: name }));
    item.addEventListener('click', () => {
      if (!multiple) chosen.clear();
      if (chosen.has(name)) chosen.delete(name);
      else chosen.add(name);
      const shown = input.parentElement!.querySelector('.shown')!;
      shown.replaceChildren(...[...chosen].map((n) => Object.assign(document.createElement('span'), { textContent: n })));
      if (!multiple) close(input, popup);
    });
    drawn.append(item);
  }
  popup.append(copy, drawn);
  return popup;
}

function close(input: HTMLElement, popup: HTMLElement): void {
  input.setAttribute('aria-expanded', 'false');
  input.removeAttribute('aria-controls');
  popup.style.display = 'none';
}

/** The widget's behaviour: opens on mousedown, closes on Escape in its own input (key codes only), as the library does. */
function actLikeTheLibrary(input: HTMLElement, names: readonly string[], chosen: Set<string>, multiple = false): void {
  let popup: HTMLElement | undefined;
  input.addEventListener('mousedown', () => {
    popup?.remove();
    popup = dropdownFor(input, names, chosen, multiple);
    document.body.append(popup);
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-controls', `${input.id}_list`);
    input.focus();
  });
  input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).keyCode === 27 && popup) close(input, popup);
  });
}

describe('a select whose own input stays empty and whose drawn options have no role', () => {
  it('picks Manager by the option’s text, not in the screen-reader copy, and reads the choice shown beside the input', async () => {
    showMarkup(document, SELECT_SHAPE);
    const chosen = new Set(['Member']);
    actLikeTheLibrary(byId('perm'), ['Member', 'Manager', 'Administrator'], chosen);
    const control = findChoiceControl(document, /^permissions$/i)!;
    expect(control.kind).toBe('combobox');
    expect(chosenLabels(control, ['Member', 'Manager', 'Administrator'])).toEqual(['Member']);
    const result = await choose(document, control, (label) => label === 'Manager', 500);
    expect(result).toEqual({ offered: ['Member', 'Manager', 'Administrator'] });
    expect([...chosen]).toEqual(['Manager']);
    expect(chosenLabels(control, result.offered)).toEqual(['Manager']);
    expect(shownChoiceText(byId('perm'))).toBe('Manager');
  });

  it('takes several in a list that stays open, leaves out what is no longer wanted, and closes it with Escape in the field', async () => {
    showMarkup(document, SELECT_SHAPE.replace('Permissions', 'Programs').replace(/perm/g, 'prog'));
    const chosen = new Set(['Member']);
    actLikeTheLibrary(byId('prog'), ['Member', 'Manager', 'Administrator'], chosen, true);
    const control = findChoiceControl(document, /^programs$/i)!;
    const result = await choose(document, control, (label) => label !== 'Member', 500);
    expect(result.offered).toEqual(['Member', 'Manager', 'Administrator']);
    expect([...chosen].sort()).toEqual(['Administrator', 'Manager']);
    expect(chosenLabels(control, result.offered).sort()).toEqual(['Administrator', 'Manager']);
    expect(byId('prog').getAttribute('aria-expanded')).toBe('false');
  });

  it('names a checkbox group by the label pointing at its box', async () => {
    showMarkup(document, `
      <label for="access">Product Access</label>
      <div role="group" id="access"><label><input type="checkbox" checked> mOS Enable</label><label><input type="checkbox"> mOS Opportunity</label></div>`);
    const control = findChoiceControl(document, /^product access$/i)!;
    expect(control.kind).toBe('group');
    const result = await choose(document, control, () => true, 500);
    expect(chosenLabels(control, result.offered)).toEqual(['mOS Enable', 'mOS Opportunity']);
  });
});
