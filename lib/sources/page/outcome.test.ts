import { describe, expect, it } from 'vitest';
import { describeOutcome, type CrawlSummary } from './outcome';

const limits = { maxRows: 50_000, maxPages: 500, maxMs: 15 * 60_000 };
const outcome = (summary: Partial<CrawlSummary>) => describeOutcome({ end: 'complete', rows: 52, pages: 1, limits, ...summary });

describe('describeOutcome', () => {
  it('says all rows were read, and from how many pages', () => {
    expect(outcome({})).toMatchObject({ tone: 'ok', text: 'Read all 52 rows.' });
    expect(outcome({ pages: 3, statedTotal: 52 })).toMatchObject({ tone: 'ok', text: 'Read all 52 rows from 3 pages.' });
    expect(outcome({ rows: 1 }).text).toBe('Read all 1 row.');
  });

  it('says the export chose the largest page size, after what it read', () => {
    const said = outcome({ rows: 73, pages: 2, pageSize: 50 });
    expect(said).toMatchObject({ tone: 'ok', text: 'Read all 73 rows from 2 pages. It showed 50 rows a page, the most the table offers, to read fewer pages.' });
    expect(said.said.map((s) => s.key)).toEqual(['said.export.allReadPages', 'said.export.pageSize']);
    expect(outcome({ rows: 0, pageSize: 50 }).text).toBe('No rows could be read from this table.');
  });

  it('warns of a shortfall against the total the page states', () => {
    expect(outcome({ rows: 48, statedTotal: 52 })).toMatchObject({
      tone: 'warning',
      text: 'Read 48 rows, but the page says there are 52. 4 may be missing: compare the draft with the page before sending it to mOS.',
    });
  });

  it('explains each limit and keeps what was read', () => {
    expect(outcome({ end: 'row-limit', rows: 50_000 }).text).toBe(
      'Stopped at 50,000 rows, the most one export takes. The 50,000 rows read so far are in the draft. Export the rest separately, for example with a filter on the page.',
    );
    expect(outcome({ end: 'page-limit', pages: 500 }).text).toContain('Stopped after 500 pages');
    expect(outcome({ end: 'time-limit' }).text).toContain('Stopped after 15 minutes');
    expect(outcome({ end: 'stopped', rows: 40, statedTotal: 400 }).text).toBe(
      'Stopped, as you asked. The 40 rows read so far are in the draft. The page says there are 400, so 360 may be missing: compare the draft with the page before sending it to mOS.',
    );
  });

  it('names the page that would not load', () => {
    expect(outcome({ end: 'next-page-stuck', rows: 50, pages: 2, statedTotal: 52 }).text).toMatch(/^Page 3 did not load, so the export stopped at page 2\./);
  });

  it('is an error when nothing could be read', () => {
    expect(outcome({ rows: 0 })).toMatchObject({ tone: 'error', text: 'No rows could be read from this table.' });
    expect(outcome({ end: 'failed', rows: 0 }).tone).toBe('error');
  });

  it('says where an interrupted export stopped', () => {
    expect(outcome({ end: 'interrupted', rows: 1200, pages: 3 })).toEqual({
      tone: 'warning',
      text: 'Export stopped after 1,200 rows on page 3. The 1,200 rows read so far are in the draft.',
      said: [
        { key: 'said.export.stoppedAt', subs: { rows: 1200, page: 3 } },
        { key: 'said.export.kept', subs: { rows: 1200 } },
      ],
    });
    expect(outcome({ end: 'interrupted', rows: 1, pages: 1 }).text).toMatch(/^Export stopped after 1 row on page 1\./);
  });
});
