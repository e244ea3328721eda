const QUOTE = 34;

/** Values remembered per column (a power of two), and how many columns remember any. */
const SLOTS = 64;
const SHARED_COLUMNS = 256;
/** Rows after which a column that repeated less than one value in eight (ids, emails) is no longer looked at. */
const TRIAL_ROWS = 256;

/** Recent values of each column, and how often each repeated during the trial rows. */
interface Recent {
  values: string[];
  hits: number[];
  rows: number;
}

/**
 * Each cell equal to a value its column had lately becomes that same string. Most columns of a roster repeat
 * a few values (department, location, title, status), and the strings of a big file, kept alive, are most of
 * what the garbage collector copies while it is read and checked: one string per value instead of one per
 * cell makes that about half. A direct-mapped cache keyed by length and three characters: no whole-cell hashing.
 */
function shareRepeats(row: string[], recent: Recent): void {
  const width = Math.min(row.length, SHARED_COLUMNS);
  const { values, hits } = recent;
  while (hits.length < width) {
    hits.push(0);
    for (let i = 0; i < SLOTS; i++) values.push('');
  }
  for (let c = 0; c < width; c++) {
    if (hits[c]! < 0) continue;
    const cell = row[c]!;
    const n = cell.length;
    if (n === 0) continue;
    const slot = c * SLOTS + ((n * 31 + cell.charCodeAt(0) * 7 + cell.charCodeAt(n >> 1) * 3 + cell.charCodeAt(n - 1)) & (SLOTS - 1));
    const kept = values[slot]!;
    if (kept === cell) {
      row[c] = kept;
      hits[c]!++;
    } else values[slot] = cell;
  }
  if (++recent.rows === TRIAL_ROWS) {
    for (let c = 0; c < hits.length; c++) if (hits[c]! < TRIAL_ROWS / 8) hits[c] = -1;
  }
}

/**
 * Rows of well-formed delimited text, split exactly as papaparse splits them with the same delimiter and
 * line end (no preview, no empty lines skipped), or undefined when the text holds anything papaparse reads
 * by its own rules: an unclosed quote, or a closing quote followed by anything but the delimiter, the line
 * end or the end of the text. Papaparse unquotes every quoted cell with a regular expression and looks
 * again at the text after each closing quote; here a line without a quote is split in one call, and a
 * quoted cell without doubled quotes is one slice.
 */
export function splitDelimitedRows(text: string, delimiter: string, newline: '\n' | '\r\n' | '\r'): string[][] | undefined {
  const rows: string[][] = [];
  const length = text.length;
  if (delimiter.length !== 1) return undefined;
  const sep = delimiter.charCodeAt(0);
  // Papaparse drops a byte order mark at the start of the text it is given, and reads an empty text as no rows.
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (pos === length) return rows;
  let nextQuote = text.indexOf('"', pos);
  const recent: Recent = { values: [], hits: [], rows: 0 };
  const keep = (row: string[]) => {
    shareRepeats(row, recent);
    rows.push(row);
  };
  for (;;) {
    let end = text.indexOf(newline, pos);
    if (end < 0) end = length;
    if (nextQuote < 0 || nextQuote >= end) {
      // The usual line: no quote in it, so papaparse's cells are the line split at each delimiter.
      keep(text.slice(pos, end).split(delimiter));
      if (end === length) return rows;
      pos = end + newline.length;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        let close = text.indexOf('"', pos + 1);
        let from = pos + 1;
        let value = '';
        // A doubled quote inside a quoted cell is one quote of the value.
        while (close >= 0 && close + 1 < length && text.charCodeAt(close + 1) === QUOTE) {
          value += text.slice(from, close + 1);
          from = close + 2;
          close = text.indexOf('"', from);
        }
        if (close < 0) return undefined;
        row.push(value + text.slice(from, close));
        pos = close + 1;
        if (pos === length) {
          keep(row);
          return rows;
        }
        if (text.charCodeAt(pos) === sep) {
          pos++;
          continue;
        }
        if (text.startsWith(newline, pos)) break;
        return undefined;
      }
      // An unquoted cell runs to the next delimiter or the line's end; a quote inside it is text.
      if (end < pos) {
        end = text.indexOf(newline, pos);
        if (end < 0) end = length;
      }
      const next = text.indexOf(delimiter, pos);
      if (next >= 0 && next < end) {
        row.push(text.slice(pos, next));
        pos = next + 1;
        continue;
      }
      row.push(text.slice(pos, end));
      pos = end;
      if (end === length) {
        keep(row);
        return rows;
      }
      break;
    }
    // pos is at a line end.
    keep(row);
    pos += newline.length;
    nextQuote = text.indexOf('"', pos);
  }
}
