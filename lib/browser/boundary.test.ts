import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * lib/ reaches the browser's extension APIs and workers only through lib/browser/, which hands them to the
 * rest as plain functions and types; everything else stays testable without a browser.
 */
const LIB = join(import.meta.dirname, '..');
const ADAPTERS = join(LIB, 'browser');

const BROWSER_MODULE = /^(?:wxt(?:\/|$)|#imports$|webextension-polyfill$|@wxt-dev\/(?:webextension-polyfill|browser|storage)(?:\/|$))/;

/** Blanks comments, and string and template contents when asked, keeping line breaks so line numbers hold. */
function blank(source: string, strings: boolean): string {
  return source.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\[\s\S]|[^`\\])*`/g, (token) => {
    const isComment = token.startsWith('/');
    if (!isComment && !strings) return token;
    const inner = token.replace(/[^\n]/g, ' ');
    return isComment ? inner : token[0] + inner.slice(1, -1) + token[0];
  });
}

/** Each way a source file reaches the browser, as "line: what". */
export function browserReaches(source: string): string[] {
  const found: string[] = [];
  const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;
  const code = blank(source, false);
  for (const match of code.matchAll(/\b(?:from|import)\s*\(?\s*(['"])([^'"]+)\1/g)) {
    if (BROWSER_MODULE.test(match[2]!)) found.push(`${lineOf(code, match.index)}: imports ${match[2]}`);
  }
  // A local named browser or chrome counts too: lib/ names what it is handed `api`, so a match is never a guess.
  const bare = blank(source, true);
  for (const match of bare.matchAll(/(?<![\w$.])(browser|chrome)\s*\??\.\s*[A-Za-z_$]|\bnew\s+(?:Shared)?Worker\s*\(/g)) {
    found.push(`${lineOf(bare, match.index)}: uses ${match[0].replace(/\s+/g, ' ')}`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === ADAPTERS ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the browser boundary', () => {
  it('finds imports of the browser and uses of its globals, not words in comments or strings', () => {
    const source = [
      "import { storage } from 'wxt/utils/storage';",
      "import type { browser } from 'wxt/browser';",
      "export { x } from '#imports';",
      "const lazy = import('webextension-polyfill');",
      '// browser.tabs.query in a comment',
      "const said = 'chrome.storage.managed in a string';",
      'await browser.tabs.query({});',
      'chrome.runtime.id;',
      "const worker = new Worker(new URL('./x.worker.ts', import.meta.url));",
      "import { z } from 'zod';",
      'const api = { browser: 1 }; api.browser.toString();',
    ].join('\n');
    expect(browserReaches(source)).toEqual([
      '1: imports wxt/utils/storage',
      '2: imports wxt/browser',
      '3: imports #imports',
      '4: imports webextension-polyfill',
      '7: uses browser.t',
      '8: uses chrome.r',
      '9: uses new Worker(',
    ]);
  });

  it('holds for every file in lib/ outside lib/browser/', () => {
    const files = sourceFiles(LIB);
    expect(files.length).toBeGreaterThan(100);
    const reaches = files.flatMap((file) =>
      browserReaches(readFileSync(file, 'utf8')).map((reach) => `${relative(LIB, file).split(sep).join('/')}:${reach}`),
    );
    expect(reaches).toEqual([]);
  });
});
