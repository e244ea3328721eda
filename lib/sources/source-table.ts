import { z } from 'zod';
import { fill, type Said } from '../said';

/** Where a roster came from: what the mapping is remembered by. */
export const sourceOriginSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('page'),
    site: z.string().max(2048),
    title: z.string().max(2048),
    signature: z.string().max(4096),
  }),
  z.object({
    kind: z.literal('file'),
    fileName: z.string().max(1024),
    signature: z.string().max(4096),
    /** For workbooks: the sheet the rows came from. */
    sheet: z.string().max(1024).optional(),
  }),
]);
export type SourceOrigin = z.infer<typeof sourceOriginSchema>;

/** What came in, untouched: every door (page, file, form, member list) produces one. */
export interface SourceTable {
  headers: string[];
  rows: string[][];
  origin: SourceOrigin;
}

// Kept apart from the zod schema above so the page scraper can sign tables without carrying zod.
export { headerSignature } from './header-signature';

/** Where a draft came from, in English; the same text is under said.origin in locales/en.yml. */
export const ORIGIN_MESSAGES = { fileSheet: '{file}, sheet “{sheet}”' } as const;

/** The title a draft from the popup's invite form carries as its origin. */
export const INVITE_FORM_TITLE = 'Roster Sync invite form';
/** Origins named in our words rather than a page's, under words.origin in locales/en.yml. */
export const ORIGIN_WORDS = { inviteForm: `${INVITE_FORM_TITLE} ({site})` } as const;

export function describeOrigin(origin: SourceOrigin): string {
  if (origin.kind === 'page' && origin.title === INVITE_FORM_TITLE) return fill(ORIGIN_WORDS.inviteForm, { site: origin.site });
  if (origin.kind === 'page') return `${origin.title || origin.site} (${origin.site})`;
  return origin.sheet === undefined ? origin.fileName : fill(ORIGIN_MESSAGES.fileSheet, { file: origin.fileName, sheet: origin.sheet });
}

/** describeOrigin as a message key, when it has words of its own to translate. */
export function describeOriginSaid(origin: SourceOrigin): Said | undefined {
  if (origin.kind === 'page' && origin.title === INVITE_FORM_TITLE) return { key: 'words.origin.inviteForm', subs: { site: origin.site } };
  if (origin.kind !== 'file' || origin.sheet === undefined) return undefined;
  return { key: 'said.origin.fileSheet', subs: { file: origin.fileName, sheet: origin.sheet } };
}

/** What page titles put between the page's own name and the site's: "People · Acme HR", "Directory | BambooHR". */
const TITLE_SEPARATOR = /\s+[|·•–—-]\s+/u;
/** Longer than this, a title's last part is a sentence, not a site's name. */
const SITE_NAME_MAX = 40;

/** A host as the admin knows it: without the port (`127.0.0.1:5173` is `127.0.0.1`) or a leading `www.`. */
export function hostName(site: string): string {
  const host = site.startsWith('[') ? site.replace(/(\])(:\d+)?$/, '$1') : site.replace(/:\d+$/, '');
  return host.replace(/^www\./i, '');
}

/**
 * The site a page export came from, by name: the part its title ends in after a separator, where the title
 * has one ("Directory · Acme HR" is from "Acme HR"), else its host without the port.
 */
export function siteNameOf(origin: { site: string; title: string }): string {
  const parts = origin.title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
  const last = parts.at(-1);
  if (parts.length > 1 && last !== undefined && last.length <= SITE_NAME_MAX) return last;
  return hostName(origin.site);
}
