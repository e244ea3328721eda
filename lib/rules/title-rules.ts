import { z } from 'zod';
import { PROGRAMS, toProgramSlug, type ProgramSlug } from '../mos/programs';

/** How a rule compares its text with a job title; case and spacing never matter. */
export const TITLE_MATCH_KINDS = ['contains', 'is', 'starts-with'] as const;
export type TitleMatchKind = (typeof TITLE_MATCH_KINDS)[number];

export const TITLE_MATCH_LABELS: Record<TitleMatchKind, string> = {
  contains: 'contains',
  is: 'is exactly',
  'starts-with': 'starts with',
};

/** "Leave as it is", "give the seat" or "no seat": a rule need not decide every seat. */
export const SEAT_CHOICES = ['keep', 'yes', 'no'] as const;
export type SeatChoice = (typeof SEAT_CHOICES)[number];

const programSlugSchema = z
  .string()
  .max(200)
  .transform((value, ctx): ProgramSlug => {
    const slug = toProgramSlug(value);
    if (slug !== undefined) return slug;
    // The key lets a settings file name this problem in the admin's language (lib/file-problems.ts).
    ctx.addIssue({ code: 'custom', message: `"${value}" is not an mOS program`, input: value, params: { fileProblem: 'notProgram', value } });
    return z.NEVER;
  });

export const titleRuleSchema = z.object({
  id: z.string().min(1).max(64),
  match: z.enum(TITLE_MATCH_KINDS),
  text: z.string().max(200),
  programs: z.array(programSlugSchema).max(PROGRAMS.length),
  enable: z.enum(SEAT_CHOICES),
  opportunity: z.enum(SEAT_CHOICES),
});
export type TitleRule = z.output<typeof titleRuleSchema>;

/** What the matching rules give one row; a field left out is not decided by any rule. */
export interface RuleOutcome {
  course_enrollments?: ProgramSlug[];
  mos_enable?: boolean;
  mos_opportunity?: boolean;
  /** Ids of the rules that matched, in rule order. */
  matched: string[];
}

function fold(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function titleMatches(rule: Pick<TitleRule, 'match' | 'text'>, jobTitle: string): boolean {
  const wanted = fold(rule.text);
  // A rule with no text would match everyone; that is what defaults are for.
  if (wanted === '') return false;
  const title = fold(jobTitle);
  if (rule.match === 'is') return title === wanted;
  if (rule.match === 'starts-with') return title.startsWith(wanted);
  return title.includes(wanted);
}

function seat(choice: SeatChoice): boolean | undefined {
  return choice === 'keep' ? undefined : choice === 'yes';
}

/**
 * Every matching rule adds its programs; the first matching rule that decides a seat decides it.
 * So "Sales → Masterclass" and "Manager → Leadership Program" together give a Sales Manager both.
 */
export function applyTitleRules(jobTitle: string, rules: readonly TitleRule[]): RuleOutcome {
  const outcome: RuleOutcome = { matched: [] };
  const programs = new Set<ProgramSlug>();
  for (const rule of rules) {
    if (!titleMatches(rule, jobTitle)) continue;
    outcome.matched.push(rule.id);
    rule.programs.forEach((slug) => programs.add(slug));
    outcome.mos_enable ??= seat(rule.enable);
    outcome.mos_opportunity ??= seat(rule.opportunity);
  }
  if (programs.size > 0) outcome.course_enrollments = PROGRAMS.map((p) => p.slug).filter((s) => programs.has(s));
  if (outcome.mos_enable === undefined) delete outcome.mos_enable;
  if (outcome.mos_opportunity === undefined) delete outcome.mos_opportunity;
  return outcome;
}

export function newTitleRule(id: string = crypto.randomUUID()): TitleRule {
  return { id, match: 'contains', text: '', programs: [], enable: 'keep', opportunity: 'keep' };
}

function seatPhrase(name: string, choice: SeatChoice): string | undefined {
  if (choice === 'keep') return undefined;
  return choice === 'yes' ? `${name} seat` : `no ${name} seat`;
}

/** A sentence an admin can check: `Job title contains "sales" → MEDDPICC Masterclass, Enable seat`. */
export function describeTitleRule(rule: TitleRule): string {
  const names = rule.programs.map((slug) => PROGRAMS.find((p) => p.slug === slug)?.name ?? slug);
  const outcomes = [...names, seatPhrase('Enable', rule.enable), seatPhrase('Opportunity', rule.opportunity)].filter(
    (part): part is string => part !== undefined,
  );
  const when = `Job title ${TITLE_MATCH_LABELS[rule.match]} "${rule.text.trim()}"`;
  return `${when} → ${outcomes.length > 0 ? outcomes.join(', ') : 'nothing yet'}`;
}
