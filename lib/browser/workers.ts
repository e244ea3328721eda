/** The Worker that reads a chosen or dropped file (lib/files/read.worker.ts). Throws where workers cannot start. */
export function startFileReader(): Worker {
  return new Worker(new URL('../files/read.worker.ts', import.meta.url), { type: 'module', name: 'file-reader' });
}

/** The Worker that reads a file and saves it as a draft (lib/files/import.worker.ts). Throws where workers cannot start. */
export function startFileImport(): Worker {
  return new Worker(new URL('../files/import.worker.ts', import.meta.url), { type: 'module', name: 'file-import' });
}
