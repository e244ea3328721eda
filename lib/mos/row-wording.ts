import { fill, type Said } from '../said';

/** Problems and warnings about a row, in English; the same texts are under editor.checks in locales/en.yml. */
export const ROW_MESSAGES = {
  notBoolean: 'must be TRUE or FALSE, not "{value}"',
  emailMissing: 'Email is missing',
  emailInvalid: '"{email}" is not a valid email address',
  emailMixedScripts: '"{email}" is not a valid email address: it mixes {first} and {second} letters ({code} “{char}” only looks like a {first} letter)',
  emailHidden: '"{email}" is not a valid email address: it contains the hidden character {code}',
  emailSpace: '"{email}" is not a valid email address: it contains a space',
  emailNoAt: '"{email}" is not a valid email address: it has no @',
  emailManyAt: '"{email}" is not a valid email address: it has more than one @',
  emailDoubleDot: '"{email}" is not a valid email address: it has two dots in a row',
  emailTooLong: '"{email}" is not a valid email address: it is longer than {max} characters',
  unknownProgram: '"{course}" is not an mOS program',
  unknownProgramNear: '"{course}" is not an mOS program. Did you mean "{program}"?',
  userIdMissing: 'User ID is missing',
  notUserId: '"{id}" is not a user ID like EXT00001',
  sameEmailOne: 'Same email as row {row}. Only one of them can be invited: choose which to keep.',
  sameEmailFew: 'Same email as rows {list} and {last}. Only one of them can be invited: choose which to keep.',
  sameEmailMany: 'Same email as rows {list} and {more} more. Only one of them can be invited: choose which to keep.',
  sameEmailKept: 'Same email as row {row}, which is imported instead',
  noFirstName: 'No first name.',
  noLastName: 'No last name.',
  opportunityWithoutLicenses: 'Asks for an Opportunity seat, but your organisation has no Opportunity licenses, so FALSE will be written.',
  invitedToNothing: 'No seat and no program: this person would be invited to nothing.',
  cellCut: 'This value was cut to its first {limit} characters when the file was read.',
} as const;

export type RowMessageKey = keyof typeof ROW_MESSAGES;

/** A row message's English text, and the key the editor shows it by. */
export function rowMessage(key: RowMessageKey, subs: Record<string, string | number> = {}): { message: string; said: Said } {
  return { message: fill(ROW_MESSAGES[key], subs), said: { key: `editor.checks.${key}`, subs } };
}
