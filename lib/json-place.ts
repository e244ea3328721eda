import { sayer } from './said';

/** Our words for a file that is not JSON, under labels.json in locales/en.yml; the engine's own are English only. */
export const JSON_WORDS = {
  notJson: 'This file is not valid JSON.',
  near: 'The error is near line {line}, column {column}.',
} as const;

export const sayJsonWords = sayer(JSON_WORDS, 'labels.json');

export interface TextPlace {
  /** Counted from 1. */
  line: number;
  /** Counted from 1, in characters of that line. */
  column: number;
}

/** Line and column (from 1) of a character offset in a text. */
export function placeOfOffset(text: string, offset: number): TextPlace {
  const end = Math.max(0, Math.min(offset, text.length));
  // Counted in place: a draft file can be many megabytes, and this runs only once it failed.
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line, column: end - lineStart + 1 };
}

/**
 * Where JSON.parse gave up on `text`, when the engine's message says so: Firefox and newer Chromium name
 * the line and column, older Chromium the position, and any engine an unexpected end.
 */
export function jsonErrorPlace(text: string, error: unknown): TextPlace | undefined {
  if (!(error instanceof Error) || text.trim() === '') return undefined;
  // Chromium quotes a piece of the file in its message; what the file says must not pass for a place.
  const message = error.message.replace(/"[\s\S]*" is not valid JSON/, '');
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/i.exec(message);
  if (position) return placeOfOffset(text, Number(position[1]));
  // Cut short: the error is just after the last thing written.
  if (/unexpected end/i.test(message)) return placeOfOffset(text, text.trimEnd().length);
  return undefined;
}

/** "The error is near line 3, column 7.", or nothing when the engine did not say where. */
export function jsonPlaceSentence(text: string, error: unknown): ReturnType<typeof sayJsonWords> | undefined {
  const place = jsonErrorPlace(text, error);
  return place && sayJsonWords('near', { line: place.line, column: place.column });
}
