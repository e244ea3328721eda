/**
 * Working a foreign page's form the way a person does: fields found by what labels them, values set
 * so that framework-controlled inputs (React, Vue, Angular) keep them, choices made by opening the
 * list and clicking the option by its text, and everything read back afterwards.
 */
import { collapseWhitespace, isHidden } from '../sources/page/read-cell';
import { visibleText, waitForDom } from './semantic';

export const FIELD_SELECTOR =
  'input:not([type="hidden"]):not([type="file"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]):not([type="reset"]), textarea, select, [role="combobox"], [role="textbox"]';
const CHECKBOX = 'input[type="checkbox"], [role="checkbox"]';

// ---- Names ----

/** A label as people mean it: without the required "*", a trailing ":" or "(optional)". */
export function cleanLabel(text: string): string {
  return collapseWhitespace(text).replace(/(\s*(\*|:|\((required|optional)\)))+\s*$/i, '').trim();
}

export function norm(text: string): string {
  return collapseWhitespace(text).toLowerCase();
}

/**
 * Everything that names a control: aria-labelledby (each part), aria-label, <label>, placeholder,
 * title; for a field nobody labelled, the text right around it.
 */
export function labelTexts(el: Element): string[] {
  const named = ownLabels(el);
  return named.length > 0 ? named : [cleanLabel(nearbyText(el))];
}

function ownLabels(el: Element): string[] {
  const doc = el.ownerDocument;
  const texts: string[] = [];
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = doc.getElementById(id);
    if (ref) texts.push(visibleText(ref));
  }
  texts.push(el.getAttribute('aria-label') ?? '');
  // A <label for> also names a group it points at (a checkbox group's box), though the browser links only inputs.
  const labels = (el as HTMLInputElement).labels ?? (el.id ? Array.from(doc.querySelectorAll('label[for]')).filter((l) => l.getAttribute('for') === el.id) : []);
  for (const label of Array.from(labels)) texts.push(visibleText(label));
  texts.push(el.getAttribute('placeholder') ?? '', el.getAttribute('title') ?? '');
  return texts.map(cleanLabel).filter(Boolean);
}

/** For a control nobody labelled: the text of the smallest box around it that holds no other control. */
function nearbyText(el: Element): string {
  let box = el.parentElement;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (box.querySelectorAll(FIELD_SELECTOR).length > 1) return '';
    const text = visibleText(box);
    if (text) return text;
  }
  return '';
}

export function isUsable(el: Element): boolean {
  return !isHidden(el) && !el.closest('[inert]');
}

/** Usable text fields, selects and comboboxes whose label matches. */
export function findFields(root: ParentNode, name: RegExp): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FIELD_SELECTOR)).filter(
    (el) => isUsable(el) && labelTexts(el).some((text) => name.test(text)),
  );
}

/** A fieldset or ARIA group of checkboxes, named by its legend or label. */
export function findCheckboxGroup(root: ParentNode, name: RegExp): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>('fieldset, [role="group"]')).find((group) => {
    if (!isUsable(group) || !group.querySelector(CHECKBOX)) return false;
    const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
    const names = legend ? [visibleText(legend)] : labelTexts(group);
    return names.map(cleanLabel).some((text) => name.test(text));
  });
}

function checkboxName(box: Element): string {
  return ownLabels(box)[0] || cleanLabel(visibleText(box));
}

function isChecked(box: Element): boolean {
  return box.tagName === 'INPUT' ? (box as HTMLInputElement).checked : box.getAttribute('aria-checked') === 'true';
}

function optionLabel(option: Element): string {
  return cleanLabel(option.getAttribute('aria-label') || visibleText(option) || option.textContent || '');
}

// ---- Time for the page to react ----

/** Lets the page's framework re-render: a task, not a timer, so a background tab is not throttled. */
function yieldToPage(doc: Document): Promise<void> {
  const Channel = (doc.defaultView as (Window & typeof globalThis) | null)?.MessageChannel ?? globalThis.MessageChannel;
  if (typeof Channel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

export async function settle(doc: Document): Promise<void> {
  await yieldToPage(doc);
  await yieldToPage(doc);
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---- Acting ----

/** The native setter, found past any instance property a framework put on the element to watch it. */
function setNative(el: Element, property: 'value' | 'selected', value: unknown): void {
  for (let proto = Object.getPrototypeOf(el); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (descriptor?.set) {
      descriptor.set.call(el, value);
      return;
    }
  }
  (el as unknown as Record<string, unknown>)[property] = value;
}

function fire(el: Element, type: 'input' | 'change'): void {
  const view = el.ownerDocument.defaultView as Window & typeof globalThis;
  const event =
    type === 'input' && typeof view.InputEvent === 'function'
      ? new view.InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' })
      : new view.Event(type, { bubbles: true, composed: type === 'input' });
  el.dispatchEvent(event);
}

/** A mouse press: some widgets (MUI Select) open on mousedown, others on click. */
export function press(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView as Window & typeof globalThis;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, view };
  const Pointer = typeof view.PointerEvent === 'function' ? view.PointerEvent : view.MouseEvent;
  el.dispatchEvent(new Pointer('pointerdown', { ...init, buttons: 1, pointerType: 'mouse', isPrimary: true } as PointerEventInit));
  el.dispatchEvent(new view.MouseEvent('mousedown', { ...init, buttons: 1 }));
  el.dispatchEvent(new Pointer('pointerup', { ...init, buttons: 0, pointerType: 'mouse', isPrimary: true } as PointerEventInit));
  el.dispatchEvent(new view.MouseEvent('mouseup', { ...init, buttons: 0 }));
  el.click();
}

// Older widgets read the legacy key codes, not `key`.
const KEY_CODES: Record<string, number> = { Tab: 9, Escape: 27, ArrowDown: 40 };

function pressKey(el: Element, key: string): void {
  const view = el.ownerDocument.defaultView as Window & typeof globalThis;
  const code = KEY_CODES[key] ?? 0;
  el.dispatchEvent(new view.KeyboardEvent('keydown', { key, keyCode: code, which: code, bubbles: true, cancelable: true, composed: true } as KeyboardEventInit));
}

/** Native value setter, then input and change events: what a framework's onChange listens for. */
export function setText(el: HTMLElement, value: string): void {
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') setNative(el, 'value', value);
  else el.textContent = value;
  fire(el, 'input');
  fire(el, 'change');
}

export function readText(el: HTMLElement): string {
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' ? (el as HTMLInputElement).value : (el.textContent ?? '');
}

// ---- Choices: native selects, ARIA comboboxes with a listbox, groups of checkboxes ----

/** Whether an option with this label should end up chosen; undefined leaves it as it is. */
export type Decide = (label: string) => boolean | undefined;

export interface ChoiceResult {
  /** Labels of every option the control offers. */
  offered: string[];
  error?: string;
}

export type ChoiceControl =
  | { kind: 'select'; el: HTMLSelectElement }
  | { kind: 'combobox'; el: HTMLElement }
  | { kind: 'text'; el: HTMLElement }
  | { kind: 'group'; el: HTMLElement };

export function findChoiceControl(root: ParentNode, name: RegExp): ChoiceControl | undefined {
  const control = findFields(root, name)[0];
  if (control?.tagName === 'SELECT') return { kind: 'select', el: control as HTMLSelectElement };
  if (control?.getAttribute('role') === 'combobox') return { kind: 'combobox', el: control };
  if (control) return { kind: 'text', el: control };
  const group = findCheckboxGroup(root, name);
  return group ? { kind: 'group', el: group } : undefined;
}

/** Open as its combobox says (a list still fading out is closed), and while the list is shown. */
function isOpenFor(box: Element, listbox: Element): boolean {
  return !(box.isConnected && box.getAttribute('aria-expanded') === 'false') && listbox.isConnected && isUsable(listbox);
}

/** Kept for screen readers only: drawn in a box of no width or height (a list's accessible copy). */
export function isClippedAway(el: Element): boolean {
  const view = el.ownerDocument.defaultView!;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.overflow === 'hidden' && (parseFloat(style.height) === 0 || parseFloat(style.width) === 0)) return true;
  }
  return false;
}

function visibleListboxes(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('[role="listbox"]')).filter(isUsable);
}

function listboxOf(doc: Document, box: Element, before: ReadonlySet<Element>): Element | undefined {
  for (const id of `${box.getAttribute('aria-controls') ?? ''} ${box.getAttribute('aria-owns') ?? ''}`.split(/\s+/)) {
    const target = id ? doc.getElementById(id) : null;
    // What the combobox controls is its list, with or without the listbox role.
    const listbox = target?.getAttribute('role') === 'listbox' ? target : (target?.querySelector('[role="listbox"]') ?? target);
    if (listbox && isUsable(listbox)) return listbox;
  }
  const fresh = visibleListboxes(doc).filter((lb) => !before.has(lb));
  return fresh[fresh.length - 1];
}

/** The innermost elements showing text: where a list without option roles draws each option. */
function textLeaves(root: Element): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('*')).filter(
    (el) => visibleText(el) !== '' && !Array.from(el.children).some((child) => visibleText(child) !== ''),
  );
}

/**
 * The options a person sees and clicks. Options marked with role="option" where they are drawn; where a
 * list marks them only in a copy kept for screen readers, or not at all, the text items of the list drawn
 * beside that copy.
 */
export function optionsOf(listbox: Element): HTMLElement[] {
  const usable = (el: Element) => isUsable(el) && !isClippedAway(el);
  const marked = Array.from(listbox.querySelectorAll<HTMLElement>('[role="option"]')).filter(usable);
  if (marked.length > 0) return marked;
  let popup: Element = listbox;
  while (isClippedAway(popup) && popup.parentElement && popup.parentElement !== popup.ownerDocument.body) popup = popup.parentElement;
  return textLeaves(popup).filter(usable);
}

async function openListbox(doc: Document, box: HTMLElement, timeoutMs: number): Promise<Element | undefined> {
  const before = new Set(visibleListboxes(doc));
  // A list opens at once or not at all; waiting long on a dead control only delays the report.
  timeoutMs = Math.min(timeoutMs, 1500);
  press(box);
  let listbox = await waitForDom(doc, () => listboxOf(doc, box, before), timeoutMs);
  if (!listbox) {
    // Keyboard users open a combobox with ArrowDown; some widgets only listen for that.
    box.focus();
    pressKey(box, 'ArrowDown');
    listbox = await waitForDom(doc, () => listboxOf(doc, box, before), timeoutMs);
  }
  return listbox;
}

/**
 * Escape closes a list; Tab closes menus that ignore it. Escape goes to the field only while the field holds
 * the focus and says its list is open, as a keyboard user presses it there: otherwise it may close the dialog.
 */
async function closeListbox(doc: Document, box: Element, listbox: Element): Promise<void> {
  const presses: Array<[Element, string]> = [[listbox, 'Escape'], [box, 'Escape'], [listbox, 'Tab']];
  for (const [target, key] of presses) {
    if (!isOpenFor(box, listbox)) return;
    if (target === box && (doc.activeElement !== box || box.getAttribute('aria-expanded') !== 'true')) continue;
    pressKey(target, key);
    await waitForDom(doc, () => !isOpenFor(box, listbox), 300);
  }
}

async function chooseInCombobox(doc: Document, box: HTMLElement, decide: Decide, timeoutMs: number): Promise<ChoiceResult> {
  let listbox = await openListbox(doc, box, timeoutMs);
  if (!listbox) return { offered: [], error: 'its list did not open' };
  const offered = [...new Set(optionsOf(listbox).map(optionLabel))];
  // A list that says it takes several, or stays open after a pick, is a multiple choice.
  let several = listbox.getAttribute('aria-multiselectable') === 'true';
  const pressed = new Set<string>();
  for (;;) {
    // Read afresh each time: the page shows the value it took, which is what counts.
    const chosen = new Set(chosenLabels({ kind: 'combobox', el: box }, offered));
    const next =
      offered.find((label) => !pressed.has(label) && decide(label) === true && !chosen.has(label)) ??
      (several ? offered.find((label) => !pressed.has(label) && decide(label) === false && chosen.has(label)) : undefined);
    if (next === undefined) break;
    if (!listbox || !isOpenFor(box, listbox)) listbox = await openListbox(doc, box, timeoutMs);
    const option = listbox && optionsOf(listbox).find((o) => optionLabel(o) === next);
    if (!listbox || !option) break;
    pressed.add(next);
    press(option);
    await settle(doc);
    if (isOpenFor(box, listbox)) several = true;
    // A re-render may replace the list; keep working on the one now shown.
    else listbox = listboxOf(doc, box, new Set()) ?? listbox;
  }
  if (listbox) await closeListbox(doc, box, listbox);
  return { offered };
}

function chooseInSelect(select: HTMLSelectElement, decide: Decide): ChoiceResult {
  const options = Array.from(select.options);
  const offered = options.map(optionLabel);
  if (select.multiple) {
    options.forEach((option, i) => {
      const wanted = decide(offered[i]!);
      if (wanted !== undefined) setNative(option, 'selected', wanted);
    });
  } else {
    const index = offered.findIndex((label) => decide(label) === true);
    if (index >= 0) setNative(select, 'value', options[index]!.value);
  }
  fire(select, 'input');
  fire(select, 'change');
  return { offered };
}

async function chooseInGroup(doc: Document, group: HTMLElement, decide: Decide): Promise<ChoiceResult> {
  const boxes = () => Array.from(group.querySelectorAll<HTMLElement>(CHECKBOX)).filter((b) => !b.closest('[aria-hidden="true"]'));
  const offered = boxes().map(checkboxName);
  for (const label of offered) {
    const box = boxes().find((b) => checkboxName(b) === label);
    const wanted = decide(label);
    if (!box || wanted === undefined || isChecked(box) === wanted) continue;
    // A click is what frameworks listen to for checkboxes (React does not watch "change" there).
    box.click();
    await settle(doc);
  }
  return { offered };
}

/** Makes the choices `decide` asks for, in whatever kind of control the page uses. */
export function choose(doc: Document, control: ChoiceControl, decide: Decide, timeoutMs: number): Promise<ChoiceResult> {
  switch (control.kind) {
    case 'select':
      return Promise.resolve(chooseInSelect(control.el, decide));
    case 'group':
      return chooseInGroup(doc, control.el, decide);
    case 'combobox':
      return chooseInCombobox(doc, control.el, decide, timeoutMs);
    case 'text':
      return Promise.resolve({ offered: [] });
  }
}

/** The labels now chosen in a control, read back from the page. */
export function chosenLabels(control: ChoiceControl, offered: readonly string[]): string[] {
  switch (control.kind) {
    case 'select':
      return Array.from(control.el.selectedOptions).map(optionLabel);
    case 'group':
      return Array.from(control.el.querySelectorAll(CHECKBOX)).filter(isChecked).map(checkboxName);
    case 'text':
      return [readText(control.el).trim()];
    case 'combobox': {
      const typed = control.el.tagName === 'INPUT' ? readText(control.el).trim() : '';
      if (typed) return [typed];
      // Shown as text: inside the combobox, or, when its own input stays empty, in the box beside it.
      return shownLabels(control.el.tagName === 'INPUT' ? shownValueBox(control.el) : control.el, offered);
    }
  }
}

/** The box around a combobox's empty input that shows its chosen value: the nearest one with text that holds no other field. */
function shownValueBox(input: HTMLElement): Element | undefined {
  let box = input.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    if (box.querySelectorAll(FIELD_SELECTOR).length > 1) return undefined;
    if (visibleText(box) !== '') return box;
  }
  return undefined;
}

/** Chips or a comma list: the whole shown value, or every leaf of it, that names an option. */
function shownLabels(shown: Element | undefined, offered: readonly string[]): string[] {
  if (!shown) return [];
  const known = new Map(offered.map((label) => [norm(label), label]));
  const whole = known.get(norm(visibleText(shown)));
  if (whole) return [whole];
  const pieces = textLeaves(shown).flatMap((leaf) => visibleText(leaf).split(/\s*,\s*/)).map((piece) => known.get(norm(piece)));
  return [...new Set(pieces.filter((label): label is string => label !== undefined))];
}

/** The value a combobox shows a person: its text, its input's value, or the text beside its empty input. */
export function shownChoiceText(box: HTMLElement): string {
  return box.tagName === 'INPUT' ? readText(box).trim() || visibleText(shownValueBox(box) ?? box) : visibleText(box);
}
