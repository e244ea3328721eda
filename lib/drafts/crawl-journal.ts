import type { RosterDatabase } from './db';
import { quiet } from './slices';

/**
 * An export's journal: rows are written to the drafts database as they arrive, with where the export
 * is, so the background worker stopping, the browser closing or the tab going loses nothing already
 * read, and an interrupted export can say where it stopped and be resumed.
 */
export interface CrawlRecord {
  crawlId: string;
  tabId: number;
  /** The page being read, to tell whether the tab still shows it when the export is picked up again. */
  url: string;
  site: string;
  title: string;
  kind: 'table' | 'grid' | 'list';
  /** The table being read, by its signature, so a resume reads the same one. */
  signature: string;
  headers: string[];
  rows: number;
  page: number;
  statedTotal?: number;
  /** Chunks written so far; the next one gets this number. */
  chunks: number;
  startedAt: number;
  updatedAt: number;
}

export interface CrawlChunk {
  crawlId: string;
  seq: number;
  rows: string[][];
}

export type CrawlProgressPatch = Partial<Pick<CrawlRecord, 'url' | 'site' | 'title' | 'kind' | 'headers' | 'rows' | 'page' | 'statedTotal'>>;

const chunksOf = (crawlId: string) => IDBKeyRange.bound([crawlId, -Infinity], [crawlId, Infinity]);

export async function beginCrawl(db: RosterDatabase, record: CrawlRecord): Promise<void> {
  await db.put('crawls', record);
}

/** Writes one arrived chunk of rows and the export's progress in one transaction: both or neither. */
export async function appendCrawlRows(db: RosterDatabase, crawlId: string, rows: string[][], progress: CrawlProgressPatch, now = Date.now()): Promise<void> {
  const tx = db.transaction(['crawls', 'crawlRows'], 'readwrite');
  const crawls = tx.objectStore('crawls');
  const record = await crawls.get(crawlId);
  if (!record) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return;
  }
  if (rows.length > 0) {
    void quiet(tx.objectStore('crawlRows').put({ crawlId, seq: record.chunks, rows }));
    record.chunks += 1;
  }
  void quiet(crawls.put({ ...record, ...progress, updatedAt: now }));
  await tx.done;
}

export async function updateCrawl(db: RosterDatabase, crawlId: string, progress: CrawlProgressPatch, now = Date.now()): Promise<void> {
  await appendCrawlRows(db, crawlId, [], progress, now);
}

export async function listCrawls(db: RosterDatabase): Promise<CrawlRecord[]> {
  return db.getAll('crawls');
}

/** Every row an export has read, in the order read. */
export async function readCrawlRows(db: RosterDatabase, crawlId: string): Promise<string[][]> {
  const chunks = await db.getAll('crawlRows', chunksOf(crawlId));
  return chunks.sort((a, b) => a.seq - b.seq).flatMap((chunk) => chunk.rows);
}

/** Ends the journal of an export whose rows are now a draft, or which the admin let go. */
export async function dropCrawl(db: RosterDatabase, crawlId: string): Promise<void> {
  const tx = db.transaction(['crawls', 'crawlRows'], 'readwrite');
  void quiet(tx.objectStore('crawls').delete(crawlId));
  void quiet(tx.objectStore('crawlRows').delete(chunksOf(crawlId)));
  await tx.done;
}
