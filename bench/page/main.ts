// The in-browser half of `npm run bench`: each function runs one repetition of a figure and of its raw
// baseline on the same data, so the Node runner can take medians and ratios.
import { openDB } from 'idb';
import Papa from 'papaparse';
import { applyChanges, assignUserIds, checkRow, createDraft, deleteDraft, loadDraft, loadRows, openRosterDb, type Draft, type DraftMeta, type DraftRow, type RosterDatabase } from '../../lib/drafts';
import { DEFAULT_POLICY } from '../../lib/drafts/types';
import { produceMosCsv } from '../../lib/out/produce-csv';
import { summarisePlan } from '../../lib/out/summary';
import { readSourceFile } from '../../lib/sources/file/read-file';
import { suggestMapping } from '../../lib/mapping';
import { MOS_COLUMNS } from '../../lib/mos';
import { toMosCsv } from '../../lib/out';
import type { MosRow } from '../../lib/mos/schema';
import { findTableCandidates, relocateTable } from '../../lib/sources/page/index';
import { crawlTable } from '../../lib/sources/page/crawl';
import { scrollContainerOf } from '../../lib/sources/page/scrolling';
import { findAriaGrids, ariaGridSource } from '../../lib/sources/page/aria-grid';
import type { SourceTable } from '../../lib/sources/source-table';
import { csvText, HEADERS, people } from './data';

const SEED = 20250101;
const stage = document.getElementById('stage')!;
const ms = (start: number) => performance.now() - start;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function fail(message: string): never {
  throw new Error(message);
}

// ---- scrape a static table ----
function buildTable(rows: number): void {
  stage.replaceChildren();
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const h of HEADERS) head.appendChild(document.createElement('th')).textContent = h;
  const body = table.createTBody();
  for (const row of people(rows, SEED)) {
    const tr = body.insertRow();
    for (const cell of row) tr.insertCell().textContent = cell;
  }
  stage.appendChild(table);
}

function bareWalk(): number {
  const out: string[][] = [];
  for (const tr of Array.from(stage.querySelectorAll('tbody tr'))) {
    out.push(Array.from((tr as HTMLTableRowElement).cells, (td) => (td.textContent ?? '').trim()));
  }
  return out.length;
}

async function scrape(rows: number) {
  if (stage.querySelectorAll('tbody tr').length !== rows) buildTable(rows);
  await nextFrame();
  let start = performance.now();
  const walked = bareWalk();
  const baseline = ms(start);
  start = performance.now();
  const best = findTableCandidates(document)[0] ?? fail('no table found');
  const value = ms(start);
  if (best.rows.length !== rows || walked !== rows) fail(`scrape read ${best.rows.length} of ${rows} rows`);
  return { value, baseline };
}

// ---- crawl a virtualised grid ----
async function loadGrid(rows: number, page = '/demo/hr/aggrid.html'): Promise<Document> {
  stage.replaceChildren();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1200px;height:700px;border:0';
  frame.src = `${page}?rows=${rows}`;
  stage.appendChild(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument ?? fail('the grid page did not load');
  for (let i = 0; i < 100 && findAriaGrids(doc).length === 0; i++) await nextFrame();
  return doc;
}

/** The element that scrolls the grid's rows, found as the crawl finds it (no page's own ids or classes). */
function gridViewport(doc: Document): HTMLElement {
  const row = doc.querySelector('[role=row][aria-rowindex="2"]') ?? fail('no grid row');
  return (scrollContainerOf(row) as HTMLElement | undefined) ?? fail('no grid viewport');
}

/** The least a reader can do: scroll a screenful, wait for a paint, note the rows by aria-rowindex. */
async function bareScrollRead(doc: Document, viewport: HTMLElement, rows: number): Promise<number> {
  viewport.scrollTop = 0;
  await nextFrame();
  const seen = new Map<string, string>();
  const start = performance.now();
  for (let guard = 0; seen.size < rows && guard < rows; guard++) {
    for (const row of Array.from(doc.querySelectorAll('[role=row][aria-rowindex]'))) {
      const key = row.getAttribute('aria-rowindex')!;
      seen.set(key, (seen.get(key) ?? '') + (row.textContent ?? ''));
    }
    // At the end with the last row read: done, though a grid slower to draw than two frames left rows unread
    // (scrolling on at the end would time only the waiting).
    if (viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 2 && seen.has(String(rows))) break;
    viewport.scrollTop += viewport.clientHeight;
    await nextFrame();
    await nextFrame();
  }
  const seconds = ms(start) / 1000;
  // The header row has an aria-rowindex too.
  return (seen.size - 1) / seconds;
}

/** The real AG Grid Community page of the demo corpus (bundled by scripts/build-corpus.mjs), crawled the same way. */
function crawlAgGrid(rows: number) {
  return crawl(rows, '/demo/corpus/ag-grid.html');
}

async function crawl(rows: number, page?: string) {
  const doc = await loadGrid(rows, page);
  for (let i = 0; i < 100 && !doc.querySelector('[role=row][aria-rowindex="2"]'); i++) await nextFrame();
  const viewport = gridViewport(doc);
  const baseline = await bareScrollRead(doc, viewport, rows + 1);
  viewport.scrollTop = 0;
  await nextFrame();
  // A library's grid draws the top rows again a moment after the scroll back, not at the next frame.
  for (let i = 0; i < 300 && !doc.querySelector('[role=row][aria-rowindex="2"]'); i++) await nextFrame();
  // A library's page: the table the extension would offer first; the hand-written grid: its one ARIA grid.
  // A busy machine may take a while to draw the rows again: wait for them (a bounded number of frames).
  const first = () => (page ? findTableCandidates(doc)[0] : findAriaGrids(doc)[0]);
  for (let i = 0; i < 600 && !first(); i++) await nextFrame();
  const grid = first() ?? fail('no grid found');
  const source = page ? (grid as ReturnType<typeof findTableCandidates>[number]).source : ariaGridSource(grid.element);
  let count = 0;
  const start = performance.now();
  const result = await crawlTable(
    { source, relocate: (lost) => relocateTable(doc, lost, grid.headers) },
    { onRows: (found) => (count += found.length) },
  );
  const seconds = ms(start) / 1000;
  if (count !== rows) fail(`the crawl read ${count} of ${rows} rows (${result.end})`);
  return { value: count / seconds, baseline };
}

// ---- parse, map and validate a CSV ----
let csvBytes: Uint8Array | undefined;
function csvOf(rows: number): Uint8Array {
  if (!csvBytes || (csvBytes as Uint8Array & { rows?: number }).rows !== rows) {
    csvBytes = Object.assign(new TextEncoder().encode(csvText(HEADERS, people(rows, SEED))), { rows });
  }
  return csvBytes;
}

/** `mapping`: one already suggested, so it is not worked out twice (the editor does it once). */
function draftMetaFor(table: SourceTable, id: string, mapping = suggestMapping(table.headers, table.rows.slice(0, 200)).mapping): DraftMeta {
  return {
    id, name: 'bench', origin: table.origin, headers: table.headers, mapping,
    defaults: { mos_enable: true, mos_opportunity: false, course_enrollments: [] },
    rowCount: table.rows.length, createdAt: 0, updatedAt: 0, errorCount: 0, excludedCount: 0, revision: 0,
  };
}

function draftRows(id: string, table: SourceTable): DraftRow[] {
  return table.rows.map((cells, index) => ({ draftId: id, index, cells, edits: {}, excluded: false, rev: 0 }));
}

/** Which of the two goes first alternates from run to run, so neither always pays for the other's garbage. */
let parseRuns = 0;
/** A full collection before each timed part (the bench starts Chromium with --expose-gc), for the same reason. */
const collectGarbage = () => (globalThis as { gc?: () => void }).gc?.();

async function parseMapValidate(rows: number) {
  const bytes = csvOf(rows);
  const baselineRun = () => {
    collectGarbage();
    const start = performance.now();
    // Only the count is kept: the baseline's 100,000 parsed rows left alive would make every garbage
    // collection in the other timed part mark them too.
    const parsedRows = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true }).data.length;
    return { baseline: ms(start), parsedRows };
  };
  const subjectRun = async () => {
    collectGarbage();
    const start = performance.now();
    const { table } = await readSourceFile(bytes, 'people.csv');
    const read = ms(start);
    const { mapping } = suggestMapping(table.headers, table.rows);
    const meta = draftMetaFor(table, 'bench', mapping);
    const mapped = ms(start);
    let errors = 0;
    for (const row of draftRows('bench', table)) if (checkRow(row, meta).issues.length > 0) errors++;
    const value = ms(start);
    return { value, read, mapped, errors, readRows: table.rows.length };
  };
  let base: ReturnType<typeof baselineRun>;
  let subject: Awaited<ReturnType<typeof subjectRun>>;
  if (parseRuns++ % 2 === 0) {
    base = baselineRun();
    subject = await subjectRun();
  } else {
    subject = await subjectRun();
    base = baselineRun();
  }
  const { baseline, parsedRows } = base;
  const { value, read, mapped, errors, readRows } = subject;
  if (readRows !== rows || parsedRows !== rows + 1) fail(`read ${readRows} of ${rows} rows`);
  if (errors > 0) fail(`${errors} generated rows failed validation; the mapping is wrong`);
  return { value, baseline, parts: { read, map: mapped - read, validate: value - mapped, megabytes: bytes.length / 2 ** 20 } };
}

/** The big file's bytes, fetched once from the bench server. */
let fileBytes: { href: string; bytes: Uint8Array } | undefined;

/** The big import's baseline: papaparse alone reading the file's bytes (decoded, then parsed). */
async function papaparseFile(href: string) {
  if (fileBytes?.href !== href) {
    fileBytes = undefined;
    fileBytes = { href, bytes: new Uint8Array(await (await fetch(href)).arrayBuffer()) };
  }
  collectGarbage();
  const start = performance.now();
  const parsedRows = Papa.parse<string[]>(new TextDecoder().decode(fileBytes.bytes), { skipEmptyLines: true }).data.length;
  const took = ms(start);
  if (parsedRows < 2) fail('papaparse read no rows');
  return took;
}

/**
 * The baseline of the longtask figure: the longest main-thread task while the same kind of file is
 * read, mapped and checked on the page's own thread, as a PerformanceObserver for 'longtask' sees it.
 */
async function mainThreadLongestTask(rows: number) {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  await nextFrame();
  const { table } = await readSourceFile(csvOf(rows), 'people.csv');
  const meta = draftMetaFor(table, 'bench');
  for (const row of draftRows('bench', table)) checkRow(row, meta);
  // Long tasks are reported after they end: give the observer a few frames.
  for (let i = 0; i < 5; i++) await nextFrame();
  observer.disconnect();
  return longest;
}

// ---- write the mOS CSV ----
function mosRows(rows: number): MosRow[] {
  return people(rows, SEED).map((p, i) => ({
    user_id: `EXT${String(i + 1).padStart(5, '0')}`,
    first_name: p[1]!, last_name: p[2]!, email: p[3]!, job_title: p[4]!,
    mos_enable: true, mos_opportunity: i % 3 === 0, course_enrollments: i % 2 ? ['meddpicc-leadership-and-enablement-program'] : [],
  })) as unknown as MosRow[];
}

let cachedMosRows: MosRow[] | undefined;
async function writeCsv(rows: number) {
  if (cachedMosRows?.length !== rows) cachedMosRows = mosRows(rows);
  const input = cachedMosRows;
  // The same cells papaparse would be given once the values are text.
  const plain = input.map((r) => MOS_COLUMNS.map((c) => { const v = (r as Record<string, unknown>)[c]; return Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v); }));
  let start = performance.now();
  const raw = Papa.unparse({ fields: [...MOS_COLUMNS], data: plain }, { newline: '\n' });
  const baseline = ms(start);
  start = performance.now();
  const csv = toMosCsv(input);
  const value = ms(start);
  if (csv.split('\n').length !== rows + 1 || raw.length === 0) fail('the mOS CSV has the wrong number of lines');
  return { value, baseline };
}

// ---- download the mOS CSV of a saved draft ----
let downloadDraft: Draft | undefined;

/**
 * What the editor's Download CSV does once the draft is read: every row checked and planned, user_ids given
 * to new people (a new organisation each run, so none is found again), the file written and summed up.
 * Baseline: Papa.unparse of the same output rows, as text cells under the same header.
 */
async function downloadCsv(rows: number) {
  db ??= await openRosterDb('roster-sync-bench');
  if (downloadDraft?.rows.length !== rows) {
    if (downloadDraft) await deleteDraft(db, downloadDraft.meta.id);
    const table = sourceTable(rows);
    const { mapping } = suggestMapping(table.headers, table.rows.slice(0, 200));
    const meta = await createDraft(db, { name: 'bench download', table, mapping });
    downloadDraft = (await loadDraft(db, meta.id)) ?? fail('the saved draft could not be read');
  }
  const draft = downloadDraft;
  const orgKey = `bench-${crypto.randomUUID()}`;
  collectGarbage();
  let start = performance.now();
  const produced = await produceMosCsv(db, draft, { orgKey, policy: DEFAULT_POLICY });
  const summary = summarisePlan(produced.plan, draft.rows.length);
  const value = ms(start);
  const plain = produced.rows.map((r) => MOS_COLUMNS.map((c) => { const v = (r as Record<string, unknown>)[c]; return Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v); }));
  collectGarbage();
  start = performance.now();
  const raw = Papa.unparse({ fields: [...MOS_COLUMNS], data: plain }, { newline: '\n' });
  const baseline = ms(start);
  if (summary.toImport !== rows || produced.rows.length !== rows) fail(`${produced.rows.length} of ${rows} people went into the file`);
  if (raw !== produced.csv) fail('the mOS CSV is not the text papaparse writes for the same rows');
  return { value, baseline };
}

// ---- save a draft, edit one cell ----
let db: RosterDatabase | undefined;
let saved: { meta: DraftMeta; value: string | null } | undefined;

function sourceTable(rows: number): SourceTable {
  return { headers: HEADERS, rows: people(rows, SEED), origin: { kind: 'file', fileName: 'people.csv', signature: HEADERS.join('|').toLowerCase() } };
}

async function saveDraft(rows: number) {
  db ??= await openRosterDb('roster-sync-bench');
  const table = sourceTable(rows);
  const rawDb = await openDB('roster-sync-bench-raw', 1, { upgrade: (d) => d.createObjectStore('rows', { keyPath: ['draftId', 'index'] }) });
  const plainRows = draftRows('raw', table);
  let start = performance.now();
  const tx = rawDb.transaction('rows', 'readwrite');
  for (const row of plainRows) void tx.store.put(row);
  await tx.done;
  const baseline = ms(start);
  await rawDb.clear('rows');
  rawDb.close();
  if (saved) await deleteDraft(db, saved.meta.id);
  const { mapping } = suggestMapping(table.headers, table.rows.slice(0, 200));
  start = performance.now();
  const meta = await createDraft(db, { name: 'bench', table, mapping });
  const value = ms(start);
  saved = { meta, value: null };
  const last = await loadRows(db, meta.id, [rows - 1]);
  if (last[0]?.cells[0] !== table.rows[rows - 1]![0]) fail('the saved draft lacks its last row');
  return { value, baseline };
}

async function editCell(rows: number) {
  if (!db || !saved || saved.meta.rowCount !== rows) await saveDraft(rows);
  const index = Math.floor(rows / 2);
  const rawDb = await openDB('roster-sync-bench-raw', 1, { upgrade: (d) => d.createObjectStore('rows', { keyPath: ['draftId', 'index'] }) });
  await rawDb.put('rows', { draftId: 'raw', index, cells: [], edits: {}, excluded: false, rev: 0 });
  let start = performance.now();
  const tx = rawDb.transaction('rows', 'readwrite');
  const row = await tx.store.get(['raw', index]);
  await tx.store.put({ ...row, edits: { first_name: `Edited ${Date.now()}` } });
  await tx.done;
  const baseline = ms(start);
  rawDb.close();
  const to = `Edited ${performance.now().toFixed(3)}`;
  start = performance.now();
  const result = await applyChanges(db!, saved!.meta.id, [{ index, key: 'first_name', from: saved!.value, to }]);
  const value = ms(start);
  if (result.applied.length !== 1) fail(`the edit was not saved (${result.failure?.message ?? 'conflict'})`);
  saved!.value = to;
  return { value, baseline };
}

// ---- give out user_ids ----
/** New people get the next user_ids, then a later file of the same people finds theirs again. */
async function giveUserIds(count: number) {
  db ??= await openRosterDb('roster-sync-bench');
  const emails = people(count, SEED).map((cells) => cells[HEADERS.indexOf('Work Email')]!.toLowerCase());
  const rawDb = await openDB('roster-sync-bench-ids', 1, { upgrade: (d) => d.createObjectStore('ids', { keyPath: ['orgKey', 'email'] }) });
  let start = performance.now();
  const tx = rawDb.transaction('ids', 'readwrite');
  emails.forEach((email, i) => void tx.store.put({ orgKey: 'raw', email, userId: `EXT${i}`, issuedAt: 0 }));
  await tx.done;
  const baseline = ms(start);
  await rawDb.clear('ids');
  rawDb.close();
  const orgKey = `bench-${crypto.randomUUID()}`;
  start = performance.now();
  const first = await assignUserIds(db, orgKey, emails);
  const again = await assignUserIds(db, orgKey, emails);
  const value = ms(start);
  const last = emails[count - 1]!;
  if (first.size !== emails.length || again.get(last) !== first.get(last)) fail('a person did not keep their user_id');
  return { value, baseline };
}

Object.assign(window, { bench: { scrape, crawl, crawlAgGrid, parseMapValidate, papaparseFile, mainThreadLongestTask, writeCsv, downloadCsv, saveDraft, editCell, giveUserIds, ready: true } });
