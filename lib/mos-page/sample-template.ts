import { findButton } from '../dom/semantic';

const SAMPLE_LINK = /download\s+(the\s+)?sample(\s+(csv\s+)?file)?|sample\s+(csv\s+)?(file|template)/i;
const MAX_TEMPLATE_BYTES = 256 * 1024;

/** The "Download Sample File" control, found by its name. */
export function findSampleTemplateLink(root: ParentNode): HTMLElement | undefined {
  return findButton(root, SAMPLE_LINK);
}

/** Only the page's own files: the template must not be fetched from anywhere else. */
function sameOriginUrl(doc: Document, href: string): URL | undefined {
  const url = new URL(href, doc.baseURI);
  if (url.protocol === 'data:' || url.protocol === 'blob:') return url;
  return url.origin === doc.location.origin ? url : undefined;
}

/**
 * The cells of the first non-blank record of CSV text, by CSV rules (quotes, doubled quotes, line breaks in
 * quotes), split on whichever of , ; tab | occurs most often outside quotes. By hand: papaparse would
 * triple the size of the script injected into the mOS page.
 */
export function firstCsvRecord(text: string): string[] | undefined {
  let start = 0;
  while (start < text.length && /[\r\n]/.test(text[start]!)) start++;
  const counts = new Map<string, number>();
  let inQuotes = false;
  let end = start;
  for (; end < text.length; end++) {
    const c = text[end]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && ',;\t|'.includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  if (end === start) return undefined;
  let delimiter = ',';
  for (const [c, n] of counts) if (n > (counts.get(delimiter) ?? 0)) delimiter = c;
  const cells: string[] = [];
  let cell = '';
  inQuotes = false;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') inQuotes = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') (cell = ''), (inQuotes = true);
    else if (c === delimiter) cells.push(cell), (cell = '');
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

export type FetchText = (url: string) => Promise<string>;

const fetchText: FetchText = async (url) => {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.text()).slice(0, MAX_TEMPLATE_BYTES);
};

/** The header row of the sample file the page offers, or undefined when there is none to read. */
export async function readSampleTemplateHeader(
  doc: Document,
  root: ParentNode = doc,
  load: FetchText = fetchText,
): Promise<string[] | undefined> {
  const link = findSampleTemplateLink(root);
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  const url = sameOriginUrl(doc, href);
  if (!url) return undefined;
  try {
    const text = (await load(url.href)).replace(/^\uFEFF/, '');
    const header = firstCsvRecord(text);
    return header && header.some((h) => h.trim() !== '') ? header.map((h) => h.trim()) : undefined;
  } catch {
    return undefined;
  }
}
