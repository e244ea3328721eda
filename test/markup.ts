/**
 * Puts a test's own constant, committed markup into a happy-dom node. Product code never builds markup
 * from strings; keeping the one assignment here lets a search for it find only real cases.
 */
export function setMarkup(target: Element | ShadowRoot, html: string): void {
  target.innerHTML = html;
}

/** Adds a test's own constant markup at the end of a happy-dom node, as a page that keeps growing does. */
export function appendMarkup(target: Element, html: string): void {
  target.insertAdjacentHTML('beforeend', html);
}
