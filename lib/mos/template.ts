/** The template's columns that describe the person: all but user_id, which is always ours to give. */
export const MOS_PERSON_COLUMNS = [
  'first_name',
  'last_name',
  'email',
  'job_title',
  'mos_enable',
  'mos_opportunity',
  'course_enrollments',
] as const;

/** Columns of the mOS bulk user import template, in the order the importer expects. */
export const MOS_COLUMNS = ['user_id', ...MOS_PERSON_COLUMNS] as const;

export type MosColumn = (typeof MOS_COLUMNS)[number];

export const MOS_HEADER_LINE: string = MOS_COLUMNS.join(',');
