/** Columns of the mOS bulk user import template, in the order the importer expects. */
export const MOS_COLUMNS = [
  'user_id',
  'first_name',
  'last_name',
  'email',
  'job_title',
  'mos_enable',
  'mos_opportunity',
  'course_enrollments',
] as const;

export type MosColumn = (typeof MOS_COLUMNS)[number];

export const MOS_HEADER_LINE: string = MOS_COLUMNS.join(',');
