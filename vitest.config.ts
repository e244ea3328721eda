import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'test/**/*.test.ts'],
          setupFiles: ['test/unit-i18n.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 90_000,
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
