import { similarity } from '../mapping/fuzzy';

export interface Program {
  readonly name: string;
  readonly slug: string;
}

/** The course programs and slugs exactly as the mOS help page publishes them, in its order. */
export const PROGRAMS = [
  { name: 'MEDDPICC Leadership and Enablement Toolkit', slug: 'meddpicc-leadership-and-enablement-toolkit' },
  { name: 'MEDDPICC Leadership and Enablement Program', slug: 'meddpicc-leadership-and-enablement-program' },
  { name: 'MEDDICC Value Program', slug: 'meddicc-value-program' },
  { name: 'MEDDPICC Masterclass', slug: 'meddpicc-masterclass' },
  // The capital M is how the help page publishes this slug; keep it verbatim.
  { name: 'MEDDICC Go Live Plan', slug: 'Meddicc-go-live-plan' },
  { name: 'MEDDICC Value Pyramid Program', slug: 'value-pyramid-program' },
] as const satisfies readonly Program[];

export type ProgramSlug = (typeof PROGRAMS)[number]['slug'];

export interface CourseList {
  slugs: ProgramSlug[];
  unknown: string[];
}

const COURSE_SEPARATOR = /[,;\r\n]/;
const WHITESPACE_RUN = /\s+/g;

function lookupKey(text: string): string {
  return text.trim().replace(WHITESPACE_RUN, ' ').toLowerCase();
}

const SLUG_BY_KEY: ReadonlyMap<string, ProgramSlug> = new Map(
  PROGRAMS.flatMap((program) => [
    [lookupKey(program.slug), program.slug],
    [lookupKey(program.name), program.slug],
  ]),
);

/** The canonical slug for a slug or program name written in any case and spacing. */
export function toProgramSlug(input: string): ProgramSlug | undefined {
  return SLUG_BY_KEY.get(lookupKey(input));
}

function splitCourses(input: string | readonly string[]): string[] {
  const parts = typeof input === 'string' ? [input] : input;
  return parts
    .flatMap((part) => part.split(COURSE_SEPARATOR))
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}

const nearKey = (text: string) => lookupKey(text).replace(/[-_]+/g, ' ').replace(/\bprogramme\b/g, 'program');
const wordSet = (text: string) => new Set(text.split(' ').filter(Boolean));

/** 0–1: how close a written name is to a program, by its spelling or by the words they share. */
function closeness(input: string, program: Program): number {
  const key = nearKey(input);
  const words = wordSet(key);
  return Math.max(
    ...[nearKey(program.name), nearKey(program.slug)].map((target) => {
      const targetWords = wordSet(target);
      const shared = [...words].filter((w) => targetWords.has(w)).length;
      return Math.max(similarity(key, target), shared / new Set([...words, ...targetWords]).size);
    }),
  );
}

/** Below this, a written name is too far from every program to offer one. */
const NEAR_ENOUGH = 0.5;

/** The program a name that is not one most likely means ("Masterclass", "MEDDIC Value Programme"), if any is close. */
export function nearestProgram(input: string): Program | undefined {
  const key = lookupKey(input);
  if (key === '') return undefined;
  // A file repeats the same few names on thousands of rows: each is worked out once.
  if (NEAREST.has(key)) return NEAREST.get(key);
  let best: { program: Program; score: number } | undefined;
  for (const program of PROGRAMS) {
    const score = closeness(input, program);
    if (score >= NEAR_ENOUGH && (!best || score > best.score)) best = { program, score };
  }
  if (NEAREST.size >= 2000) NEAREST.clear();
  NEAREST.set(key, best?.program);
  return best?.program;
}

const NEAREST = new Map<string, Program | undefined>();

/** The programs with `slug` added or taken out, in the order the mOS help page lists them. */
export function withProgram(programs: readonly string[], slug: ProgramSlug, on: boolean): ProgramSlug[] {
  return PROGRAMS.map((p) => p.slug).filter((s) => (s === slug ? on : programs.includes(s)));
}

/** Splits a course cell into known slugs and unrecognised pieces, each de-duplicated in first-seen order. */
export function parseCourseList(input: string | readonly string[]): CourseList {
  const slugs = new Set<ProgramSlug>();
  const unknown = new Set<string>();
  for (const piece of splitCourses(input)) {
    const slug = toProgramSlug(piece);
    if (slug === undefined) unknown.add(piece);
    else slugs.add(slug);
  }
  return { slugs: [...slugs], unknown: [...unknown] };
}
