import { pickMappedValues, suggestMapping, type ColumnMapping } from '../mapping';
import { PROGRAMS } from '../mos/programs';
import { applyTitleRules, type TitleRule } from '../rules/title-rules';
import { recallMapping } from '../settings/remembered-mappings';
import { draftDefaultsOf, readOrgSettings, rowPolicyOf, type OrgSettings } from '../settings/org';
import type { SourceTable } from '../source-table';
import type { RosterDatabase } from './db';
import { createDraft } from './store';
import type { DraftDefaults, DraftMeta, DraftRow } from './types';

function defaultName(table: SourceTable, now: Date): string {
  const from = table.origin.kind === 'page' ? table.origin.title || table.origin.site : table.origin.fileName;
  return `${from} – ${now.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** The mapping the admin last chose for this kind of source, else the engine's own. */
export async function mappingForSource(table: SourceTable): Promise<ColumnMapping> {
  const remembered = await recallMapping(table.origin, table.headers.length).catch(() => undefined);
  return remembered ?? suggestMapping(table.headers, table.rows).mapping;
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

/**
 * Every door in ends here: a source table, mapped to mOS, saved as a new draft, with the organisation's
 * default seats and programs and its job-title rules applied to the new rows.
 */
export async function draftFromSource(
  db: RosterDatabase,
  table: SourceTable,
  now = new Date(),
  settings?: OrgSettings,
): Promise<DraftMeta> {
  const org = settings ?? (await readOrgSettings());
  const mapping = await mappingForSource(table);
  const defaults = draftDefaultsOf(org);
  return createDraft(db, {
    name: defaultName(table, now),
    table,
    mapping,
    defaults,
    presets: table.rows.map((cells) => presetFor(cells, mapping, org.rules, defaults)),
    policy: rowPolicyOf(org),
    now: now.getTime(),
  });
}
