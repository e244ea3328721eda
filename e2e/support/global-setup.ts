import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain JS helper shared with `npm start`
import { findBrowser } from '../../scripts/find-browser.mjs';
// @ts-expect-error plain JS helper shared with `npm start`
import { TEST_BUILD_DIR } from '../../scripts/launch.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromePath: string;
    /** Time budgets from vitest.config.ts (E2E_BUDGETS). */
    waitMs: number;
    slowJobMs: number;
    slowTestMs: number;
    exportStallMs: number;
  }
}

export default function setup(project: TestProject) {
  if (!existsSync(`${TEST_BUILD_DIR}/manifest.json`)) {
    throw new Error('No test build found. Run `npm run build:test` first (npm test does it for you).');
  }
  project.provide('chromePath', findBrowser());
}
