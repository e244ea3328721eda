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
