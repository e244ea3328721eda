/** Saves text as a file through the browser's own download, from an extension page. */
export function saveTextFile(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  // Revoked later: the download reads the blob after this returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
