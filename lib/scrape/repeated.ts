import { unnamedColumn } from '../unnamed-column';
import { addressOfLink, collapseWhitespace, isHidden, isSelfHidden, parentAcrossShadow, readCellText, visuallyHidden } from './read-cell';
import { accessibleLabel, dedupeHeaders, hasEmailLine, isBlankRow, looksLikeDataValue, statedCount } from './table-text';
import { inFloatingLayer } from './roots';
import type { ReadOptions, TableSnapshot, TableSource } from './types';

/**
 * Div grids, card lists and plain lists: a container whose children repeat one structure, each
 * child a row and each text-bearing part of it a cell. Columns line up by the part's place in
 * the child (or its label, microdata name, or link kind), never by class names.
 */

const MIN_ITEMS = 3;
const SHOW_ELEMENT = 1;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const NOT_LISTS_TAGS = new Set(['TABLE', 'NAV', 'SELECT', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'HEAD', 'FORM']);
const NOT_LISTS_ROLES = new Set(['grid', 'treegrid', 'table', 'row', 'navigation', 'menu', 'menubar', 'tablist', 'toolbar', 'listbox', 'tree', 'combobox', 'dialog']);
const NEVER_FIELDS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SVG', 'svg', 'IMG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT']);
const NAMED_BY = ['itemprop', 'data-label', 'data-field', 'data-column', 'data-title'];
const KEY_ATTRIBUTES = ['aria-posinset', 'aria-rowindex', 'data-index', 'data-item-index', 'data-row-index', 'data-rowindex'];
const LABEL_TAGS = new Set(['DT', 'LABEL', 'TH']);
const PERSON_NAME = /^[\p{Lu}][\p{L}'’.-]*(?:[\s,]+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;
const UI_WORDS = /^(view|see|open|show|message|send|call|follow|connect|edit|more|details|profile|chat)\b/i;

interface Field {
  id: string;
  text: string;
  element: Element;
  label?: string;
  heading: boolean;
}

function hasOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node as Text).data.trim() !== '') return true;
  }
  return false;
}

function linkKind(el: Element): 'mailto' | 'tel' | 'link' | undefined {
  if (el.tagName !== 'A') return undefined;
  const href = el.getAttribute('href') ?? '';
  if (/^mailto:/i.test(href)) return 'mailto';
  if (/^tel:/i.test(href)) return 'tel';
  return 'link';
}

function namedBy(el: Element): string | undefined {
  for (const attr of NAMED_BY) {
    const value = el.getAttribute(attr);
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

/** "jobTitle", "job_title" or "Job title" as a column name. */
function humanise(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isHeading(el: Element): boolean {
  return /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading';
}

/** Whether elements built alike (same place, tag, class, inline style) are hidden: asked once per kind. */
type HiddenMemo = Map<string, boolean>;

function skipsField(el: Element, path: string, memo: HiddenMemo): boolean {
  if (NEVER_FIELDS.has(el.tagName) || el.getAttribute('role') === 'button') return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const key = `${path} ${el.getAttribute('class') ?? ''}|${el.getAttribute('style') ?? ''}`;
  let hidden = memo.get(key);
  if (hidden === undefined) {
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    memo.set(key, (hidden = !!style && (isSelfHidden(el, style) || visuallyHidden(style))));
  }
  return hidden;
}

function walkFields(el: Element, path: string, out: Field[], memo: HiddenMemo): void {
  const seen = new Map<string, number>();
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const nth = seen.get(child.tagName) ?? 0;
    seen.set(child.tagName, nth + 1);
    const here = `${path}/${child.tagName}${nth || ''}`;
    if (skipsField(child, here, memo)) continue;
    const kind = linkKind(child);
    const name = namedBy(child);
    if (kind === 'mailto' || kind === 'tel') {
      // An icon-only link says "Call Jane Doe" to a screen reader; the data is the address it links to.
      const text = visibleOnly(child) || (kind === 'mailto' ? addressOfLink(child) ?? '' : telNumber(child));
      if (text) out.push({ id: name ? `named:${name}` : kind, text, element: child, heading: false, label: name && humanise(name) });
    } else if (name || hasOwnText(child)) {
      // An icon-only link's label ("View profile") is a control, not data.
      const text = kind === 'link' && !hasOwnText(child) && child.childElementCount > 0 ? visibleOnly(child) : readCellText(child);
      if (text) out.push({ id: name ? `named:${name}` : here, text, element: child, heading: isHeading(child), label: name && humanise(name) });
    } else {
      walkFields(child, here, out, memo);
    }
  }
}

function telNumber(link: Element): string {
  const href = link.getAttribute('href') ?? '';
  try {
    return decodeURIComponent(href.replace(/^tel:/i, '')).trim();
  } catch {
    return href.replace(/^tel:/i, '').trim();
  }
}

function visibleOnly(el: Element): string {
  const text = readCellText(el);
  const fallback = collapseWhitespace(el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '');
  return text === fallback ? '' : text;
}

/** "Email:" or a `<dt>` names the field after it. */
function attachLabels(fields: Field[]): Field[] {
  const out: Field[] = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const next = fields[i + 1];
    const isLabel = LABEL_TAGS.has(field.element.tagName) || (/:$/.test(field.text) && field.text.length <= 40);
    if (isLabel && next && !next.label && !LABEL_TAGS.has(next.element.tagName)) {
      const label = field.text.replace(/:$/, '').trim();
      next.label = label;
      next.id = `label:${label.toLowerCase()}`;
      continue;
    }
    out.push(field);
  }
  return out;
}

function fieldsOf(item: Element, memo: HiddenMemo = new Map()): Field[] {
  const out: Field[] = [];
  if (hasOwnText(item)) {
    const text = readCellText(item);
    return text ? [{ id: 'self', text, element: item, heading: false }] : [];
  }
  walkFields(item, '', out, memo);
  const ids = new Map<string, number>();
  for (const field of out) {
    const n = (ids.get(field.id) ?? 0) + 1;
    ids.set(field.id, n);
    if (n > 1) field.id = `${field.id}#${n}`;
  }
  return attachLabels(out);
}

function itemSignature(el: Element): string {
  return `${el.tagName}|${el.getAttribute('role') ?? ''}`;
}

function itemsOf(container: Element, signature: string): Element[] {
  return Array.from(container.children).filter((child) => itemSignature(child) === signature && !isSelfHidden(child));
}

function dominantSignature(container: Element): string | undefined {
  const counts = new Map<string, number>();
  for (const child of Array.from(container.children)) counts.set(itemSignature(child), (counts.get(itemSignature(child)) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [signature, count] of counts) {
    if (count > bestCount) [best, bestCount] = [signature, count];
  }
  if (bestCount < MIN_ITEMS || bestCount < container.childElementCount * 0.6) return undefined;
  return best;
}

function sampleOf<T>(items: readonly T[]): T[] {
  const picks = new Set([1, 2, 3, Math.floor(items.length / 2), items.length - 1].filter((i) => i >= 0 && i < items.length));
  return [...picks].map((i) => items[i]!);
}

/** Children alike in structure too, not only in tag: most share at least two field positions. */
function itemsAreAlike(items: readonly Element[]): boolean {
  const sample = sampleOf(items).map((item) => new Set(fieldsOf(item).map((f) => f.id)));
  const counts = new Map<string, number>();
  for (const ids of sample) for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const common = [...counts.values()].filter((n) => n >= Math.ceil(sample.length * 0.6)).length;
  return common >= 2;
}

/** The column set, stable across readings: a column keeps its place once given one. */
interface Columns {
  ids: string[];
  labels: (string | undefined)[];
}

function placeColumns(columns: Columns, itemFields: readonly Field[][]): void {
  const fresh = new Map<string, { sum: number; n: number; label?: string }>();
  for (const fields of itemFields) {
    fields.forEach((field, position) => {
      if (columns.ids.includes(field.id)) return;
      const entry = fresh.get(field.id) ?? { sum: 0, n: 0, label: field.label };
      entry.sum += position;
      entry.n += 1;
      fresh.set(field.id, entry);
    });
  }
  // New columns go in their usual order within an item, after the ones already placed.
  const ordered = [...fresh.entries()].sort((a, b) => a[1].sum / a[1].n - b[1].sum / b[1].n);
  for (const [id, entry] of ordered) {
    columns.ids.push(id);
    columns.labels.push(entry.label);
  }
}

function isBold(el: Element | undefined): boolean {
  const weight = el ? el.ownerDocument.defaultView?.getComputedStyle(el).fontWeight : undefined;
  return weight === 'bold' || Number(weight) >= 600;
}

/** A first child that labels the columns (a div grid's header row), not a person. */
function isHeaderItem(first: Field[], second: Field[] | undefined, item: Element): boolean {
  if (first.length < 2 || first.some((f) => looksLikeDataValue(f.text) || f.text.length > 40)) return false;
  if (item.querySelector('[role="columnheader"]')) return true;
  if (!second || second.length !== first.length) return false;
  // Where the next row has an address, a header has a label; a person missing an address has nothing there.
  if (second.some((f) => hasEmailLine(f.text))) return true;
  return isBold(first[0]?.element) && !isBold(second[0]?.element);
}

/** A header row just before the list (a sticky header outside the scrolling body). */
function headerBefore(container: Element): { row: Element; fields: Field[] } | undefined {
  let node: Element | null = container;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const before = node.previousElementSibling;
    if (!before) continue;
    const fields = fieldsOf(before);
    if (fields.length >= 2 && fields.every((f) => !looksLikeDataValue(f.text) && f.text.length <= 40)) return { row: before, fields };
  }
  return undefined;
}

function centreX(el: Element): number | undefined {
  const rect = el.getBoundingClientRect();
  return rect.width > 0 ? rect.left + rect.width / 2 : undefined;
}

/** Which child of the row holds the element: the cell it is in, for a div grid. */
function cellIndex(el: Element, row: Element): number {
  let node: Element | null = el;
  while (node && node.parentElement !== row) node = node.parentElement;
  return node ? Array.prototype.indexOf.call(row.children, node) : -1;
}

/**
 * The widest box around a header label holding no other label: its header cell. A label drawn narrow
 * at the cell's left (beside a menu button) still names values centred under the cell.
 */
function headerBox(label: Element, header: { row: Element; fields: Field[] }): Element {
  let box = label;
  for (let up = label.parentElement; up && up !== header.row; up = up.parentElement) {
    if (header.fields.some((f) => f.element !== label && up.contains(f.element))) break;
    box = up;
  }
  return box;
}

/**
 * Names columns from a header row: by where they sit on screen, else by the cell (child of the row)
 * they are in, else by order.
 */
function namesFromHeaderRow(header: { row: Element; fields: Field[] }, columns: Columns, sample: { row: Element; fields: Field[] } | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!sample) return names;
  const spans = header.fields.map((h) => {
    const r = headerBox(h.element, header).getBoundingClientRect();
    return { text: h.text, left: r.left, right: r.right, cell: cellIndex(h.element, header.row) };
  });
  const haveLayout = spans.some((s) => s.right > s.left);
  const sameShape = header.row.childElementCount === sample.row.childElementCount;
  sample.fields.forEach((field, position) => {
    if (!columns.ids.includes(field.id)) return;
    const x = haveLayout ? centreX(field.element) : undefined;
    let match: { text: string } | undefined;
    if (x !== undefined) match = spans.find((s) => x >= s.left && x <= s.right);
    else if (sameShape) match = spans.find((s) => s.cell === cellIndex(field.element, sample.row));
    else match = header.fields[position];
    if (match) names.set(field.id, match.text);
  });
  return names;
}

function isPhoneNumber(value: string): boolean {
  return /^\+?[\d\s().-]{7,}$/.test(value) && !/^\d{4}-\d{2}-\d{2}$/.test(value) && value.replace(/\D/g, '').length >= 7;
}

function inferredName(values: readonly string[], heading: boolean): string | undefined {
  const filled = values.filter((v) => v !== '');
  if (filled.length === 0) return undefined;
  const share = (test: (v: string) => boolean) => filled.filter(test).length / filled.length;
  if (share(hasEmailLine) >= 0.6) return 'Email';
  if (share(isPhoneNumber) >= 0.6) return 'Phone';
  if (heading && share((v) => PERSON_NAME.test(v)) >= 0.6) return 'Name';
  return undefined;
}

function looksLikeTitles(values: readonly string[]): boolean {
  const filled = values.filter((v) => v !== '');
  return filled.length > 0 && filled.every((v) => !looksLikeDataValue(v) && !v.includes('\n') && v.split(/\s+/).length <= 10);
}

function rowKey(item: Element): string | undefined {
  for (const attr of KEY_ATTRIBUTES) {
    const value = item.getAttribute(attr);
    if (value && /^\d+$/.test(value.trim())) return value.trim();
  }
  return undefined;
}

function statedSetSize(items: readonly Element[], container: Element): number | undefined {
  const size = items[0]?.getAttribute('aria-setsize');
  return statedCount(size ?? container.getAttribute('aria-rowcount'), 0);
}

function readList(container: Element, signature: string, columns: Columns, options: ReadOptions): TableSnapshot | undefined {
  const items = itemsOf(container, signature);
  if (items.length === 0) return undefined;
  const { cache } = options;
  const fieldsCache = new Map<Element, Field[]>();
  const hiddenMemo: HiddenMemo = new Map();
  const fieldsFor = (item: Element) => {
    let fields = fieldsCache.get(item);
    if (!fields) fieldsCache.set(item, (fields = fieldsOf(item, hiddenMemo)));
    return fields;
  };
  const firstFields = fieldsFor(items[0]!);
  const headerItem = isHeaderItem(firstFields, items[1] ? fieldsFor(items[1]) : undefined, items[0]!) ? items[0] : undefined;
  const dataItems = headerItem ? items.slice(1) : items;
  const texts = cache ? dataItems.map((item) => item.textContent ?? '') : [];
  const fresh = cache ? dataItems.filter((item, i) => cache.get(item)?.text !== texts[i]) : dataItems;
  placeColumns(columns, fresh.map(fieldsFor));

  const snapshot: TableSnapshot = { kind: 'list', element: container, headers: [], rows: [], rowKeys: [], rowElements: [] };
  dataItems.forEach((item, i) => {
    const hit = cache?.get(item);
    let values: string[];
    if (hit && hit.text === texts[i]) values = [...hit.cells, ...Array(Math.max(0, columns.ids.length - hit.cells.length)).fill('')];
    else {
      values = Array(columns.ids.length).fill('');
      for (const field of fieldsFor(item)) {
        const col = columns.ids.indexOf(field.id);
        if (col >= 0) values[col] = values[col] ? `${values[col]}\n${field.text}` : field.text;
      }
      cache?.set(item, { text: texts[i] ?? '', cells: values });
    }
    if (isBlankRow(values)) return;
    snapshot.rows.push(values);
    snapshot.rowKeys.push(rowKey(item));
    snapshot.rowElements.push(item);
  });

  const header = headerItem ? { row: headerItem, fields: firstFields } : headerBefore(container);
  const sample = dataItems[0] && { row: dataItems[0], fields: fieldsFor(dataItems[0]) };
  const fromHeader = header ? namesFromHeaderRow(header, columns, sample) : new Map<string, string>();
  const headingCols = new Set(dataItems.slice(0, 1).flatMap((item) => fieldsFor(item).filter((f) => f.heading).map((f) => f.id)));
  const names = columns.ids.map((id, col) => {
    const values = snapshot.rows.slice(0, 50).map((r) => r[col] ?? '');
    return columns.labels[col] ?? fromHeader.get(id) ?? inferredName(values, headingCols.has(id)) ?? '';
  });
  // On a person's card the line under the name is the job title, as anyone reading it takes it.
  const nameCol = names.indexOf('Name');
  if (nameCol >= 0 && !header && names[nameCol + 1] === '' && looksLikeTitles(snapshot.rows.slice(0, 50).map((r) => r[nameCol + 1] ?? ''))) {
    names[nameCol + 1] = 'Job title';
  }
  snapshot.headers = dedupeHeaders(names, names.map((n) => [n])).map((name, col) => name || unnamedColumn(col));
  const stated = statedSetSize(items, container);
  if (stated !== undefined && stated > 0) snapshot.statedTotal = stated;
  const name = accessibleLabel(container);
  if (name) snapshot.name = name;
  return snapshot;
}

/** A list that keeps its columns as it is read again (more loaded, scrolled, next page). */
export function listSource(container: Element, signature = dominantSignature(container) ?? '', columns: Columns = { ids: [], labels: [] }): TableSource {
  return {
    kind: 'list',
    element: container,
    read: (options = {}) => readList(container, signature, columns, options),
    moveTo: (element) => listSource(element, dominantSignature(element) ?? signature, columns),
  };
}

/** Values that are controls' words ("View profile"), the same on every row of a list. */
export function isControlColumn(values: readonly string[]): boolean {
  if (values.length < 3) return false;
  const first = values[0]!;
  return UI_WORDS.test(first) && values.every((v) => v === first);
}

function walkCandidates(root: ParentNode): Element[] {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const found: Element[] = [];
  const walker = doc.createTreeWalker(root as Node, SHOW_ELEMENT, {
    acceptNode(node) {
      const el = node as Element;
      const role = el.getAttribute('role');
      return NOT_LISTS_TAGS.has(el.tagName) || (role && NOT_LISTS_ROLES.has(role)) ? FILTER_REJECT : FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.childElementCount >= MIN_ITEMS && dominantSignature(el)) found.push(el);
  }
  return found;
}

/** Repeated structures under the root that read as rows of at least two aligned fields, outermost first. */
export function findRepeatedLists(root: ParentNode): TableSnapshot[] {
  const accepted: { container: Element; items: Element[]; snapshot: TableSnapshot }[] = [];
  for (const container of walkCandidates(root)) {
    const signature = dominantSignature(container)!;
    const items = itemsOf(container, signature);
    if (items.length < MIN_ITEMS || !itemsAreAlike(items)) continue;
    const snapshot = listSource(container, signature).read();
    if (snapshot && snapshot.rows.length >= MIN_ITEMS - 1 && snapshot.headers.length >= 2) accepted.push({ container, items, snapshot });
  }
  // A list inside one item of a bigger list (a card's tags, a div row's cells) is part of that item.
  const owner = new Map<Element, number>();
  accepted.forEach((a, i) => a.items.forEach((item) => owner.set(item, i)));
  return accepted
    .filter((a) => {
      for (let up = parentAcrossShadow(a.container); up; up = parentAcrossShadow(up)) {
        const outer = owner.get(up);
        if (outer !== undefined && accepted[outer]!.items.length >= a.items.length) return false;
      }
      return !isHidden(a.container) && !inFloatingLayer(a.container);
    })
    .map((a) => a.snapshot);
}
