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
