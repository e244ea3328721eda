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
