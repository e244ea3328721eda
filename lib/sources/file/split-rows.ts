const QUOTE = 34;

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
  for (;;) {
    let end = text.indexOf(newline, pos);
    if (end < 0) end = length;
    if (nextQuote < 0 || nextQuote >= end) {
      // The usual line: no quote in it, so papaparse's cells are the line split at each delimiter.
      rows.push(text.slice(pos, end).split(delimiter));
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
          rows.push(row);
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
        rows.push(row);
        return rows;
      }
      break;
    }
    // pos is at a line end.
    rows.push(row);
    pos += newline.length;
    nextQuote = text.indexOf('"', pos);
  }
}
