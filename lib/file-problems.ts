import type { z } from 'zod';
import { sayer, type Said } from './said';

/**
 * What is wrong with a field of a file we read (a draft file, a settings file), in our own words rather
 * than zod's, so the screen can translate it; the same texts are under words.fileProblem in
 * locales/en.yml. `{path}` names the field as "rows › 3 › email", counting list entries from 1.
 */
export const FILE_PROBLEMS = {
  missing: '{path} is missing.',
  notText: '{path} should be text.',
  notNumber: '{path} should be a number.',
  notWholeNumber: '{path} should be a whole number.',
  notTrueFalse: '{path} should be true or false.',
  notList: '{path} should be a list.',
  notGroup: '{path} should be a group of fields.',
  wrongKind: '{path} holds the wrong kind of value.',
  notAllowed: '{path} holds a value that is not allowed here (allowed: {allowed}).',
  tooLong: '{path} is too long: at most {max} characters.',
  tooMany: '{path} has too many entries: at most {max}.',
  tooBig: '{path} is too big: at most {max}.',
  empty: '{path} is empty.',
  tooFew: '{path} has too few entries: at least {min}.',
  tooSmall: '{path} is too small: at least {min}.',
  notExpected: '{path} does not belong in this file.',
  notProgram: '{path}: “{value}” is not an mOS program.',
  invalid: '{path} is not valid.',
  wholeFile: 'The file does not hold one JSON object of the expected shape.',
} as const;

export const sayFileProblem = sayer(FILE_PROBLEMS, 'words.fileProblem');
export type FileProblemKey = keyof typeof FILE_PROBLEMS;

/** A field's place in the file as the admin reads it: list entries count from 1. */
export function fieldPlace(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? String(part + 1) : String(part))).join(' › ');
}

/** Whether the parsed JSON has anything at `path` (zod's issues do not say whether a value was absent). */
function isPresent(data: unknown, path: readonly PropertyKey[]): boolean {
  let value = data;
  for (const part of path) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, part)) return false;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value !== undefined;
}

const KIND_KEYS: Partial<Record<string, FileProblemKey>> = {
  string: 'notText',
  number: 'notNumber',
  int: 'notWholeNumber',
  boolean: 'notTrueFalse',
  array: 'notList',
  object: 'notGroup',
  record: 'notGroup',
};

/** Custom checks can give their own key (under words.fileProblem) with `params: { fileProblem, value }`. */
interface CustomParams {
  fileProblem?: FileProblemKey;
  value?: string;
}

/**
 * One zod issue of a file as a sentence of ours: where, and what is wrong in plain words. `data` is
 * the parsed JSON, to tell a missing field from a wrong one.
 */
export function describeFileIssue(issue: z.core.$ZodIssue, data: unknown): { text: string; said: Said } {
  const extraKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  const path = extraKey === undefined ? issue.path : [...issue.path, extraKey];
  if (path.length === 0) return sayFileProblem('wholeFile');
  const place = { path: fieldPlace(path) };
  switch (issue.code) {
    case 'unrecognized_keys':
      return sayFileProblem('notExpected', place);
    case 'invalid_type':
      if (!isPresent(data, path)) return sayFileProblem('missing', place);
      return sayFileProblem(KIND_KEYS[issue.expected] ?? 'wrongKind', place);
    case 'invalid_value':
      return sayFileProblem('notAllowed', { ...place, allowed: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'too_big':
      if (issue.origin === 'string') return sayFileProblem('tooLong', { ...place, max: Number(issue.maximum) });
      if (issue.origin === 'array' || issue.origin === 'set') return sayFileProblem('tooMany', { ...place, max: Number(issue.maximum) });
      return sayFileProblem('tooBig', { ...place, max: Number(issue.maximum) });
    case 'too_small':
      if ((issue.origin === 'string' || issue.origin === 'array') && Number(issue.minimum) <= 1) return sayFileProblem('empty', place);
      if (issue.origin === 'array' || issue.origin === 'set') return sayFileProblem('tooFew', { ...place, min: Number(issue.minimum) });
      return sayFileProblem('tooSmall', { ...place, min: Number(issue.minimum) });
    case 'custom': {
      const params = (issue.params ?? {}) as CustomParams;
      if (params.fileProblem) return sayFileProblem(params.fileProblem, { ...place, value: params.value ?? '' });
      return sayFileProblem('invalid', place);
    }
    default:
      return sayFileProblem('invalid', place);
  }
}
