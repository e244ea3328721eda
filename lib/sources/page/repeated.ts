import { unnamedColumn } from '../unnamed-column';
import { NEVER_TEXT, addressOfLink, collapseWhitespace, columnMemo, createLookBook, isHidden, isInitialsOf, isKindHidden, isMarkedHidden, isSelfHidden, parentAcrossShadow, readCellText, visuallyHidden, type LookBook, type LookMemo } from './read-cell';
import { accessibleLabel, dedupeHeaders, hasEmailLine, isBlankRow, isEmail, looksLikeDataValue, statedCount } from './table-text';
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
const NAMED_BY = ['itemprop', 'data-label', 'data-field', 'data-column', 'data-title'];
const KEY_ATTRIBUTES = ['aria-posinset', 'aria-rowindex', 'data-index', 'data-item-index', 'data-row-index', 'data-rowindex'];
const LABEL_TAGS = new Set(['DT', 'LABEL', 'TH']);
const PERSON_NAME = /^[\p{Lu}][\p{L}'’.-]*(?:[\s,]+[\p{Lu}][\p{L}'’.-]*){1,3}$/u;
/** A person's name, allowing particles ("van der Berg") and a status after it ("(Terminated)", "- on leave"). */
function looksLikePersonName(value: string): boolean {
  const core = value.replace(/\s*[([][^)\]]*[)\]]$/u, '').replace(/\s+[-–—]\s+[^-–—]+$/u, '');
  const words = core.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  const capital = (w: string) => /^[\p{Lu}][\p{L}'’.-]*,?$/u.test(w);
  return capital(words[0]!) && capital(words[words.length - 1]!) && words.every((w) => capital(w) || /^\p{Ll}{1,3}$/u.test(w));
}
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
  if (NEVER_TEXT.has(el.tagName) || el.getAttribute('role') === 'button') return true;
  if (isMarkedHidden(el)) return true;
  const key = `${path} ${el.getAttribute('class') ?? ''}|${el.getAttribute('style') ?? ''}`;
  let hidden = memo.get(key);
  if (hidden === undefined) {
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    memo.set(key, (hidden = !!style && (isSelfHidden(el, style) || visuallyHidden(style))));
  }
  return hidden;
}

function walkFields(el: Element, path: string, out: Field[], memo: HiddenMemo, book: LookBook | undefined): void {
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
      const text = visibleOnly(child, book && columnMemo(book, `field ${here}`)) || (kind === 'mailto' ? addressOfLink(child) ?? '' : telNumber(child));
      if (text) out.push({ id: name ? `named:${name}` : kind, text, element: child, heading: false, label: name && humanise(name) });
    } else if (name || hasOwnText(child)) {
      // An icon-only link's label ("View profile") is a control, not data.
      // A field's looks are asked once per crawl, given its book, as a column's are.
      const looks = book && columnMemo(book, `field ${here}`);
      const text = kind === 'link' && !hasOwnText(child) && child.childElementCount > 0 ? visibleOnly(child, looks) : readCellText(child, looks);
      if (text) out.push({ id: name ? `named:${name}` : here, text, element: child, heading: isHeading(child), label: name && humanise(name) });
    } else {
      walkFields(child, here, out, memo, book);
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

function visibleOnly(el: Element, memo?: LookMemo): string {
  const text = readCellText(el, memo);
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

/** `book`: what the crawl learnt of how the items are drawn, so their style is asked once per kind. */
function fieldsOf(item: Element, book?: LookBook): Field[] {
  const out: Field[] = [];
  if (hasOwnText(item)) {
    const text = readCellText(item, book && columnMemo(book, 'field'));
    return text ? [{ id: 'self', text, element: item, heading: false }] : [];
  }
  walkFields(item, '', out, book?.kinds ?? new Map(), book);
  // An avatar's letters ("JD" beside "Jane Doe") are not a field of the person.
  const texts = out.map((f) => f.text);
  for (let i = out.length - 1; i >= 0; i--) if (isInitialsOf(out[i]!.text, texts)) out.splice(i, 1);
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

function itemsOf(container: Element, signature: string, book?: LookBook): Element[] {
  return Array.from(container.children).filter((child) => itemSignature(child) === signature && !isKindHidden(book, child));
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
function headerBefore(container: Element, book: LookBook | undefined): { row: Element; fields: Field[] } | undefined {
  let node: Element | null = container;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    const before = node.previousElementSibling;
    if (!before) continue;
    const fields = fieldsOf(before, book);
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

const share = (values: readonly string[], test: (v: string) => boolean) => {
  const filled = values.filter((v) => v !== '');
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
};

/** No heading says which line is the name: the first unnamed column where nearly every value is a person's name. */
function nameByValues(names: string[], rows: readonly string[][]): void {
  if (names.includes('Name')) return;
  const sample = rows.slice(0, 50);
  const col = names.findIndex((name, c) => {
    const values = sample.map((r) => r[c] ?? '');
    const filled = values.filter((v) => v !== '').length;
    return name === '' && filled >= MIN_ITEMS && filled >= values.length * 0.8 && share(values, looksLikePersonName) >= 0.8;
  });
  if (col >= 0) names[col] = 'Name';
}

/**
 * A line every card starts with the same words ("Reports to Jane Doe", "Manager Ana Lima"): those
 * words name the column, and the rest is the value. Names after the shared words are left out of it.
 */
function labelByPrefix(names: string[], snapshot: TableSnapshot): void {
  names.forEach((name, col) => {
    if (name !== '') return;
    const filled = snapshot.rows.map((r) => r[col] ?? '').filter((v) => v !== '');
    if (filled.length < 2 || filled.some((v) => v.includes('\n') || looksLikeDataValue(v))) return;
    const split = filled.map((v) => v.split(' '));
    let shared = 0;
    while (shared < 3 && split.every((words) => words.length > shared + 1 && words[shared] === split[0]![shared])) shared++;
    // "Reports to Jane" shared by one team's cards: the label ends before the name begins.
    while (shared > 1 && /^\p{Lu}/u.test(split[0]![shared - 1]!)) shared--;
    // The same words after the label on every card are one value ("View profile"), not a label and values.
    if (shared === 0 || new Set(split.map((words) => words.slice(shared).join(' '))).size < 2) return;
    const label = split[0]!.slice(0, shared).join(' ').replace(/:$/, '');
    if (!/\p{L}/u.test(label) || PERSON_NAME.test(label)) return;
    names[col] = label;
    snapshot.rows = snapshot.rows.map((row) => {
      const value = row[col] ?? '';
      if (value === '') return row;
      const copy = [...row];
      copy[col] = value.split(' ').slice(shared).join(' ');
      return copy;
    });
  });
}

/** Words a directory puts on a card for a role nobody fills yet, in the languages we read. */
const PLACEHOLDER = /^(open (position|role|req|requisition|seat)|vacan(cy|t)|tbh|tbd|to be hired|to be determined|hiring|unfilled|new hire|offene stelle|vakanz|unbesetzt|poste (vacant|ouvert|a pourvoir)|vacante|puesto vacante|vacature|openstaande (functie|vacature))\b/i;

/**
 * Cards that are not people: a placeholder for an open role, known by its words or by having neither
 * an address nor a person's name where every other card has both.
 */
function dropPlaceholders(snapshot: TableSnapshot, nameCol: number): void {
  const { rows } = snapshot;
  if (rows.length < 2) return;
  const hasEmail = (row: readonly string[]) => row.some((v) => v.includes('@') && v.split('\n').some(isEmail));
  const withEmail = rows.filter(hasEmail).length;
  const nameOf = (row: readonly string[]) => (nameCol >= 0 ? row[nameCol] ?? '' : row.find((v) => v !== '') ?? '').split('\n')[0]!;
  const placeholder = (row: readonly string[]) => {
    if (hasEmail(row)) return false;
    const name = nameOf(row).normalize('NFKD').replace(/\p{M}/gu, '');
    // Without a column known to hold names, only the words say so: a first column may be an ID.
    return PLACEHOLDER.test(name) || (nameCol >= 0 && withEmail >= rows.length * 0.8 && !looksLikePersonName(nameOf(row)));
  };
  const keep = rows.map((row) => !placeholder(row));
  if (keep.every(Boolean)) return;
  snapshot.rows = rows.filter((_, i) => keep[i]);
  snapshot.rowKeys = snapshot.rowKeys.filter((_, i) => keep[i]);
  snapshot.rowElements = snapshot.rowElements.filter((_, i) => keep[i]);
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

function readList(container: Element, items: readonly Element[], columns: Columns, options: ReadOptions, headings?: Map<Element, string>): TableSnapshot | undefined {
  if (items.length === 0) return undefined;
  const { cache } = options;
  // Without a crawl's book, one for this reading: items built alike have their style asked once.
  const looks = options.looks ?? createLookBook();
  const fieldsCache = new Map<Element, Field[]>();
  const fieldsFor = (item: Element) => {
    let fields = fieldsCache.get(item);
    if (!fields) {
      fields = fieldsOf(item, looks);
      // The heading a card is grouped under (its department) is one of its fields, last.
      const heading = headings?.get(item);
      if (heading) fields = [...fields, { id: 'group', text: heading, element: item, heading: false, label: GROUP_LABEL }];
      fieldsCache.set(item, fields);
    }
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

  const header = headerItem ? { row: headerItem, fields: firstFields } : headerBefore(container, looks);
  if (!header) realignShifted(snapshot.rows, new Set(columns.ids.flatMap((id, col) => (columns.labels[col] !== undefined || id === 'group' ? [col] : []))));
  const sample = dataItems[0] && { row: dataItems[0], fields: fieldsFor(dataItems[0]) };
  const fromHeader = header ? namesFromHeaderRow(header, columns, sample) : new Map<string, string>();
  const headingCols = new Set(dataItems.slice(0, 1).flatMap((item) => fieldsFor(item).filter((f) => f.heading).map((f) => f.id)));
  const names = columns.ids.map((id, col) => {
    const values = snapshot.rows.slice(0, 50).map((r) => r[col] ?? '');
    return columns.labels[col] ?? fromHeader.get(id) ?? inferredName(values, headingCols.has(id)) ?? '';
  });
  if (!header) nameByValues(names, snapshot.rows);
  labelByPrefix(names, snapshot);
  // On a person's card the line under the name is the job title, as anyone reading it takes it.
  // A badge or status some cards show beside the name ("Admin", "Remote") is passed over: most cards have a title.
  const nameCol = names.indexOf('Name');
  const titleSample = snapshot.rows.slice(0, 50);
  const titleCol = nameCol < 0 || header ? -1 : names.findIndex((n, col) => col > nameCol && n === '' && titleSample.filter((r) => r[col]).length * 2 >= titleSample.length);
  if (titleCol > nameCol && names.slice(nameCol + 1, titleCol).every((n) => n === '') && looksLikeTitles(titleSample.map((r) => r[titleCol] ?? ''))) {
    names[titleCol] = 'Job title';
  }
  snapshot.headers = dedupeHeaders(names, names.map((n) => [n])).map((name, col) => name || unnamedColumn(col));
  dropPlaceholders(snapshot, names.indexOf('Name'));
  const stated = statedSetSize(items, container);
  if (stated !== undefined && stated > 0) snapshot.statedTotal = stated;
  const name = accessibleLabel(container);
  if (name) snapshot.name = name;
  return snapshot;
}

type ValueKind = 'email' | 'data' | 'text';
const kindOf = (value: string): ValueKind => (hasEmailLine(value) ? 'email' : looksLikeDataValue(value) ? 'data' : 'text');

/** Per column, the kind most of its values are (undefined when none is), and how many rows fill it. */
function columnKinds(rows: readonly string[][], width: number): { kind: ValueKind | undefined; filled: number }[] {
  const sample = rows.slice(0, 50);
  return Array.from({ length: width }, (_, col) => {
    const counts = new Map<ValueKind, number>();
    let filled = 0;
    for (const row of sample) {
      const value = row[col] ?? '';
      if (!value) continue;
      filled += 1;
      counts.set(kindOf(value), (counts.get(kindOf(value)) ?? 0) + 1);
    }
    const [kind, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
    return { kind: n * 2 > filled ? kind : undefined, filled };
  });
}

/**
 * Columns go by a line's place in its card, so a card missing a line (no job title) or drawing one with
 * another tag shifts its later lines into the wrong columns. A value of another kind than its column's
 * (an address among titles) moves to the nearest column of its kind this card left empty; then a value in
 * a column fewer cards fill moves to the fuller column of the same kind, if empty in this card; and a value
 * other cards hold in another column (a department) moves there. Columns named by a label (`fixed`) stay as they are.
 */
function realignShifted(rows: string[][], fixed: ReadonlySet<number>): void {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const kinds = columnKinds(rows, width);
  const movable = (col: number) => !fixed.has(col) && kinds[col]!.kind !== undefined;
  const nearest = (row: string[], from: number, fits: (col: number) => boolean) => {
    for (let d = 1; d < width; d++) {
      for (const col of [from - d, from + d]) if (col >= 0 && col < width && !row[col] && movable(col) && fits(col)) return col;
    }
    return undefined;
  };
  for (const row of rows) {
    for (let col = 0; col < width; col++) {
      const value = row[col] ?? '';
      if (!value || !movable(col)) continue;
      const kind = kindOf(value);
      const to =
        kind !== kinds[col]!.kind
          ? nearest(row, col, (c) => kinds[c]!.kind === kind)
          : nearest(row, col, (c) => kinds[c]!.kind === kind && kinds[c]!.filled > kinds[col]!.filled);
      if (to === undefined) continue;
      row[to] = value;
      row[col] = '';
    }
  }
  // Text lines have no kind to tell them apart: a card without a title shifts its department up into the title
  // column. A value only this card has in its column, that other cards hold in a column this card left empty, goes there.
  const seen = Array.from({ length: width }, (_, col) => {
    const counts = new Map<string, number>();
    for (const row of rows) if (row[col]) counts.set(row[col]!, (counts.get(row[col]!) ?? 0) + 1);
    return counts;
  });
  for (const row of rows) {
    for (let col = 0; col < width; col++) {
      const value = row[col] ?? '';
      if (!value || !movable(col) || (seen[col]!.get(value) ?? 0) > 1) continue;
      const to = nearest(row, col, (c) => kinds[c]!.kind === kinds[col]!.kind && (seen[c]!.get(value) ?? 0) >= 2);
      if (to === undefined) continue;
      row[to] = value;
      row[col] = '';
    }
  }
}

/** Cards in groups, each under its heading (a department): where the items sit below each group. */
interface Groups {
  /** The groups' own signature, among the container's children. */
  group: string;
  /** Signatures of the elements from a group down to the element holding its items. */
  path: string[];
  /** The items' signature. */
  item: string;
}

const GROUP_DEPTH = 3;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
/** The column of group headings; mapping may take it for the department. */
const GROUP_LABEL = 'Group';

/** The group's heading outside its list of items: a department's name over its cards. */
function headingOf(group: Element, holder: Element, book?: LookBook): Element | undefined {
  if (group === holder) {
    // Laid out flat: the heading just before the group's list (a count line may sit between).
    for (let before = group.previousElementSibling, n = 0; before && n < 2; before = before.previousElementSibling, n++) {
      if (isHeading(before) && !isKindHidden(book, before)) return before;
    }
    return undefined;
  }
  for (const heading of Array.from(group.querySelectorAll(HEADINGS))) {
    if (!holder.contains(heading) && !isKindHidden(book, heading)) return heading;
  }
  return undefined;
}

function headingIn(group: Element, holder: Element): boolean {
  return headingOf(group, holder) !== undefined;
}

/** The element under a group, at most a few levels down, with the most children alike: the group's own list. */
function innerList(group: Element): { holder: Element; path: string[]; item: string; count: number } | undefined {
  let best: { holder: Element; path: string[]; item: string; count: number } | undefined;
  const visit = (el: Element, path: string[]) => {
    const signature = dominantSignature(el);
    if (signature) {
      const count = itemsOf(el, signature).length;
      if (!best || count > best.count) best = { holder: el, path, item: signature, count };
    }
    if (path.length >= GROUP_DEPTH) return;
    for (const child of Array.from(el.children)) if (!NOT_LISTS_TAGS.has(child.tagName)) visit(child, [...path, itemSignature(child)]);
  };
  visit(group, []);
  return best;
}

/** The lists a group holds along the path: usually one. */
function holdersOf(group: Element, path: readonly string[]): Element[] {
  let level = [group];
  for (const step of path) level = level.flatMap((el) => Array.from(el.children).filter((child) => itemSignature(child) === step));
  return level;
}

function groupItems(container: Element, groups: Groups, book?: LookBook): Element[] {
  return Array.from(container.children)
    .filter((child) => itemSignature(child) === groups.group && !isKindHidden(book, child))
    .flatMap((group) => holdersOf(group, groups.path).flatMap((holder) => itemsOf(holder, groups.item, book)));
}

/** Each item's group heading, where the headings name something: letters of an A–Z directory do not. */
function groupHeadings(container: Element, groups: Groups, book?: LookBook): Map<Element, string> | undefined {
  const headings = new Map<Element, string>();
  const memo = columnMemo(book, 'group heading');
  for (const group of Array.from(container.children)) {
    if (itemSignature(group) !== groups.group || isKindHidden(book, group)) continue;
    for (const holder of holdersOf(group, groups.path)) {
      const heading = headingOf(group, holder, book);
      const text = heading ? collapseWhitespace(readCellText(heading, memo)) : '';
      if (text) for (const item of itemsOf(holder, groups.item, book)) headings.set(item, text);
    }
  }
  return [...headings.values()].some((text) => text.length > 2) ? headings : undefined;
}

/**
 * Children of the container that are groups alike, each with a heading and a list of items built
 * alike across groups (cards under department headings): the people are the items of every group.
 */
function groupsOf(container: Element): Groups | undefined {
  const bySignature = new Map<string, Element[]>();
  for (const child of Array.from(container.children)) {
    if (isSelfHidden(child)) continue;
    const list = bySignature.get(itemSignature(child)) ?? [];
    list.push(child);
    bySignature.set(itemSignature(child), list);
  }
  for (const [group, members] of bySignature) {
    if (members.length < 2 || NOT_LISTS_TAGS.has(group.split('|')[0]!)) continue;
    // Cheap first: groups have headings, in them or just before them.
    const withHeading = members.filter((m) => m.querySelector(HEADINGS) || (m.previousElementSibling && isHeading(m.previousElementSibling)) || m.previousElementSibling?.previousElementSibling?.matches(HEADINGS));
    if (withHeading.length < 2 || withHeading.length < members.length * 0.6) continue;
    const inner = members.map(innerList);
    const biggest = inner.reduce((a, b) => ((b?.count ?? 0) > (a?.count ?? 0) ? b : a), undefined);
    if (!biggest || biggest.count < MIN_ITEMS) continue;
    const reference = new Set(sampleOf(itemsOf(biggest.holder, biggest.item)).flatMap((item) => fieldsOf(item).map((f) => f.id)));
    // A group counts when it has a heading and its items share fields with the biggest group's.
    const headed = members.filter((member) => {
      const holders = holdersOf(member, biggest.path);
      const items = holders.flatMap((holder) => itemsOf(holder, biggest.item));
      if (items.length === 0 || !holders.every((holder) => headingIn(member, holder))) return false;
      return fieldsOf(items[0]!).filter((f) => reference.has(f.id)).length >= 2;
    });
    if (headed.length >= 2 && headed.length >= members.length * 0.6) return { group, path: biggest.path, item: biggest.item };
  }
  return undefined;
}

/** A list that keeps its columns as it is read again (more loaded, scrolled, next page). */
export function listSource(
  container: Element,
  signature = dominantSignature(container) ?? '',
  columns: Columns = { ids: [], labels: [] },
  /** Null for a plain list; left out, the container is looked at for groups. */
  groups: Groups | null = groupsOf(container) ?? null,
): TableSource {
  const items = (book?: LookBook) => (groups ? groupItems(container, groups, book) : itemsOf(container, signature, book));
  return {
    kind: 'list',
    element: container,
    read: (options = {}) => readList(container, items(options.looks), columns, options, groups ? groupHeadings(container, groups, options.looks) : undefined),
    moveTo: (element) => listSource(element, dominantSignature(element) ?? signature, columns, groups && (groupsOf(element) ?? groups)),
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

/** The container of groups the list is one of, a few levels up, when there is one. */
function groupContainer(list: Element, groupsOfOnce: (el: Element) => Groups | undefined): { container: Element; groups: Groups } | undefined {
  let node: Element | null = list;
  for (let level = 0; node && level <= GROUP_DEPTH; level++, node = node.parentElement) {
    const up: Element | null = node.parentElement;
    if (!up) return undefined;
    const groups = groupsOfOnce(up);
    if (groups && groupItems(up, groups).some((item) => item.parentElement === list)) return { container: up, groups };
  }
  return undefined;
}

/** Repeated structures under the root that read as rows of at least two aligned fields, outermost first. */
export function findRepeatedLists(root: ParentNode): TableSnapshot[] {
  const accepted: { container: Element; items: Element[]; snapshot: TableSnapshot }[] = [];
  const grouped = new Set<Element>();
  const groupsMemo = new Map<Element, Groups | undefined>();
  const groupsOfOnce = (el: Element) => {
    if (!groupsMemo.has(el)) groupsMemo.set(el, groupsOf(el));
    return groupsMemo.get(el);
  };
  for (const container of walkCandidates(root)) {
    // The list may be one group of several (cards under department headings): all groups are read as one.
    const own = groupsOfOnce(container);
    const whole = own ? { container, groups: own } : groupContainer(container, groupsOfOnce);
    if (whole) {
      if (grouped.has(whole.container)) continue;
      grouped.add(whole.container);
      const snapshot = listSource(whole.container, '', undefined, whole.groups).read();
      if (snapshot && snapshot.headers.length >= 2) accepted.push({ container: whole.container, items: groupItems(whole.container, whole.groups), snapshot });
      continue;
    }
    const signature = dominantSignature(container)!;
    const items = itemsOf(container, signature);
    if (items.length < MIN_ITEMS || !itemsAreAlike(items)) continue;
    const snapshot = listSource(container, signature, undefined, null).read();
    if (snapshot && snapshot.rows.length >= MIN_ITEMS - 1 && snapshot.headers.length >= 2) accepted.push({ container, items, snapshot });
  }
  // Lists inside groups read as one are part of it.
  for (let i = accepted.length - 1; i >= 0; i--) {
    const { container } = accepted[i]!;
    if (!grouped.has(container) && [...grouped].some((g) => g.contains(container))) accepted.splice(i, 1);
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
