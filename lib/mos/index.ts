export { MOS_COLUMNS, MOS_HEADER_LINE, type MosColumn } from './template';
export { PROGRAMS, parseCourseList, toProgramSlug, type CourseList, type Program, type ProgramSlug } from './programs';
export { emailProblem, isValidEmail, normaliseEmail } from './email';
export {
  USER_ID_PATTERN,
  allocateUserIds,
  formatUserId,
  highestUserId,
  parseUserId,
  type UserIdAllocation,
} from './ids';
export {
  MOS_FIELD_LABELS,
  mosPersonSchema,
  mosRowSchema,
  type MosPerson,
  type MosPersonInput,
  type MosRow,
  type MosRowInput,
} from './schema';
