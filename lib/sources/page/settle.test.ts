// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { waitForMatch, waitForSettle } from './settle';
import { setMarkup } from '../../../test/markup';

afterEach(() => {
  setMarkup(document.body, '');
});

const options = { firstChangeMs: 30, quietMs: 10, maxMs: 500 };

describe('waitForSettle', () => {
  it('is false when nothing changes', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    expect(await waitForSettle([document.body], options)).toBe(false);
  });

  it('sees a change made by its trigger at once, and resolves once the DOM is quiet', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    const list = document.getElementById('l')!;
    const settled = waitForSettle([document.body], {
      ...options,
      trigger: () => {
        list.append(document.createElement('li'));
        setTimeout(() => list.append(document.createElement('li')), 5);
      },
    });
    expect(await settled).toBe(true);
    expect(list.children).toHaveLength(2);
  });

  it('with endWithFrame, is settled as the frame that drew the change ends, not after a quiet spell', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    const list = document.getElementById('l')!;
    const draw = () => {
      // Drawn in a frame, as a grid draws after a scroll; the later change is not waited for.
      requestAnimationFrame(() => list.append(document.createElement('li')));
      setTimeout(() => list.append(document.createElement('li')), 100);
    };
    const quiet = { firstChangeMs: 1000, quietMs: 300, maxMs: 2000 };
    expect(await waitForSettle([document.body], { ...quiet, trigger: draw, endWithFrame: true })).toBe(true);
    expect(list.children).toHaveLength(1);
    setMarkup(document.body, '<ul id="l"></ul>');
    const again = document.getElementById('l')!;
    const drawAgain = () => {
      requestAnimationFrame(() => again.append(document.createElement('li')));
      setTimeout(() => again.append(document.createElement('li')), 100);
    };
    expect(await waitForSettle([document.body], { ...quiet, trigger: drawAgain })).toBe(true);
    expect(again.children).toHaveLength(2);
  });

  it('with endWithFrame, still waits for a change that comes after the frame', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    const list = document.getElementById('l')!;
    const settled = waitForSettle([document.body], { firstChangeMs: 1000, quietMs: 10, maxMs: 2000, endWithFrame: true, trigger: () => setTimeout(() => list.append(document.createElement('li')), 60) });
    expect(await settled).toBe(true);
    expect(list.children).toHaveLength(1);
  });

  it('with quietFrames, is done unchanged once that many frames passed without a change, long before firstChangeMs', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    const started = performance.now();
    expect(await waitForSettle([document.body], { firstChangeMs: 5_000, quietMs: 10, maxMs: 10_000, quietFrames: 2 })).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('with quietFrames, still waits for a change drawn in the first frames, and for the page to fall quiet', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    const list = document.getElementById('l')!;
    const draw = () => requestAnimationFrame(() => {
      list.append(document.createElement('li'));
      setTimeout(() => list.append(document.createElement('li')), 30);
    });
    expect(await waitForSettle([document.body], { firstChangeMs: 5_000, quietMs: 100, maxMs: 10_000, quietFrames: 2, trigger: draw })).toBe(true);
    expect(list.children).toHaveLength(2);
  });

  it('ends at once when stopped', async () => {
    const controller = new AbortController();
    const settled = waitForSettle([document.body], { firstChangeMs: 60_000, quietMs: 10, maxMs: 60_000, signal: controller.signal });
    controller.abort();
    expect(await settled).toBe(false);
  });
});

describe('waitForMatch', () => {
  it('resolves with the match as soon as a change brings it, not after a quiet spell', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    const list = document.getElementById('l')!;
    const found = waitForMatch([document.body], () => document.querySelector('li.b')?.textContent ?? undefined, {
      maxMs: 1000,
      trigger: () => setTimeout(() => list.append(Object.assign(document.createElement('li'), { className: 'a' })), 5),
    });
    setTimeout(() => list.append(Object.assign(document.createElement('li'), { className: 'b', textContent: 'B' })), 20);
    expect(await found).toBe('B');
  });

  it('is undefined when nothing matches in time', async () => {
    setMarkup(document.body, '<ul id="l"></ul>');
    expect(await waitForMatch([document.body], () => document.querySelector('li') ?? undefined, { maxMs: 30 })).toBeUndefined();
  });
});
