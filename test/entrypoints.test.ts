import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const MAX_LINES = 100;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('entrypoints', () => {
  // Entrypoints are wiring: logic that grows there goes untested, so it belongs in lib/ or components/.
  it(`are ${MAX_LINES} lines at most`, () => {
    const files = sources(path.join(ROOT, 'entrypoints'));
    expect(files.length).toBeGreaterThan(10);
    const long = files
      .map((file) => ({ file: path.relative(ROOT, file), lines: readFileSync(file, 'utf8').trimEnd().split('\n').length }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
