import { describe, expect, it } from 'vitest';
import { rowWindow, scrollToShow } from './window';

const base = { rowHeight: 40, headerHeight: 42, overscan: 8, maxRows: 160, viewportHeight: 600 };

describe('rowWindow', () => {
  it('draws every row of a short draft', () => {
    expect(rowWindow({ ...base, total: 16, scrollTop: 0 })).toEqual({ start: 0, end: 16, before: 0, after: 0 });
  });

  it('draws only the visible rows and a few either side in a long draft, wherever it is scrolled', () => {
    for (const scrollTop of [0, 1234, 40 * 25_000, 40 * 50_000]) {
      const w = rowWindow({ ...base, total: 50_000, scrollTop });
      expect(w.end - w.start).toBeLessThanOrEqual(40);
      expect(w.before + (w.end - w.start) * 40 + w.after).toBe(50_000 * 40);
    }
    const middle = rowWindow({ ...base, total: 50_000, scrollTop: 42 + 40 * 25_000 });
    expect(middle.start).toBe(25_000 - 8);
  });

  it('never draws more than the cap, even on a very tall screen', () => {
    const w = rowWindow({ ...base, total: 50_000, scrollTop: 0, viewportHeight: 100_000 });
    expect(w.end - w.start).toBe(160);
  });
});

describe('scrollToShow', () => {
  const view = { scrollTop: 400, viewportHeight: 600, rowHeight: 40, headerHeight: 42 };
  it('scrolls up to a row above the view and down to one below, and leaves a visible one alone', () => {
    expect(scrollToShow(2, view)).toBe(80);
    expect(scrollToShow(30, view)).toBe(42 + 31 * 40 - 600);
    expect(scrollToShow(12, view)).toBeUndefined();
  });
});
