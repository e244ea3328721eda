import { i18n } from '#i18n';
import type { Said } from '@/lib/said';
import type { CandidateSummary } from '@/lib/messages';

/**
 * The locale for numbers and dates: the browser's own (en-US, de-AT…) when the UI speaks its language, else
 * the UI's, so an English page in a French browser does not mix languages.
 */
export function uiLocale(): string {
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().split('-')[0] === i18n.t('common.lang') ? browser : i18n.t('common.numberLocale');
}

// The month as a word: "07/12/2026" reads as July in one country and December in another.
const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: '2-digit', minute: '2-digit' };

/** The one formatter of numbers, dates and times on every screen. */
const numberFormats = new Map<string, Intl.NumberFormat>();
/** A formatter is kept per locale: making one takes longer than the many numbers a page render formats. */
export const formatNumber = (value: number): string => {
  const locale = uiLocale();
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
};
export const formatDate = (ms: number): string => new Intl.DateTimeFormat(uiLocale(), DATE).format(ms);
export const formatDateTime = (ms: number): string => new Intl.DateTimeFormat(uiLocale(), DATE_TIME).format(ms);

/** Gives the page the UI's language (screen readers pronounce by it) and a translated title. */
export function localizeDocument(title: string): void {
  document.documentElement.lang = i18n.t('common.lang');
  document.title = title;
}

type FieldName = 'user_id' | 'first_name' | 'last_name' | 'email' | 'job_title' | 'mos_enable' | 'mos_opportunity' | 'course_enrollments'
  | 'employee_id' | 'department' | 'manager' | 'status' | 'employment_type' | 'account_enabled' | 'account_disabled';

/** An mOS field's or a kept column's name, as the UI shows it (lib keeps the English ones for files). */
export const fieldLabel = (field: FieldName): string => i18n.t(`common.fields.${field}`);

type UntypedT = (key: string, substitutions: Record<string, string | number>) => string;

/** A lib message in the UI's language; the English lib wrote is kept if the key is unknown. */
export function say(english: string, said: Said | undefined): string {
  if (!said) return english;
  return (i18n.t as unknown as UntypedT)(said.key, said.subs ?? {}) || english;
}

/** What went wrong, for the admin: a lib message in the UI's language, or the error's own text. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { said, sentences } = error as Error & { said?: Said; sentences?: Said[] };
  return sentences ? saySentences(error.message, sentences) : say(error.message, said);
}

/** A lib message told in sentences (one key each), in the UI's language: numbers as the UI writes them. */
export function saySentences(english: string, sentences: readonly Said[] | undefined): string {
  if (!sentences || sentences.length === 0) return english;
  const told = sentences.map((s) => {
    const subs = Object.fromEntries(Object.entries(s.subs ?? {}).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v) : v]));
    return (i18n.t as unknown as UntypedT)(s.key, subs);
  });
  // One unknown key (a newer background, an older page) and the whole English is safer than a mix.
  return told.every(Boolean) ? told.join(' ') : english;
}

/** A table found on a page, as the popup and the page's outline name it: its heading and how many rows it shows. */
export function tableLabel(heading: string, shown: number, statedTotal?: number): string {
  return statedTotal !== undefined && statedTotal > shown
    ? i18n.t('said.tables.rowsShown', { heading, shown: formatNumber(shown), total: formatNumber(statedTotal) })
    : shown === 1
      ? i18n.t('said.tables.rowsOne', { heading })
      : i18n.t('said.tables.rows', { heading, rows: formatNumber(shown) });
}

/** The label the popup lists a table under, and sends the page for its outline. */
export function candidateLabel(table: Pick<CandidateSummary, 'label' | 'heading' | 'rowCount' | 'statedTotal'>): string {
  return table.heading === undefined ? table.label : tableLabel(table.heading, table.rowCount, table.statedTotal);
}
