export * from './types';
export * from './apply';
export * from './suggest';
export * from './exclusions';
export { splitFullName, type SplitName } from './names';
export type { ColumnKind } from './synonyms';
export * from './options';
