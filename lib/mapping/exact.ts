/** mOS fields that a source column can fill; user_id is always ours to give. */
export const MAPPABLE_FIELDS = [
  'first_name',
  'last_name',
  'email',
  'job_title',
  'mos_enable',
  'mos_opportunity',
  'course_enrollments',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Source column index per mOS field; a field left out has no column. */
export type ColumnMapping = Partial<Record<MappableField, number>>;

function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const EXACT_NAMES: Record<MappableField, readonly string[]> = {
  first_name: ['firstname'],
  last_name: ['lastname'],
  email: ['email', 'emailaddress', 'workemail'],
  job_title: ['jobtitle'],
  mos_enable: ['mosenable'],
  mos_opportunity: ['mosopportunity'],
  course_enrollments: ['courseenrollments'],
};

/** Maps headers that name an mOS field outright ("First Name", "email", "job_title"). */
export function mapHeadersExactly(headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = {};
  for (const field of MAPPABLE_FIELDS) {
    const index = normalised.findIndex((h) => EXACT_NAMES[field].includes(h));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}

/** The source values for one row, by mOS field, before validation. */
export function pickMappedValues(
  cells: readonly string[],
  mapping: ColumnMapping,
): Partial<Record<MappableField, string>> {
  const values: Partial<Record<MappableField, string>> = {};
  for (const field of MAPPABLE_FIELDS) {
    const index = mapping[field];
    if (index !== undefined) values[field] = cells[index] ?? '';
  }
  return values;
}
