/**
 * A message for the admin as lib words it: its key in the message files and what fills its
 * {placeholders}. lib stays free of the browser (the file reader runs in a Worker), so the screen
 * that shows the message translates it; the English text travels along for files and logs.
 */
export interface Said {
  key: string;
  subs?: Record<string, string | number>;
}

/** Fills `{name}` placeholders, as the message files do. */
export function fill(template: string, subs: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in subs ? String(subs[name]) : whole));
}

/** An error that carries its message as a key too, so whoever shows it can translate it. */
export class SaidError extends Error {
  constructor(
    message: string,
    readonly said: Said,
  ) {
    super(message);
  }
}

/** Words a table of English messages whose keys sit under `prefix` in the message files: the English and its key together. */
export function sayer<T extends Record<string, string>>(table: T, prefix: string) {
  return (key: keyof T & string, subs?: Record<string, string | number>): { text: string; said: Said } => ({
    text: fill(table[key], subs),
    said: subs ? { key: `${prefix}.${key}`, subs } : { key: `${prefix}.${key}` },
  });
}
