import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendCrawlRows, beginCrawl, dropCrawl, listCrawls, readCrawlRows, updateCrawl, type CrawlRecord } from './crawl-journal';
import { openRosterDb } from './db';

const record = (crawlId: string): CrawlRecord => ({
  crawlId,
  tabId: 7,
  url: 'https://hr.example.com/people',
  site: 'hr.example.com',
  title: 'People',
  kind: 'table',
  signature: 'name|email',
  headers: [],
  rows: 0,
  page: 1,
  chunks: 0,
  startedAt: 1,
  updatedAt: 1,
});

describe('the export journal', () => {
  it('keeps every chunk of rows in the order it came, with where the export is', async () => {
    const db = await openRosterDb(`journal-${crypto.randomUUID()}`);
    await beginCrawl(db, record('crawl-one'));
    await beginCrawl(db, record('crawl-two'));
    await Promise.all([
      appendCrawlRows(db, 'crawl-one', [['Ada', 'ada@x.example']], { rows: 1, page: 1 }, 10),
      appendCrawlRows(db, 'crawl-one', [['Alan', 'alan@x.example'], ['Grace', 'grace@x.example']], { rows: 3, page: 2 }, 20),
      appendCrawlRows(db, 'crawl-two', [['Other', 'other@x.example']], { rows: 1 }, 30),
    ]);
    await updateCrawl(db, 'crawl-one', { headers: ['Name', 'Email'], statedTotal: 9 }, 40);
    expect(await readCrawlRows(db, 'crawl-one')).toEqual([
      ['Ada', 'ada@x.example'],
      ['Alan', 'alan@x.example'],
      ['Grace', 'grace@x.example'],
    ]);
    const one = (await listCrawls(db)).find((c) => c.crawlId === 'crawl-one');
    expect(one).toMatchObject({ rows: 3, page: 2, chunks: 2, headers: ['Name', 'Email'], statedTotal: 9, updatedAt: 40 });
    await dropCrawl(db, 'crawl-one');
    expect((await listCrawls(db)).map((c) => c.crawlId)).toEqual(['crawl-two']);
    expect(await readCrawlRows(db, 'crawl-one')).toEqual([]);
    expect(await readCrawlRows(db, 'crawl-two')).toEqual([['Other', 'other@x.example']]);
    db.close();
  });

  it('writes nothing for an export it does not know (already dropped)', async () => {
    const db = await openRosterDb(`journal-${crypto.randomUUID()}`);
    await appendCrawlRows(db, 'gone', [['Ada']], { rows: 1 });
    expect(await listCrawls(db)).toEqual([]);
    expect(await readCrawlRows(db, 'gone')).toEqual([]);
    db.close();
  });
});
