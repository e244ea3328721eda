import Papa from 'papaparse';
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
    const [header] = Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: true }).data;
    return header && header.some((h) => h.trim() !== '') ? header.map((h) => h.trim()) : undefined;
  } catch {
    return undefined;
  }
}
