const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NAME_HEADER = /\bname\b|first|last|surname|vorname|nom\b|nombre|naam/i;
const TITLE_HEADER = /title|position|role|job|stelle|poste|puesto|functie/i;
const EMAIL_HEADER = /e-?mail|correo|courriel/i;

/** How much a table looks like an employee list: email, name and title columns, then size. */
export function employeeScore(headers: readonly string[], rows: readonly string[][]): number {
  const sample = rows.slice(0, 50);
  const emailColumns = headers.filter((_, col) => {
    const hits = sample.filter((row) => EMAIL.test(row[col] ?? '')).length;
    return sample.length > 0 && hits / sample.length >= 0.5;
  }).length;
  let score = 0;
  if (emailColumns > 0 || headers.some((h) => EMAIL_HEADER.test(h))) score += 40;
  if (headers.some((h) => NAME_HEADER.test(h))) score += 25;
  if (headers.some((h) => TITLE_HEADER.test(h))) score += 15;
  score += Math.min(headers.length, 8);
  score += Math.min(Math.log2(rows.length + 1) * 3, 20);
  return Math.round(score);
}
