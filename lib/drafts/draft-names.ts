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

/** The date in a draft name: day, short month and year, as the given language writes them. */
export const draftNameDate = (date: Date, locale: string): string =>
  date.toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });

/** A file name an admin can find again: the draft's name made safe, what the file is, and the date. */
export function draftFileNameOf(draftName: string, what: string, extension: string, date: Date): string {
  const stem = draftName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${stem || 'roster'}-${what}-${date.toISOString().slice(0, 10)}.${extension}`;
}
