import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { confirmStep, createActionGuard, SETTLE_MS } from './action-guard';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function guard() {
  const changes: boolean[] = [];
  const g = createActionGuard((ready) => changes.push(ready));
  return { g, changes };
}

describe('createActionGuard', () => {
  it('is ready only once the panel has been wholly in view for half a second', () => {
    const { g, changes } = guard();
    expect(g.ready).toBe(false);
    g.seen(true);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(g.ready).toBe(false);
    vi.advanceTimersByTime(1);
    expect(g.ready).toBe(true);
    expect(changes).toEqual([true]);
  });

  it('stops at once when the panel is covered or faded, and counts again from when it is back', () => {
    const { g } = guard();
    g.seen(true);
    vi.advanceTimersByTime(SETTLE_MS);
    g.seen(false);
    expect(g.ready).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS * 4);
    expect(g.ready).toBe(false);
    g.seen(true);
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(g.ready).toBe(false);
    vi.advanceTimersByTime(1);
    expect(g.ready).toBe(true);
  });

  it('counts again after the frame moved or was restyled, even while it stays in view', () => {
    const { g } = guard();
    g.seen(true);
    vi.advanceTimersByTime(SETTLE_MS);
    g.disturbed();
    expect(g.ready).toBe(false);
    vi.advanceTimersByTime(SETTLE_MS / 2);
    g.disturbed();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(g.ready).toBe(false);
    vi.advanceTimersByTime(1);
    expect(g.ready).toBe(true);
  });

  it('a disturbance while out of view does not make it ready', () => {
    const { g } = guard();
    g.seen(false);
    g.disturbed();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(g.ready).toBe(false);
  });

  it('stop ends the count', () => {
    const { g, changes } = guard();
    g.seen(true);
    g.stop();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(changes).toEqual([]);
  });
});

describe('confirmStep', () => {
  it('acts on the second click of the same action only', () => {
    expect(confirmStep(undefined, 'send')).toEqual({ act: false, confirming: 'send' });
    expect(confirmStep('send', 'send')).toEqual({ act: true, confirming: undefined });
    // A click on another action asks again for that one.
    expect(confirmStep('send', 'download')).toEqual({ act: false, confirming: 'download' });
  });
});
