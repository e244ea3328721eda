/**
 * The one message protocol, as an index of each flow's own messages. Every message crossing a context
 * boundary is parsed with these schemas and its sender checked; anything else is dropped.
 */
// What content scripts check lives in page-messages.ts (small checks, so the code injected into pages stays small).
export * from './page-messages';
export { errorResponseSchema } from './message-parts';
// The mOS panel: its frame, the background and the mOS page adapter.
export * from './mos-panel/protocol';
// A table's export: the popup, the background and the crawler in the page; the HR site's Export button.
export * from './export/protocol';
