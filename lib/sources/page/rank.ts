import { hasEmailLine } from './table-text';

const NAME_HEADER = /\bname\b|first|last|surname|vorname|nom\b|nombre|naam/i;
const TITLE_HEADER = /title|position|role|job|stelle|poste|puesto|functie/i;
const EMAIL_HEADER = /e-?mail|correo|courriel/i;

export interface RankHints {
  /** The number of rows the page says the table has, when more than are loaded. */
  statedTotal?: number;
  /** How much of the viewport the table covers, 0 to 1. */
  viewportShare?: number;
}

/** How much a table looks like an employee list: email, name and title columns, then size and prominence. */
export function employeeScore(headers: readonly string[], rows: readonly string[][], hints: RankHints = {}): number {
  const sample = rows.slice(0, 50);
  const emailColumns = headers.filter((_, col) => {
    const hits = sample.filter((row) => hasEmailLine(row[col] ?? '')).length;
    return sample.length > 0 && hits / sample.length >= 0.5;
  }).length;
  let score = 0;
  if (emailColumns > 0 || headers.some((h) => EMAIL_HEADER.test(h))) score += 40;
  if (headers.some((h) => NAME_HEADER.test(h))) score += 25;
  if (headers.some((h) => TITLE_HEADER.test(h))) score += 15;
  score += Math.min(headers.length, 8);
  const size = Math.max(rows.length, hints.statedTotal ?? 0);
  score += Math.min(Math.log2(size + 1) * 3, 20);
  score += Math.min(Math.max(hints.viewportShare ?? 0, 0), 1) * 5;
  return Math.round(score);
}
