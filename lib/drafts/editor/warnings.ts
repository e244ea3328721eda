import type { MappableField } from '../../mapping';
import { isCutCell, MAX_CELL_CHARS } from '../../sources/file/cell-limit';
import { formatCount } from '../../sources/file/errors';
import { rowMessage } from '../../mos/row-wording';
import type { Said } from '../../said';
import { mosPersonSchema, type MosPerson } from '../../mos/schema';
import { rowValues } from '../rows';
import { DEFAULT_POLICY, type DraftMeta, type RowPolicy } from '../types';
import type { RowState } from './model';

export type WarningKind = 'duplicate' | 'name' | 'opportunity' | 'access' | 'cut';

/** Something mOS would accept but the admin should look at. */
export interface RowWarning {
  kind: WarningKind;
  field: MappableField;
  message: string;
  said?: Said;
}

function sameEmailAs(indexes: readonly number[]) {
  const numbers = indexes.map((i) => String(i + 1));
  if (numbers.length === 1) return rowMessage('sameEmailOne', { row: numbers[0]! });
  if (numbers.length <= 3) return rowMessage('sameEmailFew', { list: numbers.slice(0, -1).join(', '), last: numbers.at(-1)! });
  return rowMessage('sameEmailMany', { list: numbers.slice(0, 2).join(', '), more: numbers.length - 2 });
}

function asksForOpportunity(state: Pick<RowState, 'row'>, meta: DraftMeta): boolean {
  const asked = rowValues(state.row, meta, DEFAULT_POLICY).mos_opportunity;
  const parsed = mosPersonSchema.shape.mos_opportunity.safeParse(asked);
  return parsed.success && parsed.data;
}

/** The warning for an included row sharing its email with `sameEmail` (other rows' indexes). */
export function duplicateWarning(sameEmail: readonly number[]): RowWarning | undefined {
  if (sameEmail.length === 0) return undefined;
  return {
    kind: 'duplicate',
    field: 'email',
    ...sameEmailAs(sameEmail),
  };
}

/** The text fields a file's cell fills as it is: a cell cut when the file was read shows cut there. */
const CUT_FIELDS = ['first_name', 'last_name', 'email', 'job_title'] as const;

/** Warnings that depend on the row alone, worked out once when the row is checked. */
export function ownWarnings(
  state: Omit<RowState, 'ownWarnings'>,
  person: MosPerson | undefined,
  meta: DraftMeta,
  policy: RowPolicy,
): RowWarning[] {
  if (state.row.excluded) return [];
  const warnings: RowWarning[] = [];
  const { values } = state;
  if (String(values.first_name).trim() === '') warnings.push({ kind: 'name', field: 'first_name', ...rowMessage('noFirstName') });
  if (String(values.last_name).trim() === '') warnings.push({ kind: 'name', field: 'last_name', ...rowMessage('noLastName') });
  if (!policy.opportunityLicenses && asksForOpportunity(state, meta)) {
    warnings.push({
      kind: 'opportunity',
      field: 'mos_opportunity',
      ...rowMessage('opportunityWithoutLicenses'),
    });
  }
  for (const field of CUT_FIELDS) {
    if (isCutCell(String(values[field]))) warnings.push({ kind: 'cut', field, ...rowMessage('cellCut', { limit: formatCount(MAX_CELL_CHARS) }) });
  }
  if (person && !person.mos_enable && !person.mos_opportunity && person.course_enrollments.length === 0) {
    warnings.push({ kind: 'access', field: 'mos_enable', ...rowMessage('invitedToNothing') });
  }
  return warnings;
}
