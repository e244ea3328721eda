import { fill } from '../said';

/**
 * Names lib gives the drafts it makes, in English; the same texts are under words.draftNames in
 * locales/en.yml. A screen passes the name in the admin's language; lib's English is the default.
 */
export const DRAFT_NAMES = {
  copyOf: 'Copy of {name}',
  newHires: 'New hires from {name}',
  invites: 'Invites – {date}',
} as const;

export const draftNameOf = (key: keyof typeof DRAFT_NAMES, subs: Record<string, string>): string => fill(DRAFT_NAMES[key], subs);

/** The browser's language where lib runs (a page, a worker, the background), for dates in draft names. */
const browserLocale = (): string => (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';

/** The date in a draft name: day, short month and year, as the browser's language writes them. */
export const draftNameDate = (date: Date, locale: string = browserLocale()): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);

/** A file name an admin can find again: the draft's name made safe, what the file is, and the date. */
export function draftFileNameOf(draftName: string, what: string, extension: string, date: Date): string {
  // A draft's name often ends in the day it was made ("roster.csv – 7 Dec 2026"): the file name has its own date.
  const stem = draftName
    .replace(/\s+[–—-]\s+[^–—-]*\d{4}[^–—-]*$/u, '')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${stem || 'roster'}-${what}-${date.toISOString().slice(0, 10)}.${extension}`;
}
