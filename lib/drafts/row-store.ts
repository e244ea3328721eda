import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import type { RosterDb } from './db';
import { quiet } from './slices';
import type { DraftRow } from './types';

/**
 * How rows are stored. A draft's source cells are written once, CHUNK_SIZE rows to a record in
 * `sources`, because a browser writes records one by one and 50,000 of them take many seconds. A row
 * the admin works on gets its own record in `rows` (cells, edits, exclusion, revision), so every later
 * edit writes that one small record. A row is its `rows` record if it has one, else its source cells.
 */
export const CHUNK_SIZE = 1000;

export interface SourceChunk {
  draftId: string;
  chunk: number;
  cells: string[][];
  /** What title rules gave each row, by position in the chunk; absent when no row got anything. */
  presets?: Array<DraftRow['preset'] | null>;
}

type Tx = IDBPTransaction<RosterDb, StoreNames<RosterDb>[], IDBTransactionMode>;
type WriteTx = IDBPTransaction<RosterDb, StoreNames<RosterDb>[], 'readwrite'>;
type Store<N extends 'rows' | 'sources', M extends IDBTransactionMode = IDBTransactionMode> = IDBPObjectStore<
  RosterDb,
  StoreNames<RosterDb>[],
  N,
  M
>;

export const chunkOf = (index: number) => Math.floor(index / CHUNK_SIZE);

export function rangeOf(draftId: string, from = -Infinity, to = Infinity): IDBKeyRange {
  return IDBKeyRange.bound([draftId, from], [draftId, to]);
}

/** A row as it came in, before any work on it. */
export function baseRow(draftId: string, index: number, cells: string[], preset?: DraftRow['preset'] | null): DraftRow {
  const row: DraftRow = { draftId, index, cells, edits: {}, excluded: false, rev: 0 };
  if (preset && Object.keys(preset).length > 0) row.preset = preset;
  return row;
}

/** Whether a row needs its own record (it differs from its source cells). */
export function hasWork(row: DraftRow): boolean {
  return row.rev > 0 || row.excluded || row.putBack === true || Object.keys(row.edits).length > 0;
}

/** Source chunks for rows numbered from 0; rows keep their presets. */
export function toChunks(draftId: string, rows: readonly DraftRow[]): SourceChunk[] {
  const chunks = new Map<number, SourceChunk>();
  for (const row of rows) {
    const number = chunkOf(row.index);
    let chunk = chunks.get(number);
    if (!chunk) {
      chunk = { draftId, chunk: number, cells: [] };
      chunks.set(number, chunk);
    }
    const at = row.index - number * CHUNK_SIZE;
    chunk.cells[at] = row.cells;
    if (row.preset) (chunk.presets ??= [])[at] = row.preset;
  }
  for (const chunk of chunks.values()) {
    // Holes (never expected) become empty rows rather than undefined.
    for (let i = 0; i < chunk.cells.length; i++) chunk.cells[i] ??= [];
    if (chunk.presets) for (let i = 0; i < chunk.cells.length; i++) chunk.presets[i] ??= null;
  }
  return [...chunks.values()];
}

function rowsOfChunk(chunk: SourceChunk): DraftRow[] {
  const first = chunk.chunk * CHUNK_SIZE;
  return chunk.cells.map((cells, i) => baseRow(chunk.draftId, first + i, cells, chunk.presets?.[i]));
}

/** Source rows with the admin's row records laid over them, in row order. */
export function mergeRows(chunks: readonly SourceChunk[], worked: readonly DraftRow[]): DraftRow[] {
  // The usual case of a draft just opened: chunks in order and no row worked on, so no map and no sort.
  if (worked.length === 0 && chunks.every((chunk, i) => i === 0 || chunk.chunk > chunks[i - 1]!.chunk)) {
    const rows: DraftRow[] = [];
    for (const chunk of chunks) for (const row of rowsOfChunk(chunk)) rows.push(row);
    return rows;
  }
  const byIndex = new Map<number, DraftRow>();
  for (const chunk of chunks) for (const row of rowsOfChunk(chunk)) byIndex.set(row.index, row);
  for (const row of worked) byIndex.set(row.index, row);
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Rows with index from..to (inclusive), read inside a transaction over `rows` and `sources`. */
export async function readRowRange(tx: Tx, draftId: string, from: number, to: number): Promise<DraftRow[]> {
  const [chunks, worked] = await Promise.all([
    quiet((tx.objectStore('sources') as Store<'sources'>).getAll(rangeOf(draftId, chunkOf(Math.max(0, from)), chunkOf(to)))),
    quiet((tx.objectStore('rows') as Store<'rows'>).getAll(rangeOf(draftId, from, to))),
  ]);
  return mergeRows(chunks, worked).filter((row) => row.index >= from && row.index <= to);
}

/** Reads single rows by index, fetching each needed source chunk once. */
export async function readRowsAt(tx: Tx, draftId: string, indexes: readonly number[]): Promise<Array<DraftRow | undefined>> {
  const rowStore = tx.objectStore('rows') as Store<'rows'>;
  const sourceStore = tx.objectStore('sources') as Store<'sources'>;
  const worked = await Promise.all(indexes.map((index) => quiet(rowStore.get([draftId, index]))));
  const neededChunks = [...new Set(indexes.filter((_, i) => !worked[i]).map(chunkOf))];
  const chunks = await Promise.all(neededChunks.map((n) => quiet(sourceStore.get([draftId, n]))));
  const byChunk = new Map(neededChunks.map((n, i) => [n, chunks[i]]));
  return indexes.map((index, i) => {
    if (worked[i]) return worked[i];
    const chunk = byChunk.get(chunkOf(index));
    const at = index - chunkOf(index) * CHUNK_SIZE;
    const cells = chunk?.cells[at];
    return cells ? baseRow(draftId, index, cells, chunk?.presets?.[at]) : undefined;
  });
}

/**
 * Source chunks of a new draft straight from its table's rows: no row objects, and the cells are the
 * table's own (a 250,000-row file is not copied again to be saved).
 */
export function chunksOfCells(draftId: string, cells: readonly string[][], presets?: ReadonlyArray<DraftRow['preset'] | undefined>): SourceChunk[] {
  const chunks: SourceChunk[] = [];
  for (let first = 0; first < cells.length; first += CHUNK_SIZE) {
    const chunk: SourceChunk = { draftId, chunk: first / CHUNK_SIZE, cells: cells.slice(first, first + CHUNK_SIZE) };
    const given = presets?.slice(first, first + CHUNK_SIZE).map((p) => (p && Object.keys(p).length > 0 ? p : null));
    if (given?.some((p) => p !== null)) chunk.presets = given;
    chunks.push(chunk);
  }
  return chunks;
}

/** Writes waiting in the database at once while a draft is saved. */
const WRITES_IN_FLIGHT = 8;

/** Adds source chunks: a few at a time in flight, so the database never waits on this thread nor this thread on each write. */
export async function addChunks(tx: WriteTx, chunks: readonly SourceChunk[]): Promise<void> {
  const sourceStore = tx.objectStore('sources') as Store<'sources', 'readwrite'>;
  const pending: Array<Promise<unknown>> = [];
  for (const chunk of chunks) {
    // Each add copies its chunk at once; waiting on the oldest write splits 50,000 rows into short tasks.
    pending.push(quiet(sourceStore.add(chunk)));
    if (pending.length >= WRITES_IN_FLIGHT) await pending.shift();
  }
  await Promise.all(pending);
}

/** Writes the rows of a new draft: source chunks for all, a row record for any already worked on. */
export async function writeNewRows(tx: WriteTx, draftId: string, rows: readonly DraftRow[]): Promise<void> {
  const rowStore = tx.objectStore('rows') as Store<'rows', 'readwrite'>;
  await addChunks(tx, toChunks(draftId, rows));
  let last: Promise<unknown> = Promise.resolve();
  for (const row of rows) if (hasWork(row)) last = quiet(rowStore.add({ ...row, draftId }));
  await last;
}

export function deleteRowsOf(tx: WriteTx, draftId: string): void {
  void quiet((tx.objectStore('sources') as Store<'sources', 'readwrite'>).delete(rangeOf(draftId)));
  void quiet((tx.objectStore('rows') as Store<'rows', 'readwrite'>).delete(rangeOf(draftId)));
}
