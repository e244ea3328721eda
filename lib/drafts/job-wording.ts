import { SaidError, sayer } from '../said';

/** Why a draft job or a draft file failed, in English; the same texts are under said.jobs in locales/en.yml. */
export const JOB_MESSAGES = {
  draftGone: 'This draft no longer exists. It may have been deleted in another tab.',
  unexpected: 'The background job sent back something unexpected. Please try again.',
  workerFailed: 'The background job failed. Please try again.',
  workerFailedBecause: 'The background job failed: {reason}. Please try again.',
  notJson: '{file} is not a Roster Sync draft: it is not valid JSON.',
} as const;

export const sayJob = sayer(JOB_MESSAGES, 'said.jobs');

/** More of the jobs' words, under words.jobs in locales/en.yml. */
export const JOB_WORDS = {
  unknownJob: 'The page asked for a job that does not exist.',
  cannotImport: '{file} cannot be imported as a draft.',
  notDraftFile: 'It is not a Roster Sync draft file.',
  onlyVersion: 'Only version {version} draft files can be read.',
  oneMoreProblem: 'There is 1 more problem.',
  moreProblems: 'There are {count} more problems.',
} as const;

export const sayJobWords = sayer(JOB_WORDS, 'words.jobs');

/** The draft was deleted (perhaps in another tab) while something still worked on it. */
export function draftGoneError(): SaidError {
  const { text, said } = sayJob('draftGone');
  return new SaidError(text, said);
}
