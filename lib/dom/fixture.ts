/**
 * Puts constant fixture markup into a test document, for tests only (product code never imports
 * this). Parsed by DOMParser, so nothing in it runs.
 */
export function showMarkup(doc: Document, markup: string): void {
  const parsed = new (doc.defaultView as Window & typeof globalThis).DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
  doc.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => doc.importNode(node, true)));
}
