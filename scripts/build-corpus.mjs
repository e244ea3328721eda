// Bundles the demo pages built with real grid and table libraries (demo/corpus/src) into demo/corpus/build,
// which git ignores: the pages then load nothing from outside. Rebuilds only what is missing or older than
// its sources, the lockfile or this script. Each file is written under a temporary name and renamed, so two
// processes building at once never leave a half-written bundle.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
const SRC = path.join(ROOT, 'demo/corpus/src');
export const CORPUS_BUILD_DIR = path.join(ROOT, 'demo/corpus/build');

/** The entry points: one bundle each, named after its file. Shared modules in src/ are not entries. */
export const CORPUS_ENTRIES = ['ag-grid', 'mui-x', 'tanstack', 'antd', 'tabulator', 'datatables', 'gridjs', 'virtuoso', 'lit', 'mos-material', 'mos-antd'];

function newestInput() {
  const files = readdirSync(SRC).map((f) => path.join(SRC, f));
  files.push(path.join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url));
  return Math.max(...files.filter((f) => existsSync(f)).map((f) => statSync(f).mtimeMs));
}

function isStale(entry, newest) {
  const out = path.join(CORPUS_BUILD_DIR, `${entry}.js`);
  return !existsSync(out) || statSync(out).mtimeMs < newest;
}

function sourceOf(entry) {
  for (const ext of ['.jsx', '.js']) {
    const file = path.join(SRC, entry + ext);
    if (existsSync(file)) return file;
  }
  throw new Error(`No source for the corpus page ${entry}`);
}

/** Builds the bundles that are missing or stale; returns the names it built. */
export async function buildCorpus({ force = false, log = () => {} } = {}) {
  const newest = newestInput();
  const stale = CORPUS_ENTRIES.filter((entry) => force || isStale(entry, newest));
  if (stale.length === 0) return [];
  const { build } = await import('esbuild');
  mkdirSync(CORPUS_BUILD_DIR, { recursive: true });
  const started = Date.now();
  const results = await Promise.all(
    stale.map((entry) =>
      build({
        entryPoints: { [entry]: sourceOf(entry) },
        outdir: CORPUS_BUILD_DIR,
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'chrome120',
        jsx: 'automatic',
        // The pages are React apps: not the extension's own tsconfig, whose JSX is Preact's.
        jsxImportSource: 'react',
        tsconfigRaw: {},
        loader: { '.js': 'jsx', '.woff': 'empty', '.woff2': 'empty', '.ttf': 'empty', '.eot': 'empty', '.svg': 'dataurl', '.png': 'dataurl', '.gif': 'dataurl' },
        define: { 'process.env.NODE_ENV': '"production"' },
        legalComments: 'none',
        logLevel: 'error',
        write: false,
      }),
    ),
  );
  for (const result of results) {
    for (const file of result.outputFiles) {
      const temporary = `${file.path}.${process.pid}.tmp`;
      writeFileSync(temporary, file.contents);
      renameSync(temporary, file.path);
    }
  }
  log(`Built ${stale.length} corpus page${stale.length === 1 ? '' : 's'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return stale;
}

const runDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  await buildCorpus({ force: process.argv.includes('--force'), log: console.log });
}
