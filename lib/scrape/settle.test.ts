// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { waitForSettle } from './settle';
import { setMarkup } from '../../test/markup';

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
