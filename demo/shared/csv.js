// Reads an mOS import file the way the mock pages' Import CSV dialogs do. Shared by both mocks.
'use strict';

(() => {
  const REQUIRED_COLUMNS = ['user_id', 'email'];

  // RFC 4180: quoted fields may hold commas, newlines and "" for a quote; rows end in CRLF or LF.
  function parseCsv(text) {
    const rows = [];
    let row = [];
    let field = '';
    let inQuotes = false;
    let atFieldStart = true;
    for (let i = 0; i < text.length; i += 1) {
      const char = text[i];
      if (inQuotes) {
        if (char !== '"') field += char;
        else if (text[i + 1] === '"') { field += '"'; i += 1; }
        else inQuotes = false;
      } else if (char === '"' && atFieldStart) {
        inQuotes = true;
        atFieldStart = false;
      } else if (char === ',') {
        row.push(field);
        field = '';
        atFieldStart = true;
      } else if (char === '\n' || char === '\r') {
        if (char === '\r' && text[i + 1] === '\n') i += 1;
        row.push(field);
        rows.push(row);
        row = [];
        field = '';
        atFieldStart = true;
      } else {
        field += char;
        atFieldStart = false;
      }
    }
    if (inQuotes) throw new Error('The file could not be read: a quoted value is never closed.');
    if (field !== '' || row.length) {
      row.push(field);
      rows.push(row);
    }
    return rows;
  }

  // The file's rows as records keyed by header; throws an Error with a user-facing message for a bad file.
  function readImportRecords(text) {
    const rows = parseCsv(text.replace(/^\uFEFF/, '')).filter((cells) => cells.some((cell) => cell.trim() !== ''));
    if (!rows.length) throw new Error('The file is empty.');
    const header = rows[0].map((name) => name.trim());
    const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
    if (missing.length) {
      throw new Error(`The file is missing the required column${missing.length > 1 ? 's' : ''} ${missing.join(' and ')}. Use the sample file as a template.`);
    }
    const records = rows.slice(1).map((cells) => Object.fromEntries(header.map((key, i) => [key, cells[i] ?? ''])));
    if (!records.length) throw new Error('The file has no members in it.');
    return records;
  }

  window.mosDemoCsv = Object.freeze({
    readImportRecords,
    EMAIL_PATTERN: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  });
})();
