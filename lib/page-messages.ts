import { array, bool, int, literal, object, optional, text, union, type Infer } from './small-check';

/**
 * The messages a content script checks. Written with the small checks of small-check.ts rather than zod,
 * which would be most of the code injected into pages; the rules are zod's (lib/page-messages.test.ts holds
 * the zod form of each and proves both agree on many forged messages). lib/messages.ts re-exports these,
 * so both ends check with the very same functions.
 */

const MAX_CSV_CHARS = 64 * 1024 * 1024;

/** What the crawl port takes of one cell and one row (lib/messages.ts): the page agent clips to it before sending. */
export const MAX_CRAWL_CELL_CHARS = 100_000;
export const MAX_CRAWL_ROW_CELLS = 1000;

/** The "+ Invite" dialog is for a handful of people; more go through Import CSV. */
export const MAX_PAGE_INVITEES = 25;

/** One person for the page's invite form; programs by the names the form shows. */
export const pageInviteeSchema = object({
  first_name: text(256),
  last_name: text(256),
  email: text(320),
  job_title: text(256),
  permissions: text(64, 1),
  mos_enable: bool(),
  mos_opportunity: bool(),
  programs: array(text(128), 20),
});
export type PageInvitee = Infer<typeof pageInviteeSchema>;

export const mosPageRequestSchema = union([
  object({ type: literal('mos/read-members') }),
  object({ type: literal('mos/read-template') }),
  object({ type: literal('mos/highlight-member'), email: text(320, 3) }),
  object({
    type: literal('mos/attach-csv'),
    fileName: text(255, 1, /\.csv$/i),
    csv: text(MAX_CSV_CHARS),
    /** Who the file invites: the adapter reports them as they show up as pending invitations. */
    watchEmails: optional(array(text(320), 200_000)),
  }),
  object({ type: literal('mos/probe') }),
  object({
    type: literal('mos/fill-invite'),
    people: array(pageInviteeSchema, MAX_PAGE_INVITEES, 1),
    pressInvite: bool(),
  }),
]);
export type MosPageRequest = Infer<typeof mosPageRequestSchema>;

export const crawlIdSchema = text(64, 8);

/** Which table to export: one the popup listed, or the one nearest the right-click. */
export const tableRefSchema = union([
  object({ index: int(0, 10_000), signature: text(20_000) }),
  object({ nearest: literal(true) }),
]);
export type TableRef = Infer<typeof tableRefSchema>;

export const crawlLimitsSchema = object(
  {
    maxRows: int(1, 1_000_000),
    maxPages: int(1, 100_000),
    maxMs: int(1000, 24 * 3600_000),
  },
  true,
);

/** Background → page: start reading every row of a table. */
export const crawlStartSchema = object({
  type: literal('crawl/start'),
  crawlId: crawlIdSchema,
  table: tableRefSchema,
  limits: optional(crawlLimitsSchema),
});
export type CrawlStart = Infer<typeof crawlStartSchema>;

/** Background → page, over the crawl port. */
export const crawlControlSchema = object({ type: literal('crawl/stop') });

/** The outline's label as the popup words it; the page then needs no translations of its own. */
export const MAX_HIGHLIGHT_LABEL_CHARS = 1000;

/** Popup → page, over the highlight port. */
export const highlightRequestSchema = union([
  object({ type: literal('highlight/show'), index: int(0, 10_000), label: optional(text(MAX_HIGHLIGHT_LABEL_CHARS)) }),
  object({ type: literal('highlight/clear') }),
]);
export type HighlightRequest = Infer<typeof highlightRequestSchema>;

/** The panel frame's only message to the page adapter: how much room it needs. */
export const PANEL_FRAME_MESSAGE = 'roster-sync/panel-size';
export const panelFrameMessageSchema = object({ type: literal(PANEL_FRAME_MESSAGE), collapsed: bool() });

/** The page adapter → its own panel frame: the frame moved or was restyled, so its actions wait again. */
export const PANEL_MOVED_MESSAGE = 'roster-sync/panel-moved';

/**
 * The page adapter → its own panel frame: whether the page looks dark, and what keeps the sheet shut (a page
 * dialog, or a member shown in the page). It only changes the panel's colours and words: the frame's size,
 * which the adapter sets, is what says whether the sheet is open.
 */
export const PANEL_LOOK_MESSAGE = 'roster-sync/panel-look';
export const panelLookMessageSchema = object({
  type: literal(PANEL_LOOK_MESSAGE),
  dark: bool(),
  heldShut: union([literal('dialog'), literal('aside'), literal('no')]),
});
export type PanelLook = Infer<typeof panelLookMessageSchema>;

/** The page adapter → its own panel frame, and only to our origin: the token that binds the panel to this tab. */
export const PANEL_TOKEN_MESSAGE = 'roster-sync/panel-token';
export const panelTokenMessageSchema = object({ type: literal(PANEL_TOKEN_MESSAGE), token: text(64, 8) });

export const CRAWL_PORT = 'roster-crawl';
export const HIGHLIGHT_PORT = 'roster-highlight';

export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** A message from one of our own extension pages (not a content script), e.g. the mOS panel frame. */
export function isFromExtensionPage(
  sender: MessageSenderLike,
  extensionId: string,
  pagePath: string,
  extensionHost = extensionId,
): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return url.protocol !== 'http:' && url.protocol !== 'https:' && url.host === extensionHost && url.pathname === pagePath;
}

/** A message a content script may act on: sent by our extension itself, never from a tab. */
export function isFromExtensionCore(sender: MessageSenderLike, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab === undefined;
}

export const POPUP_PAGE = '/popup.html';
// The popup may also be open as a page in a tab (`popup.html?tab=T`); then only these, never a file.
const POPUP_PAGE_REQUESTS: ReadonlySet<MosPageRequest['type']> = new Set(['mos/probe', 'mos/read-members', 'mos/fill-invite']);

/** Whether the mOS page adapter may act on this request from this sender: our extension only, never another tab. */
export function mayAskMosPage(
  type: MosPageRequest['type'],
  sender: MessageSenderLike,
  extensionId: string,
  extensionHost = extensionId,
): boolean {
  if (isFromExtensionCore(sender, extensionId)) return true;
  return POPUP_PAGE_REQUESTS.has(type) && isFromExtensionPage(sender, extensionId, POPUP_PAGE, extensionHost);
}
