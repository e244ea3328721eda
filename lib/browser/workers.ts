/** The Worker that reads a chosen or dropped file (lib/sources/file/read.worker.ts). Throws where workers cannot start. */
export function startFileReader(): Worker {
  return new Worker(new URL('../sources/file/read.worker.ts', import.meta.url), { type: 'module', name: 'file-reader' });
}

/** The Worker that reads a file and saves it as a draft (lib/sources/file/import.worker.ts). Throws where workers cannot start. */
export function startFileImport(): Worker {
  return new Worker(new URL('../sources/file/import.worker.ts', import.meta.url), { type: 'module', name: 'file-import' });
}
