import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * The browser tests' time budgets, in one place. They bound waits for states and never pace a test: a busy
 * two-core machine can be many times slower than a quiet one, so they are generous.
 */
const E2E_BUDGETS = {
  /** Any one wait for a state: a click, a file set, an element, an event. */
  waitMs: 60_000,
  /** A job over a big draft or file (120,000 rows) to finish. */
  slowJobMs: 180_000,
  /** A test that runs such jobs from start to end, more than once. */
  slowTestMs: 420_000,
  /** The export's stall budget in the test build (60 s in the product): long enough for a busy machine's page to read one page. */
  exportStallMs: 15_000,
};

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'test/**/*.test.ts'],
          setupFiles: ['test/unit-i18n.ts', 'test/unit-file-start.ts'],
          // A bound, not a pace: loading a module's whole graph on first import can take seconds on a busy machine.
          testTimeout: 20_000,
          // One module graph per worker rather than per file: a third of the CPU time (test/unit-file-start.ts resets what files share).
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 90_000,
          provide: E2E_BUDGETS,
          // Waits in a real browser, not timing checks: a busy two-core machine can take seconds to settle.
          expect: { poll: { timeout: 20_000 } },
          hookTimeout: 60_000,
          // Each file drives its own Chromium; two at a time suits a two-core machine.
          maxWorkers: 2,
          // Unit tests run first, then the browser tests in their own worker group.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
