import { draftNameDate } from './draft-names';
import { pickMappedValues, type ColumnMapping } from '../mapping';
import { PROGRAMS } from '../mos/programs';
import { applyTitleRules, type TitleRule } from '../rules/title-rules';
import type { SourceTable } from '../sources/source-table';
import type { RosterDatabase } from './db';
import { createDraft } from './store';
import type { DraftDefaults, DraftMeta, DraftRow, RowPolicy } from './types';

/** The organisation's settings a new draft takes, as plain data (a worker has no extension storage). */
export interface DraftSettings {
  rules: readonly TitleRule[];
  defaults: DraftDefaults;
  policy: RowPolicy;
}

function defaultName(table: SourceTable, now: Date): string {
  const from = table.origin.kind === 'page' ? table.origin.title || table.origin.site : table.origin.fileName;
  return `${from} – ${draftNameDate(now)}`;
}

const flag = (value: boolean) => (value ? 'TRUE' : 'FALSE');

/**
 * What the title rules give one incoming row. A rule's programs join the default programs; the file's
 * own cells still win over both (see rowValues).
 */
export function presetFor(
  cells: readonly string[],
  mapping: ColumnMapping,
  rules: readonly TitleRule[],
  defaults: DraftDefaults,
): DraftRow['preset'] {
  if (rules.length === 0) return undefined;
  const outcome = applyTitleRules(pickMappedValues(cells, mapping).job_title ?? '', rules);
  if (outcome.matched.length === 0) return undefined;
  const preset: NonNullable<DraftRow['preset']> = {};
  if (outcome.course_enrollments) {
    const wanted = new Set<string>([...defaults.course_enrollments, ...outcome.course_enrollments]);
    preset.course_enrollments = PROGRAMS.map((p) => p.slug)
      .filter((slug) => wanted.has(slug))
      .join(',');
  }
  if (outcome.mos_enable !== undefined) preset.mos_enable = flag(outcome.mos_enable);
  if (outcome.mos_opportunity !== undefined) preset.mos_opportunity = flag(outcome.mos_opportunity);
  return preset;
}

/** A mapped source table saved as a new draft, the title rules applied; `id` lets a caller undo it. Called by draftFromSource alone. */
export function buildDraft(
  db: RosterDatabase,
  table: SourceTable,
  input: DraftSettings & { mapping: ColumnMapping; now: number; id?: string; name?: string },
): Promise<DraftMeta> {
  const { mapping, rules, defaults, policy, now, id } = input;
  return createDraft(db, {
    ...(id === undefined ? {} : { id }),
    name: input.name ?? defaultName(table, new Date(now)),
    table,
    mapping,
    defaults,
    presets: rules.length === 0 ? undefined : table.rows.map((cells) => presetFor(cells, mapping, rules, defaults)),
    policy,
    now,
  });
}
