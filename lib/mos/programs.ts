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
