export * from './types';
export * from './apply';
export * from './suggest';
export * from './exclusions';
export { splitFullName, type SplitName } from './names';
export type { ColumnKind } from './synonyms';

import { suggestMapping } from './suggest';
import type { ColumnMapping } from './types';

/** @deprecated Use suggestMapping, which also reads synonyms, typos and values. */
export function mapHeadersExactly(headers: readonly string[]): ColumnMapping {
  return suggestMapping(headers, []).mapping;
}
export * from './options';
