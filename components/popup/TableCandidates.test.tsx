// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { CandidateSummary } from '@/lib/messages';
import { TableCandidates } from './TableCandidates';

const candidate = (extra: Partial<CandidateSummary>): CandidateSummary => ({
  index: 0,
  kind: 'table',
  label: 'People (page wording)',
  headers: ['Name'],
  rowCount: 25,
  signature: 's',
  ...extra,
});

async function labels(tables: CandidateSummary[]): Promise<string[]> {
  const root = document.createElement('div');
  await act(() => render(<TableCandidates tables={tables} picked={0} onPick={() => undefined} />, root));
  return [...root.querySelectorAll('strong')].map((s) => s.textContent ?? '');
}

describe('TableCandidates', () => {
  it('words each table’s row count itself, with the total the page states', async () => {
    expect(
      await labels([
        candidate({ heading: 'People' }),
        candidate({ index: 1, heading: 'People', rowCount: 1 }),
        candidate({ index: 2, heading: 'People', statedTotal: 1052 }),
      ]),
    ).toEqual(['People (25 rows)', 'People (1 row)', 'People (25 of 1,052 rows shown)']);
  });

  it('falls back to the page’s label when no heading came with it', async () => {
    expect(await labels([candidate({})])).toEqual(['People (page wording)']);
  });
});
