// The unit test files of a worker share its modules (isolate: false): each starts from an empty fake browser,
// and gives back the real navigator (some files stub its language) and timers.
import { afterAll, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

fakeBrowser.reset();

const navigatorAtStart = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
afterAll(() => {
  if (navigatorAtStart) Object.defineProperty(globalThis, 'navigator', navigatorAtStart);
  vi.useRealTimers();
});
