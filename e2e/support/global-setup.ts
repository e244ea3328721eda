import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain JS helper shared with `npm start`
import { findBrowser } from '../../scripts/find-browser.mjs';
// @ts-expect-error plain JS helper shared with `npm start`
import { TEST_BUILD_DIR } from '../../scripts/launch.mjs';
// @ts-expect-error plain JS helper shared with `npm start`
import { buildCorpus } from '../../scripts/build-corpus.mjs';

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

export default async function setup(project: TestProject) {
  if (!existsSync(`${TEST_BUILD_DIR}/manifest.json`)) {
    throw new Error('No test build found. Run `npm run build:test` first (npm test does it for you).');
  }
  // The demo pages built with real grid libraries, bundled when missing or older than their sources.
  await buildCorpus({ log: (line: string) => process.stderr.write(`${line}\n`) });
  project.provide('chromePath', findBrowser());
}
